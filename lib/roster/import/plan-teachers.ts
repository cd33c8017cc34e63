// Teachers of a roster file against the school's teachers: matched by full name (and by date of
// birth when two share a name), new ones created, changed contacts updated. Pure.

import { contactChanges, countStatuses, emptyOps, nameKey, type TExistingPerson, type TPlan, type TPlanRow } from "./plan-types";
import type { TReadRow } from "./rows";

export function planTeachers(rows: readonly TReadRow<"teachers">[], teachers: readonly TExistingPerson[]): TPlan {
  const ops = emptyOps();
  const byName = new Map<string, TExistingPerson[]>();
  for (const t of teachers) byName.set(nameKey(t), [...(byName.get(nameKey(t)) ?? []), t]);
  const seen = new Map<string, number>();
  const planned: TPlanRow[] = rows.map(({ row, label, record, issues }) => {
    const base = { row, label, className: null };
    if (!record) return { ...base, status: "error", notes: issues };
    const key = `${nameKey(record)}|${record.birthDate ?? ""}`;
    if (seen.has(key)) return { ...base, status: "error", notes: [{ key: "duplicateRow", params: { row: seen.get(key)! } }] };
    seen.set(key, row);
    let candidates = byName.get(nameKey(record)) ?? [];
    if (candidates.length > 1 && record.birthDate) candidates = candidates.filter((c) => c.birthDate === record.birthDate);
    if (candidates.length > 1) return { ...base, status: "error", notes: [{ key: "ambiguous" }] };
    if (candidates.length === 0) {
      ops.newPeople.push({
        key: `t${row}`,
        role: "TEACHER",
        name: record,
        birthDate: record.birthDate,
        phone: record.phone,
        email: record.email,
        classId: null,
      });
      return { ...base, status: "new", notes: [{ key: "newTeacher" }] };
    }
    const update = contactChanges(candidates[0], record);
    if (Object.keys(update).length === 0) return { ...base, status: "unchanged", notes: [] };
    ops.contactUpdates.push({ personId: candidates[0].id, ...update });
    return { ...base, status: "changed", notes: Object.keys(update).map((column) => ({ key: "changed", column })) };
  });
  return { rows: planned, ops, counts: countStatuses(planned) };
}

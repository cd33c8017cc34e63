// Pupils (with a parent per row) of a roster file against the school. A pupil is the same person
// when surname, name, patronymic and date of birth match; a second row for the same pupil adds a
// second parent. A pupil in another class than the file says is transferred on the import's date.
// A parent is found among the pupil's parents by name, then among the school's parents by name
// and phone, then among the file's new parents (brothers and sisters share one account). Pure.
import type { TIsoDate } from "@/lib/i18n/dates";
import { className } from "@/lib/school/names";
import {
  contactChanges,
  countStatuses,
  emptyOps,
  formatName,
  nameKey,
  type TExistingPerson,
  type TExistingStudent,
  type TNote,
  type TPersonRef,
  type TPlan,
  type TPlanRow,
} from "./plan-types";
import { phoneKey, type TParentCells, type TReadRow } from "./rows";

export type TStudentContext = {
  classes: readonly { id: number; grade: number; letter: string }[];
  students: readonly TExistingStudent[];
  parents: readonly TExistingPerson[];
  /** The day transfers and new enrolments take effect. */
  effectiveDate: TIsoDate;
};

const refKey = (ref: TPersonRef) => ("id" in ref ? `id${ref.id}` : ref.newKey);

export function planStudents(rows: readonly TReadRow<"students">[], ctx: TStudentContext): TPlan {
  const ops = emptyOps();
  const classOf = new Map(ctx.classes.map((c) => [`${c.grade}|${c.letter}`, c]));
  const classById = new Map(ctx.classes.map((c) => [c.id, c]));
  const studentsByKey = new Map<string, TExistingStudent[]>();
  for (const s of ctx.students) {
    const key = `${nameKey(s)}|${s.birthDate ?? ""}`;
    studentsByKey.set(key, [...(studentsByKey.get(key) ?? []), s]);
  }
  const parentById = new Map(ctx.parents.map((p) => [p.id, p]));
  const fileStudents = new Map<string, { row: number; ref: TPersonRef; classId: number; existing: TExistingStudent | null; parentKeys: Set<string> }>();
  const fileParents = new Map<string, string>(); // name + phone → newKey
  const linked = new Set<string>(); // parentRef → childRef pairs already planned or present
  const updatedParents = new Set<number>();

  const planParent = (
    parent: TParentCells,
    child: TPersonRef,
    existing: TExistingStudent | null,
    classId: number,
    notes: TNote[],
  ): "new" | "changed" | "same" => {
    const key = nameKey(parent);
    let ref: TPersonRef | null = null;
    let person: TExistingPerson | undefined;
    // 1. the pupil's own parents, by name
    person = existing?.parentIds.map((id) => parentById.get(id)).find((p) => p && nameKey(p) === key);
    // 2. the school's parents with this name whose phone does not contradict the file's
    if (!person) {
      const same = ctx.parents.filter((p) => nameKey(p) === key && (!parent.phone || !p.phone || phoneKey(p.phone) === phoneKey(parent.phone)));
      if (same.length === 1) person = same[0];
    }
    if (person) ref = { id: person.id };
    // 3. a parent this file already creates
    const fileKey = `${key}|${phoneKey(parent.phone)}`;
    if (!ref && fileParents.has(fileKey)) ref = { newKey: fileParents.get(fileKey)! };
    let outcome: "new" | "changed" | "same" = "same";
    if (!ref) {
      const newKey = `p${fileParents.size + 1}`;
      fileParents.set(fileKey, newKey);
      ops.newPeople.push({ key: newKey, role: "PARENT", name: parent, birthDate: null, phone: parent.phone, email: parent.email, classId });
      ref = { newKey };
      notes.push({ key: "newParent", params: { name: formatName(parent) } });
      outcome = "new";
    } else if (person && !updatedParents.has(person.id)) {
      const update = contactChanges(person, parent);
      if (Object.keys(update).length) {
        updatedParents.add(person.id);
        ops.contactUpdates.push({ personId: person.id, ...update });
        for (const field of Object.keys(update)) notes.push({ key: "changed", column: field === "phone" ? "parentPhone" : "parentEmail" });
        outcome = "changed";
      }
    }
    const pair = `${refKey(ref)}>${refKey(child)}`;
    const alreadyLinked = person && existing?.parentIds.includes(person.id);
    if (!alreadyLinked && !linked.has(pair)) {
      ops.links.push({ parent: ref, child });
      if (outcome !== "new") notes.push({ key: "linkParent", params: { name: formatName(parent) } });
      if (outcome === "same") outcome = "changed";
    }
    linked.add(pair);
    return outcome;
  };

  const planned: TPlanRow[] = rows.map(({ row, label, record, issues }): TPlanRow => {
    if (!record) return { row, label, className: null, status: "error", notes: issues };
    const cls = classOf.get(`${record.grade}|${record.letter}`);
    const wanted = className(record);
    if (!cls) return { row, label, className: wanted, status: "error", notes: [{ key: "classNotFound", column: "class", params: { name: wanted } }] };
    const base = { row, label, className: wanted };
    const identity = `${nameKey(record)}|${record.birthDate}`;
    const notes: TNote[] = [];
    const earlier = fileStudents.get(identity);
    const parentKey = record.parent ? `${nameKey(record.parent)}|${phoneKey(record.parent.phone)}` : null;
    if (earlier) {
      // A further row for a pupil already in the file: it can only add another parent.
      if (earlier.classId !== cls.id) return { ...base, status: "error", notes: [{ key: "conflictingClass", params: { row: earlier.row } }] };
      if (!record.parent || !parentKey || earlier.parentKeys.has(parentKey))
        return { ...base, status: "error", notes: [{ key: "duplicateRow", params: { row: earlier.row } }] };
      earlier.parentKeys.add(parentKey);
      const outcome = planParent(record.parent, earlier.ref, earlier.existing, cls.id, notes);
      return { ...base, status: outcome === "same" ? "unchanged" : outcome, notes };
    }
    const candidates = studentsByKey.get(identity) ?? [];
    if (candidates.length > 1) return { ...base, status: "error", notes: [{ key: "ambiguous" }] };
    const existing = candidates[0] ?? null;
    let status: TPlanRow["status"] = "unchanged";
    let ref: TPersonRef;
    if (!existing) {
      ref = { newKey: `s${row}` };
      ops.newPeople.push({ key: ref.newKey, role: "STUDENT", name: record, birthDate: record.birthDate, phone: null, email: null, classId: cls.id });
      ops.enrolments.push({ student: ref, classId: cls.id });
      notes.push({ key: "newStudent", params: { className: wanted } });
      status = "new";
    } else {
      ref = { id: existing.id };
      const current = existing.enrolment;
      if (!current) {
        ops.enrolments.push({ student: ref, classId: cls.id });
        notes.push({ key: "enrol", params: { className: wanted } });
        status = "changed";
      } else if (current.classId !== cls.id) {
        const from = classById.get(current.classId);
        ops.transfers.push({
          studentId: existing.id,
          enrolmentId: current.id,
          fromClassId: current.classId,
          toClassId: cls.id,
          inPlace: current.startDate >= ctx.effectiveDate,
        });
        notes.push({ key: "transfer", params: { from: from ? className(from) : "?", to: wanted } });
        status = "changed";
      }
    }
    fileStudents.set(identity, { row, ref, classId: cls.id, existing, parentKeys: new Set(parentKey ? [parentKey] : []) });
    if (record.parent && planParent(record.parent, ref, existing, cls.id, notes) !== "same" && status === "unchanged") status = "changed";
    return { ...base, status, notes };
  });
  return { rows: planned, ops, counts: countStatuses(planned) };
}

// What an import of a region's schools would do, row by row (the preview) and as operations (the
// commit): a school is found by its registry code; a new one is opened with its first
// administrator; a known one gets the names, address and municipality the file gives (an empty
// cell changes nothing); a municipality named for the first time is created. Re-importing the
// same file finds every row unchanged. Pure.
import { countStatuses, type TNote, type TPlanRow, type TRowStatus } from "@/lib/roster/import/plan-types";
import type { TName } from "@/lib/roster/import/rows";
import type { TSchoolRecord, TSchoolRow } from "./read-schools";

export type TExistingMunicipality = { id: number; nameRu: string; nameTt: string };
export type TExistingSchool = {
  id: number;
  registryCode: string | null;
  nameRu: string;
  nameTt: string;
  shortNameRu: string;
  shortNameTt: string;
  address: string | null;
  municipalityId: number;
};
export type TMunicipalityRef = { id: number } | { newName: string };
export type TSchoolFields = { nameRu: string; nameTt: string; shortNameRu: string; shortNameTt: string; address: string | null };
export type TSchoolOps = {
  newMunicipalities: string[];
  newSchools: { registryCode: string; fields: TSchoolFields; municipality: TMunicipalityRef; admin: TName | null }[];
  updates: { schoolId: number; data: Partial<TSchoolFields>; municipality?: TMunicipalityRef }[];
};
export type TSchoolPlan = { rows: TPlanRow[]; ops: TSchoolOps; counts: Record<TRowStatus, number> };

/** Names compared as people read them: case, ё/е and spaces do not matter. */
export function sameName(a: string, b: string): boolean {
  const n = (s: string) => s.toLowerCase().replaceAll("\u0451", "\u0435").replace(/\s+/g, " ").trim();
  return n(a) === n(b);
}

export function planSchools(rows: readonly TSchoolRow[], ctx: { municipalities: TExistingMunicipality[]; schools: TExistingSchool[] }): TSchoolPlan {
  const byCode = new Map(ctx.schools.filter((s) => s.registryCode).map((s) => [s.registryCode as string, s]));
  const seen = new Map<string, number>();
  const newMunicipalities: string[] = [];
  const ops: TSchoolOps = { newMunicipalities, newSchools: [], updates: [] };
  const municipalityOf = (name: string): TMunicipalityRef => {
    const found = ctx.municipalities.find((m) => sameName(m.nameRu, name) || sameName(m.nameTt, name));
    if (found) return { id: found.id };
    const pending = newMunicipalities.find((m) => sameName(m, name));
    if (!pending) newMunicipalities.push(name);
    return { newName: pending ?? name };
  };
  const out: TPlanRow[] = rows.map((r) => {
    const base = { row: r.row, label: r.label, className: r.record?.municipality ?? null };
    if (!r.record) return { ...base, status: "error", notes: r.issues as TNote[] };
    const rec: TSchoolRecord = r.record;
    const earlier = seen.get(rec.registryCode);
    if (earlier !== undefined) return { ...base, status: "error", notes: [{ key: "duplicateRow", params: { row: earlier } }] };
    seen.set(rec.registryCode, r.row);
    const municipality = municipalityOf(rec.municipality);
    const notes: TNote[] = "newName" in municipality ? [{ key: "newMunicipality", params: { name: municipality.newName } }] : [];
    const existing = byCode.get(rec.registryCode);
    if (!existing) {
      const shortNameRu = rec.shortNameRu ?? rec.nameRu.slice(0, 60);
      const fields: TSchoolFields = {
        nameRu: rec.nameRu,
        nameTt: rec.nameTt ?? rec.nameRu,
        shortNameRu,
        shortNameTt: rec.shortNameTt ?? rec.shortNameRu ?? shortNameRu,
        address: rec.address,
      };
      ops.newSchools.push({ registryCode: rec.registryCode, fields, municipality, admin: rec.admin });
      return { ...base, status: "new", notes: [{ key: "newSchool", params: { code: rec.registryCode } }, ...notes] };
    }
    const data: Partial<TSchoolFields> = {};
    const changed: string[] = [];
    const compare = (field: keyof TSchoolFields, column: string, value: string | null) => {
      if (value !== null && value !== existing[field]) {
        data[field] = value;
        changed.push(column);
      }
    };
    compare("nameRu", "schoolName", rec.nameRu);
    compare("nameTt", "schoolNameTt", rec.nameTt);
    compare("shortNameRu", "shortName", rec.shortNameRu);
    compare("shortNameTt", "shortNameTt", rec.shortNameTt);
    compare("address", "address", rec.address);
    const moves = !("id" in municipality) || municipality.id !== existing.municipalityId;
    if (moves) changed.push("municipality");
    if (!changed.length) return { ...base, status: "unchanged", notes: [] };
    ops.updates.push({ schoolId: existing.id, data, ...(moves ? { municipality } : {}) });
    return { ...base, status: "changed", notes: [...changed.map((column) => ({ key: "changed", column })), ...notes] };
  });
  return { rows: out, ops, counts: countStatuses(out) };
}

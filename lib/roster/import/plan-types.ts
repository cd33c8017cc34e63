// What an import would do, row by row (for the preview) and as operations (for the commit). The
// commit recomputes the plan from the same file and the database of that moment, and refuses when
// it differs from the plan the administrator saw. Pure types and helpers.
import type { TIsoDate } from "@/lib/i18n/dates";
import { phoneKey, type TName } from "./rows";

export type TRowStatus = "new" | "changed" | "unchanged" | "error";
export type TNote = { key: string; column?: string; params?: Record<string, string | number> };
export type TPlanRow = { row: number; label: string; className: string | null; status: TRowStatus; notes: TNote[] };

export type TExistingPerson = TName & { id: number; birthDate: TIsoDate | null; phone: string | null; email: string | null };
export type TExistingStudent = TExistingPerson & { enrolment: { id: number; classId: number; startDate: TIsoDate } | null; parentIds: number[] };

/** A person already in the database, or one the import creates (by key). */
export type TPersonRef = { id: number } | { newKey: string };
export type TNewPerson = {
  key: string;
  role: "STUDENT" | "PARENT" | "TEACHER";
  name: TName;
  birthDate: TIsoDate | null;
  phone: string | null;
  email: string | null;
  /** The class the person's sheet is printed with: a pupil's class, a parent's child's. */
  classId: number | null;
};
export type TPlanOps = {
  newPeople: TNewPerson[];
  enrolments: { student: TPersonRef; classId: number }[];
  /** `inPlace` when the enrolment began on the import's date or later: its class is corrected. */
  transfers: { studentId: number; enrolmentId: number; fromClassId: number; toClassId: number; inPlace: boolean }[];
  links: { parent: TPersonRef; child: TPersonRef }[];
  contactUpdates: { personId: number; phone?: string; email?: string; birthDate?: TIsoDate }[];
};
export type TPlan = { rows: TPlanRow[]; ops: TPlanOps; counts: Record<TRowStatus, number> };

export function emptyOps(): TPlanOps {
  return { newPeople: [], enrolments: [], transfers: [], links: [], contactUpdates: [] };
}

export function countStatuses(rows: readonly TPlanRow[]): Record<TRowStatus, number> {
  const counts = { new: 0, changed: 0, unchanged: 0, error: 0 };
  for (const r of rows) counts[r.status]++;
  return counts;
}

/** Names compared as people read them: case, ё/е and extra spaces do not matter. */
export function nameKey(p: TName): string {
  return [p.lastName, p.firstName, p.middleName ?? ""]
    .map((s) =>
      s
        .toLowerCase()
        .replaceAll("\u0451", "\u0435") // ё → е
        .replace(/\s+/g, " ")
        .trim(),
    )
    .join("|");
}

export function formatName(p: TName): string {
  return [p.lastName, p.firstName, p.middleName].filter(Boolean).join(" ");
}

/**
 * Contact fields a row would change. An empty cell changes nothing (the file may simply not know
 * the phone), and a phone differing only in spaces, dashes or +7/8 is the same phone.
 */
export function contactChanges(existing: TExistingPerson, row: { phone: string | null; email: string | null; birthDate?: TIsoDate | null }) {
  const update: { phone?: string; email?: string; birthDate?: TIsoDate } = {};
  if (row.phone && phoneKey(row.phone) !== phoneKey(existing.phone)) update.phone = row.phone;
  if (row.email && row.email.toLowerCase() !== (existing.email ?? "").toLowerCase()) update.email = row.email;
  if (row.birthDate && !existing.birthDate) update.birthDate = row.birthDate;
  return update;
}

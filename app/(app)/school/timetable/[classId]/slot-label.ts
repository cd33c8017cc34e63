// How a timetable cell names its lesson: the subject (short name when there is one), the subgroup,
// the teacher's surname and initials.
import type { TLanguage } from "@/lib/i18n/settings";

type TAssignment = {
  subject: { nameRu: string; nameTt: string; shortNameRu: string | null; shortNameTt: string | null };
  teacher: { lastName: string; firstName: string; middleName: string | null };
  subgroup: { name: string } | null;
};

export function subjectLabel(a: TAssignment, lng: TLanguage, short = false): string {
  const s = a.subject;
  const name = lng === "tt" ? (short && s.shortNameTt) || s.nameTt || s.nameRu : (short && s.shortNameRu) || s.nameRu;
  return a.subgroup ? `${name} (${a.subgroup.name})` : name;
}

export function teacherInitials(t: TAssignment["teacher"]): string {
  return `${t.lastName} ${t.firstName.slice(0, 1)}.${t.middleName ? ` ${t.middleName.slice(0, 1)}.` : ""}`;
}

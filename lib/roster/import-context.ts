// The database's side of an import: the school's classes, pupils with their class and parents,
// parents and teachers, as the pure planners (import/plan-*.ts) expect them.
import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { schoolToday, type TIsoDate, toIsoDate } from "@/lib/i18n/dates";
import { enrolledOn } from "@/lib/school/lookups";
import { analyseUpload } from "./import/analyse";
import type { TImportKind } from "./import/columns";
import { planStudents, type TStudentContext } from "./import/plan-students";
import { planTeachers } from "./import/plan-teachers";
import type { TExistingPerson, TPlan } from "./import/plan-types";
import type { TReadRow } from "./import/rows";

const personSelect = { id: true, lastName: true, firstName: true, middleName: true, birthDate: true, phone: true, email: true } as const;

function toPerson(p: {
  id: number;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: Date | null;
  phone: string | null;
  email: string | null;
}): TExistingPerson {
  return { ...p, birthDate: p.birthDate ? toIsoDate(p.birthDate) : null };
}

/** Transfers and enrolments take effect today, kept inside the current year. */
export function effectiveDateIn(year: { startDate: Date; endDate: Date }, today: TIsoDate = schoolToday()): TIsoDate {
  const start = toIsoDate(year.startDate);
  const end = toIsoDate(year.endDate);
  return today < start ? start : today > end ? end : today;
}

export async function loadStudentContext(schoolId: number): Promise<TStudentContext | null> {
  const year = await db.academicYear.findFirst({ where: { schoolId, isCurrent: true }, select: { id: true, startDate: true, endDate: true } });
  if (!year) return null;
  const effectiveDate = effectiveDateIn(year);
  const [classes, students, parents] = await Promise.all([
    db.schoolClass.findMany({ where: { schoolId, yearId: year.id }, select: { id: true, grade: true, letter: true } }),
    db.user.findMany({
      where: { roles: { some: { schoolId, role: "STUDENT" } } },
      select: {
        ...personSelect,
        enrolments: { where: { schoolId, ...enrolledOn(effectiveDate) }, take: 1, select: { id: true, classId: true, startDate: true } },
        parentLinks: { where: { schoolId }, select: { parentId: true } },
      },
    }),
    db.user.findMany({ where: { roles: { some: { schoolId, role: "PARENT" } } }, select: personSelect }),
  ]);
  return {
    effectiveDate,
    classes,
    parents: parents.map(toPerson),
    students: students.map(({ enrolments, parentLinks, ...s }) => ({
      ...toPerson(s),
      enrolment: enrolments[0] ? { ...enrolments[0], startDate: toIsoDate(enrolments[0].startDate) } : null,
      parentIds: parentLinks.map((l) => l.parentId),
    })),
  };
}

export async function loadTeachers(schoolId: number): Promise<TExistingPerson[]> {
  const teachers = await db.user.findMany({ where: { roles: { some: { schoolId, role: "TEACHER" } } }, select: personSelect });
  return teachers.map(toPerson);
}

/** Class names by id, for the printed sheets. */
export async function classNames(schoolId: number, ids: number[]): Promise<Map<number, { grade: number; letter: string }>> {
  const rows = ids.length ? await db.schoolClass.findMany({ where: { schoolId, id: { in: ids } }, select: { id: true, grade: true, letter: true } }) : [];
  return new Map(rows.map((r) => [r.id, r]));
}

export type TImportInput = { kind: TImportKind; bytes: Uint8Array };

/**
 * Reads the file and plans it against the database as it is now. The digest identifies the plan:
 * the commit recomputes it and refuses if the preview the administrator saw is no longer true.
 */
export async function planImport(schoolId: number, { kind, bytes }: TImportInput) {
  const today = schoolToday();
  const analysis = await analyseUpload(kind, bytes, today);
  const empty = { new: 0, changed: 0, unchanged: 0, error: 0 };
  let plan: TPlan = { rows: [], ops: { newPeople: [], enrolments: [], transfers: [], links: [], contactUpdates: [] }, counts: empty };
  let effectiveDate = today;
  if (kind === "students") {
    const ctx = await loadStudentContext(schoolId);
    if (!ctx) analysis.fileIssues.push({ key: "noCurrentYear" });
    else if (!analysis.fileIssues.length) {
      plan = planStudents(analysis.rows as TReadRow<"students">[], ctx);
      effectiveDate = ctx.effectiveDate;
    }
  } else if (!analysis.fileIssues.length) {
    plan = planTeachers(analysis.rows as TReadRow<"teachers">[], await loadTeachers(schoolId));
  }
  const digest = createHash("sha256")
    .update(JSON.stringify({ kind, effectiveDate, rows: plan.rows, ops: plan.ops }))
    .digest("hex");
  return { analysis, plan, digest, effectiveDate };
}

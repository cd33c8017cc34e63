// Reads of exemptions: the admin list and the spans the journal shows as «осв.».
import "server-only";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/i18n/dates";
import type { TExemptionSpan } from "./period";

/** The current year's exemptions of a school, newest first, with the pupil's class. */
export async function getSchoolExemptions(schoolId: number) {
  const rows = await db.exemption.findMany({
    where: { schoolId, year: { isCurrent: true } },
    orderBy: [{ startDate: "desc" }, { id: "desc" }],
    select: {
      id: true,
      startDate: true,
      endDate: true,
      reason: true,
      subject: { select: { nameRu: true, nameTt: true } },
      student: { select: { id: true, lastName: true, firstName: true, middleName: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    from: toIsoDate(r.startDate),
    to: r.endDate ? toIsoDate(r.endDate) : null,
    reason: r.reason,
    subject: r.subject,
    studentName: [r.student.lastName, r.student.firstName, r.student.middleName].filter(Boolean).join(" "),
  }));
}
export type TAdminExemption = Awaited<ReturnType<typeof getSchoolExemptions>>[number];

/** Pupils of the current year's classes, by class, for the form's select. */
export async function getPupilOptions(schoolId: number) {
  const classes = await db.schoolClass.findMany({
    where: { schoolId, year: { isCurrent: true } },
    orderBy: [{ grade: "asc" }, { letter: "asc" }],
    select: {
      grade: true,
      letter: true,
      enrolments: {
        where: { endDate: null },
        orderBy: [{ student: { lastName: "asc" } }, { student: { firstName: "asc" } }],
        select: { student: { select: { id: true, lastName: true, firstName: true } } },
      },
    },
  });
  return classes.map((c) => ({
    className: `${c.grade} «${c.letter}»`,
    pupils: c.enrolments.map((e) => ({ id: e.student.id, name: `${e.student.lastName} ${e.student.firstName}` })),
  }));
}

/** The spans of a subject's exemptions in a school year, for the journal. */
export async function getExemptionSpans(schoolId: number, yearId: number, subjectId: number): Promise<TExemptionSpan[]> {
  const rows = await db.exemption.findMany({
    where: { schoolId, yearId, subjectId },
    select: { studentId: true, startDate: true, endDate: true },
  });
  return rows.map((r) => ({ studentId: r.studentId, from: toIsoDate(r.startDate), to: r.endDate ? toIsoDate(r.endDate) : null }));
}

/** The terms of the current year, for "for a whole term". */
export async function getCurrentTermOptions(schoolId: number) {
  const year = await db.academicYear.findFirst({
    where: { schoolId, isCurrent: true },
    select: { termKind: true, terms: { orderBy: { number: "asc" }, select: { id: true, number: true } } },
  });
  return year ? year.terms.map((t) => ({ id: t.id, number: t.number, kind: year.termKind })) : [];
}

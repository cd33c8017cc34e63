// Each report as a page and its .xlsx download both need: who may read it (access.ts), which term
// or month (periods.ts), and the data. One loader per report, so the page and the file can never
// disagree. A loader answers null when the report is not there for this person.
import "server-only";
import { cache } from "react";
import type { TCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { schoolToday } from "@/lib/i18n/dates";
import { pickTerm } from "@/lib/school/terms";
import { getReadableAssignment, getReadableClass, getReadableRegion, getReadableSchool } from "./access";
import { getClassAttendance } from "./attendance";
import { monthsBetween, pickMonth } from "./periods";
import { getRegionSummary, getRegionTerms, getSchoolSummary } from "./summaries";
import { getAssignmentReport, getCurrentReportYear, getReportYear, getTermSheet } from "./term-sheet";

export type TSchoolNames = { nameRu: string; nameTt: string; shortNameRu: string; shortNameTt: string };

const getSchoolNames = cache(
  (schoolId: number): Promise<TSchoolNames | null> =>
    db.school.findUnique({ where: { id: schoolId }, select: { nameRu: true, nameTt: true, shortNameRu: true, shortNameTt: true } }),
);

const toId = (param: string | undefined) => (param && /^\d{1,10}$/.test(param) ? Number(param) : Number.NaN);

/** The year of a class or assignment, the term asked for (or the one under way), and the school's names. */
async function termContext(of: { yearId: number; schoolId: number }, termParam?: string) {
  const [year, school] = await Promise.all([getReportYear(of.yearId), getSchoolNames(of.schoolId)]);
  const term = year && pickTerm(year.terms, { param: termParam, today: schoolToday() });
  return year && term && school ? { year, term, school } : null;
}

export async function loadTermSheet(user: TCurrentUser, classIdParam: string, termParam?: string) {
  const cls = await getReadableClass(user, toId(classIdParam));
  const context = cls && (await termContext(cls, termParam));
  if (!cls || !context) return null;
  return { cls, ...context, sheet: await getTermSheet(cls, context.term) };
}
export type TTermSheetReport = NonNullable<Awaited<ReturnType<typeof loadTermSheet>>>;

export async function loadAssignmentReport(user: TCurrentUser, assignmentIdParam: string, termParam?: string) {
  const assignment = await getReadableAssignment(user, toId(assignmentIdParam));
  const context = assignment && (await termContext(assignment, termParam));
  if (!assignment || !context) return null;
  return { assignment, ...context, report: await getAssignmentReport(assignment, context.term) };
}
export type TAssignmentReportData = NonNullable<Awaited<ReturnType<typeof loadAssignmentReport>>>;

export async function loadAttendance(user: TCurrentUser, classIdParam: string, monthParam?: string) {
  const cls = await getReadableClass(user, toId(classIdParam));
  if (!cls) return null;
  const [year, school] = await Promise.all([getReportYear(cls.yearId), getSchoolNames(cls.schoolId)]);
  if (!year || year.terms.length === 0 || !school) return null;
  const months = monthsBetween(year.terms[0].startDate, year.terms[year.terms.length - 1].endDate);
  const month = pickMonth(months, schoolToday(), monthParam);
  if (!month) return null;
  return { cls, year, school, months, month, attendance: await getClassAttendance(cls, month) };
}
export type TAttendanceReport = NonNullable<Awaited<ReturnType<typeof loadAttendance>>>;

export async function loadSchoolSummary(user: TCurrentUser, schoolParam?: string, termParam?: string) {
  const school = await getReadableSchool(user, schoolParam === undefined ? undefined : toId(schoolParam));
  if (!school) return null;
  const year = await getCurrentReportYear(school.id);
  const term = year && pickTerm(year.terms, { param: termParam, today: schoolToday() });
  if (!year || !term) return { school, year: null, term: null, summary: null };
  return { school, year, term, summary: await getSchoolSummary(school.id, year.id, term) };
}
export type TSchoolSummaryReport = NonNullable<Awaited<ReturnType<typeof loadSchoolSummary>>>;

export async function loadRegionSummary(user: TCurrentUser, termParam?: string) {
  const region = await getReadableRegion(user);
  if (!region) return null;
  const terms = await getRegionTerms(region.id);
  const term = pickTerm(terms, { param: termParam, today: schoolToday() });
  if (!term) return { region, terms, term: null, summary: null };
  return { region, terms, term, summary: await getRegionSummary(region.id, term.number) };
}
export type TRegionSummaryReport = NonNullable<Awaited<ReturnType<typeof loadRegionSummary>>>;

"use server";
// The school year: creating a year with its terms and breaks, moving term dates, locking a term,
// holidays, choosing the current year. Every change is checked against the whole year layout
// (calendar.ts) and written with its audit event in one transaction.
import { revalidatePath } from "next/cache";
import { schoolAdminClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { adminMessage, dottedShape, failFields } from "@/lib/forms/errors";
import { fromIsoDate, toIsoDate } from "@/lib/i18n/dates";
import { assertCanLockTerms } from "./access";
import { introducedIssues, TERM_COUNT, type TLayoutIssue, type TSpan, validateYearLayout } from "./calendar";
import { ZAddHolidayInput, ZCreateYearInput, ZDeleteHolidayInput, ZSetCurrentYearInput, ZSetTermLockInput, ZUpdateTermsInput } from "./year-schemas";

const span = (row: { startDate: Date; endDate: Date }): TSpan => ({ startDate: toIsoDate(row.startDate), endDate: toIsoDate(row.endDate) });
const asIssues = (issues: TLayoutIssue[]) => issues.map((x) => ({ path: x.path, message: adminMessage(x.key, x.count) }));

function revalidateSchool() {
  revalidatePath("/school", "layout");
}

export const createYearAction = schoolAdminClient
  .metadata({ name: "school.createYear" })
  .inputSchema(ZCreateYearInput, dottedShape)
  .action(async ({ parsedInput: input, ctx: { user, schoolId } }) => {
    if (input.terms.length !== TERM_COUNT[input.termKind]) failFields(ZCreateYearInput, [{ path: "terms", message: adminMessage("termCount") }]);
    const issues = validateYearLayout(input, input.terms, input.holidays);
    if (issues.length) failFields(ZCreateYearInput, asIssues(issues));
    const taken = await db.academicYear.findFirst({ where: { schoolId, name: input.name }, select: { id: true } });
    if (taken) failFields(ZCreateYearInput, [{ path: "name", message: adminMessage("yearExists") }]);
    const overlapping = await db.academicYear.findFirst({
      where: { schoolId, startDate: { lte: fromIsoDate(input.endDate) }, endDate: { gte: fromIsoDate(input.startDate) } },
      select: { name: true },
    });
    if (overlapping) failFields(ZCreateYearInput, [{ path: "startDate", message: adminMessage("yearOverlap") }]);

    const year = await db.$transaction(async (tx) => {
      if (input.makeCurrent) await tx.academicYear.updateMany({ where: { schoolId, isCurrent: true }, data: { isCurrent: false } });
      const created = await tx.academicYear.create({
        data: {
          schoolId,
          name: input.name,
          startDate: fromIsoDate(input.startDate),
          endDate: fromIsoDate(input.endDate),
          termKind: input.termKind,
          isCurrent: input.makeCurrent,
          terms: { create: input.terms.map((t, i) => ({ schoolId, number: i + 1, startDate: fromIsoDate(t.startDate), endDate: fromIsoDate(t.endDate) })) },
          holidays: {
            create: input.holidays.map((h) => ({
              schoolId,
              nameRu: h.nameRu,
              nameTt: h.nameTt,
              startDate: fromIsoDate(h.startDate),
              endDate: fromIsoDate(h.endDate),
            })),
          },
        },
        select: { id: true },
      });
      await recordAudit(tx, { schoolId, actorId: user.id, action: "year.create", entityType: "AcademicYear", entityId: created.id, after: input });
      return created;
    });
    revalidateSchool();
    return { yearId: year.id };
  });

export const updateTermsAction = schoolAdminClient
  .metadata({ name: "school.updateTerms" })
  .inputSchema(ZUpdateTermsInput, dottedShape)
  .action(async ({ parsedInput: input, ctx: { user, schoolId } }) => {
    const year = await db.academicYear.findFirst({
      where: { id: input.yearId, schoolId },
      select: {
        id: true,
        startDate: true,
        endDate: true,
        terms: { select: { id: true, number: true, startDate: true, endDate: true, isLocked: true }, orderBy: { number: "asc" } },
        holidays: { select: { startDate: true, endDate: true } },
      },
    });
    if (!year) throw new ActionError("not_found");
    const byId = new Map(input.terms.map((t) => [t.id, t]));
    if (year.terms.length !== input.terms.length || year.terms.some((t) => !byId.has(t.id))) throw new ActionError("not_found");
    const next = year.terms.map((t) => ({ ...t, ...byId.get(t.id)! }));
    // A locked term's marks are final: its dates cannot move under them.
    next.forEach((t, i) => {
      const before = span(year.terms[i]);
      if (t.isLocked && (t.startDate !== before.startDate || t.endDate !== before.endDate)) throw new ActionError("term_locked");
    });
    const holidays = year.holidays.map(span);
    const issues = introducedIssues(validateYearLayout(span(year), year.terms.map(span), holidays), validateYearLayout(input, next, holidays));
    // Paths name the term's position; the form lists terms in the same order.
    if (issues.length) failFields(ZUpdateTermsInput, asIssues(issues));
    const neighbour = await db.academicYear.findFirst({
      where: { schoolId, id: { not: year.id }, startDate: { lte: fromIsoDate(input.endDate) }, endDate: { gte: fromIsoDate(input.startDate) } },
      select: { id: true },
    });
    if (neighbour) failFields(ZUpdateTermsInput, [{ path: "startDate", message: adminMessage("yearOverlap") }]);
    await db.$transaction(async (tx) => {
      await tx.academicYear.update({
        where: { id: year.id, schoolId },
        data: { startDate: fromIsoDate(input.startDate), endDate: fromIsoDate(input.endDate) },
        select: { id: true },
      });
      for (const t of next) {
        await tx.term.update({
          where: { id: t.id, schoolId },
          data: { startDate: fromIsoDate(t.startDate), endDate: fromIsoDate(t.endDate) },
          select: { id: true },
        });
      }
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: "year.updateTerms",
        entityType: "AcademicYear",
        entityId: year.id,
        before: { ...span(year), terms: year.terms.map(span) },
        after: { startDate: input.startDate, endDate: input.endDate, terms: next.map((t) => ({ startDate: t.startDate, endDate: t.endDate })) },
      });
    });
    revalidateSchool();
    return { yearId: year.id };
  });

export const setTermLockAction = schoolAdminClient
  .metadata({ name: "school.setTermLock" })
  .inputSchema(ZSetTermLockInput)
  .action(async ({ parsedInput: { termId, isLocked }, ctx: { user, schoolId } }) => {
    assertCanLockTerms(user, schoolId);
    const term = await db.term.findFirst({ where: { id: termId, schoolId }, select: { id: true, isLocked: true } });
    if (!term) throw new ActionError("not_found");
    if (term.isLocked === isLocked) return { termId, isLocked };
    await db.$transaction(async (tx) => {
      await tx.term.update({
        where: { id: termId, schoolId },
        data: isLocked ? { isLocked: true, lockedAt: new Date(), lockedById: user.id } : { isLocked: false, lockedAt: null, lockedById: null },
        select: { id: true },
      });
      await recordAudit(tx, { schoolId, actorId: user.id, action: isLocked ? "term.lock" : "term.unlock", entityType: "Term", entityId: termId });
    });
    revalidateSchool();
    revalidatePath("/journal", "layout");
    return { termId, isLocked };
  });

export const addHolidayAction = schoolAdminClient
  .metadata({ name: "school.addHoliday" })
  .inputSchema(ZAddHolidayInput)
  .action(async ({ parsedInput: input, ctx: { user, schoolId } }) => {
    const year = await db.academicYear.findFirst({ where: { id: input.yearId, schoolId }, select: { id: true, startDate: true, endDate: true } });
    if (!year) throw new ActionError("not_found");
    if (input.endDate < input.startDate) failFields(ZAddHolidayInput, [{ path: "endDate", message: adminMessage("endBeforeStart") }]);
    const y = span(year);
    if (input.startDate < y.startDate || input.endDate > y.endDate) failFields(ZAddHolidayInput, [{ path: "startDate", message: adminMessage("outsideYear") }]);
    const range = { gte: fromIsoDate(input.startDate), lte: fromIsoDate(input.endDate) };
    const holiday = await db.$transaction(async (tx) => {
      const created = await tx.holiday.create({
        data: { schoolId, yearId: year.id, nameRu: input.nameRu, nameTt: input.nameTt, startDate: range.gte, endDate: range.lte },
        select: { id: true },
      });
      await recordAudit(tx, { schoolId, actorId: user.id, action: "holiday.create", entityType: "Holiday", entityId: created.id, after: input });
      return created;
    });
    // Lessons already on those days stay until the timetable is published again, which removes
    // the ones without marks; the form says how many there are.
    const lessonsOnHoliday = await db.lesson.count({ where: { schoolId, date: range, isCancelled: false } });
    revalidateSchool();
    return { holidayId: holiday.id, lessonsOnHoliday };
  });

export const deleteHolidayAction = schoolAdminClient
  .metadata({ name: "school.deleteHoliday" })
  .inputSchema(ZDeleteHolidayInput)
  .action(async ({ parsedInput: { holidayId }, ctx: { user, schoolId } }) => {
    const holiday = await db.holiday.findFirst({
      where: { id: holidayId, schoolId },
      select: {
        id: true,
        nameRu: true,
        startDate: true,
        endDate: true,
        year: {
          select: {
            startDate: true,
            endDate: true,
            terms: { select: { startDate: true, endDate: true }, orderBy: { number: "asc" } },
            holidays: { where: { id: { not: holidayId } }, select: { startDate: true, endDate: true } },
          },
        },
      },
    });
    if (!holiday) throw new ActionError("not_found");
    const { year } = holiday;
    // A break between terms is a holiday: removing it would leave school days in no term.
    const terms = year.terms.map(span);
    const before = validateYearLayout(span(year), terms, [...year.holidays.map(span), span(holiday)]);
    if (introducedIssues(before, validateYearLayout(span(year), terms, year.holidays.map(span))).length) {
      failFields(ZDeleteHolidayInput, [{ path: "", message: adminMessage("holidayCoversGap") }]);
    }
    await db.$transaction(async (tx) => {
      await tx.holiday.delete({ where: { id: holidayId, schoolId }, select: { id: true } });
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: "holiday.delete",
        entityType: "Holiday",
        entityId: holidayId,
        before: { nameRu: holiday.nameRu, ...span(holiday) },
      });
    });
    revalidateSchool();
    return { holidayId };
  });

export const setCurrentYearAction = schoolAdminClient
  .metadata({ name: "school.setCurrentYear" })
  .inputSchema(ZSetCurrentYearInput)
  .action(async ({ parsedInput: { yearId }, ctx: { user, schoolId } }) => {
    const year = await db.academicYear.findFirst({ where: { id: yearId, schoolId }, select: { id: true } });
    if (!year) throw new ActionError("not_found");
    await db.$transaction(async (tx) => {
      await tx.academicYear.updateMany({ where: { schoolId, isCurrent: true }, data: { isCurrent: false } });
      await tx.academicYear.update({ where: { id: yearId, schoolId }, data: { isCurrent: true }, select: { id: true } });
      await recordAudit(tx, { schoolId, actorId: user.id, action: "year.setCurrent", entityType: "AcademicYear", entityId: yearId });
    });
    revalidatePath("/", "layout");
    return { yearId };
  });

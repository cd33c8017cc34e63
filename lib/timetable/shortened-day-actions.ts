"use server";
// A shortened day: on that date the school's lessons follow the SHORT bell schedule (before a
// holiday, on a cold day). Setting a day that is already set, or clearing one that is not, changes
// nothing and records nothing; a change is audited in its own transaction.
import { revalidatePath } from "next/cache";
import { schoolAdminClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { adminMessage, failFields } from "@/lib/forms/errors";
import { fromIsoDate, toIsoDate } from "@/lib/i18n/dates";
import { ZSetShortenedDayInput } from "./schemas";

export const setShortenedDayAction = schoolAdminClient
  .metadata({ name: "timetable.setShortenedDay" })
  .inputSchema(ZSetShortenedDayInput)
  .action(async ({ parsedInput: { date, shortened }, ctx: { user, schoolId } }) => {
    const year = await db.academicYear.findFirst({ where: { schoolId, isCurrent: true }, select: { startDate: true, endDate: true } });
    if (!year) failFields(ZSetShortenedDayInput, [{ path: "date", message: adminMessage("noCurrentYear") }]);
    if (date < toIsoDate(year.startDate) || date > toIsoDate(year.endDate)) {
      failFields(ZSetShortenedDayInput, [{ path: "date", message: adminMessage("outsideYear") }]);
    }
    if (shortened) {
      const short = await db.bellSchedule.findFirst({ where: { schoolId, variant: "SHORT", periods: { some: {} } }, select: { id: true } });
      if (!short) failFields(ZSetShortenedDayInput, [{ path: "shortened", message: adminMessage("noShortBells") }]);
    }
    const day = fromIsoDate(date);
    const changed = await db.$transaction(async (tx) => {
      // ON CONFLICT DO NOTHING / a delete that finds nothing: two admins clicking at once agree.
      const { count } = shortened
        ? await tx.shortenedDay.createMany({ data: [{ schoolId, date: day, createdById: user.id }], skipDuplicates: true })
        : await tx.shortenedDay.deleteMany({ where: { schoolId, date: day } });
      if (count === 0) return false;
      // The day is the row's key within the school, and survives the row's deletion.
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: shortened ? "shortenedDay.set" : "shortenedDay.clear",
        entityType: "ShortenedDay",
        entityId: date,
        before: { date, shortened: !shortened },
        after: { date, shortened },
      });
      return true;
    });
    if (changed) {
      revalidatePath("/school/timetable", "layout");
      revalidatePath("/lessons");
      revalidatePath("/diary", "layout");
    }
    return { date, shortened, changed };
  });

"use server";
// Bell schedules: the normal one and a shortened-day variant, each a list of lesson numbers with
// start and end times. Saving replaces the variant's periods in one transaction.
import { revalidatePath } from "next/cache";
import { schoolAdminClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { adminMessage, dottedShape, failFields } from "@/lib/forms/errors";
import { ZSaveBellsInput } from "./schemas";

export const saveBellsAction = schoolAdminClient
  .metadata({ name: "timetable.saveBells" })
  .inputSchema(ZSaveBellsInput, dottedShape)
  .action(async ({ parsedInput: { variant, name, periods }, ctx: { user, schoolId } }) => {
    const issues: { path: string; message: string }[] = [];
    const seen = new Set<number>();
    periods.forEach((p, i) => {
      if (seen.has(p.number)) issues.push({ path: `periods.${i}.number`, message: adminMessage("periodTwice") });
      seen.add(p.number);
      if (p.end <= p.start) issues.push({ path: `periods.${i}.end`, message: adminMessage("endBeforeStart") });
      const prev = periods[i - 1];
      if (prev && (p.number <= prev.number || p.start < prev.end)) issues.push({ path: `periods.${i}.start`, message: adminMessage("periodOverlap") });
    });
    if (issues.length) failFields(ZSaveBellsInput, issues);
    const schedule = await db.$transaction(async (tx) => {
      const row = await tx.bellSchedule.upsert({
        where: { schoolId_variant: { schoolId, variant } },
        create: { schoolId, variant, name },
        update: { name },
        select: { id: true },
      });
      await tx.bellPeriod.deleteMany({ where: { schoolId, bellScheduleId: row.id } });
      await tx.bellPeriod.createMany({
        data: periods.map((p) => ({ schoolId, bellScheduleId: row.id, number: p.number, startMinute: p.start, endMinute: p.end })),
      });
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: "bells.save",
        entityType: "BellSchedule",
        entityId: row.id,
        after: { variant, name, periods },
      });
      return row;
    });
    revalidatePath("/school/timetable", "layout");
    revalidatePath("/lessons");
    return { bellScheduleId: schedule.id };
  });

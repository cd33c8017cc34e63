"use server";
// The weekly timetable of a class, cell by cell. A slot is refused when the class already has a
// lesson then (two subgroups side by side are fine) or the teacher is teaching elsewhere then.
// Slots change nothing dated until the timetable is published.
import { revalidatePath } from "next/cache";
import { schoolAdminClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { adminMessage, failFields } from "@/lib/forms/errors";
import { ZAddSlotInput, ZDeleteSlotInput } from "./schemas";

/** ALL meets every week; ODD and EVEN weeks never meet each other. */
function paritiesMeet(a: string, b: string) {
  return a === "ALL" || b === "ALL" || a === b;
}

export const addSlotAction = schoolAdminClient
  .metadata({ name: "timetable.addSlot" })
  .inputSchema(ZAddSlotInput)
  .action(async ({ parsedInput: input, ctx: { user, schoolId } }) => {
    const cls = await db.schoolClass.findFirst({
      where: { id: input.classId, schoolId },
      select: { id: true, yearId: true, year: { select: { startDate: true } } },
    });
    if (!cls) throw new ActionError("not_found");
    const assignment = await db.teachingAssignment.findFirst({
      where: { id: input.assignmentId, schoolId, classId: cls.id },
      select: { id: true, teacherId: true, subgroupId: true },
    });
    if (!assignment) failFields(ZAddSlotInput, [{ path: "assignmentId", message: "field.invalid_value" }]);
    const bells = await db.bellPeriod.findMany({ where: { schoolId, bellSchedule: { variant: "NORMAL" } }, select: { number: true } });
    if (bells.length && !bells.some((b) => b.number === input.period)) failFields(ZAddSlotInput, [{ path: "period", message: adminMessage("noSuchPeriod") }]);
    const sameTime = await db.timetableSlot.findMany({
      where: { schoolId, yearId: cls.yearId, weekday: input.weekday, period: input.period, validTo: null },
      select: { classId: true, parity: true, assignment: { select: { teacherId: true, subgroupId: true } } },
    });
    for (const other of sameTime.filter((s) => paritiesMeet(s.parity, input.parity))) {
      if (other.assignment.teacherId === assignment.teacherId) {
        failFields(ZAddSlotInput, [{ path: "assignmentId", message: adminMessage("teacherBusy") }]);
      }
      const sideBySide = other.assignment.subgroupId && assignment.subgroupId && other.assignment.subgroupId !== assignment.subgroupId;
      if (other.classId === cls.id && !sideBySide) failFields(ZAddSlotInput, [{ path: "period", message: adminMessage("slotTaken") }]);
    }
    const slot = await db.$transaction(async (tx) => {
      const row = await tx.timetableSlot.create({
        data: {
          schoolId,
          yearId: cls.yearId,
          classId: cls.id,
          assignmentId: assignment.id,
          weekday: input.weekday,
          period: input.period,
          parity: input.parity,
          room: input.room,
          validFrom: cls.year.startDate,
        },
        select: { id: true },
      });
      await recordAudit(tx, { schoolId, actorId: user.id, action: "slot.create", entityType: "TimetableSlot", entityId: row.id, after: input });
      return row;
    });
    revalidatePath(`/school/timetable/${cls.id}`);
    return { slotId: slot.id };
  });

export const deleteSlotAction = schoolAdminClient
  .metadata({ name: "timetable.deleteSlot" })
  .inputSchema(ZDeleteSlotInput)
  .action(async ({ parsedInput: { slotId }, ctx: { user, schoolId } }) => {
    const slot = await db.timetableSlot.findFirst({
      where: { id: slotId, schoolId },
      select: { id: true, classId: true, assignmentId: true, weekday: true, period: true, parity: true, room: true },
    });
    if (!slot) throw new ActionError("not_found");
    await db.$transaction(async (tx) => {
      // Its lessons stay (slotId becomes null) until the timetable is published again.
      await tx.timetableSlot.delete({ where: { id: slotId, schoolId }, select: { id: true } });
      await recordAudit(tx, { schoolId, actorId: user.id, action: "slot.delete", entityType: "TimetableSlot", entityId: slotId, before: slot });
    });
    revalidatePath(`/school/timetable/${slot.classId}`);
    return { slotId };
  });

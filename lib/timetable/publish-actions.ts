"use server";
// Publishing the timetable of a class (or of every class) for a term, and a lesson's change for
// one day: cancelled, a substitute teacher, another room.
import { revalidatePath } from "next/cache";
import { schoolAdminClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { adminMessage, failFields } from "@/lib/forms/errors";
import { findMember } from "@/lib/school/lookups";
import { publishTimetable } from "./publish";
import { ZLessonChangeInput, ZPublishInput } from "./schemas";

export const publishTimetableAction = schoolAdminClient
  .metadata({ name: "timetable.publish" })
  .inputSchema(ZPublishInput)
  .action(async ({ parsedInput: { termId, classId }, ctx: { user, schoolId } }) => {
    const term = await db.term.findFirst({
      where: { id: termId, schoolId },
      select: { id: true, yearId: true, startDate: true, endDate: true, isLocked: true },
    });
    if (!term) throw new ActionError("not_found");
    if (term.isLocked) throw new ActionError("term_locked");
    const classes = await db.schoolClass.findMany({ where: { schoolId, yearId: term.yearId, ...(classId ? { id: classId } : {}) }, select: { id: true } });
    if (classId && classes.length === 0) throw new ActionError("not_found");
    if (classId && !(await db.timetableSlot.count({ where: { schoolId, classId, yearId: term.yearId } }))) {
      failFields(ZPublishInput, [{ path: "", message: adminMessage("noSlots") }]);
    }
    const result = await publishTimetable({ schoolId, actorId: user.id, term, classIds: classes.map((c) => c.id) });
    revalidatePath("/school/timetable", "layout");
    revalidatePath("/lessons");
    revalidatePath("/journal", "layout");
    revalidatePath("/diary", "layout");
    return result;
  });

export const changeLessonAction = schoolAdminClient
  .metadata({ name: "timetable.changeLesson" })
  .inputSchema(ZLessonChangeInput)
  .action(async ({ parsedInput: input, ctx: { user, schoolId } }) => {
    const lesson = await db.lesson.findFirst({
      where: { id: input.lessonId, schoolId },
      select: {
        id: true,
        date: true,
        isCancelled: true,
        substituteTeacherId: true,
        room: true,
        assignment: { select: { teacherId: true } },
        _count: { select: { marks: true, attendance: true } },
      },
    });
    if (!lesson) throw new ActionError("not_found");
    const locked = await db.term.findFirst({
      where: { schoolId, isLocked: true, startDate: { lte: lesson.date }, endDate: { gte: lesson.date } },
      select: { id: true },
    });
    if (locked) throw new ActionError("term_locked");
    if (input.isCancelled && !lesson.isCancelled && lesson._count.marks + lesson._count.attendance > 0) {
      failFields(ZLessonChangeInput, [{ path: "isCancelled", message: adminMessage("lessonHasRecords") }]);
    }
    // The lesson's own teacher is no substitute for themself.
    const substituteTeacherId = input.substituteTeacherId === lesson.assignment.teacherId ? null : input.substituteTeacherId;
    if (substituteTeacherId && !(await findMember(schoolId, substituteTeacherId, "TEACHER"))) {
      failFields(ZLessonChangeInput, [{ path: "substituteTeacherId", message: adminMessage("notATeacher") }]);
    }
    const data = { isCancelled: input.isCancelled, substituteTeacherId: input.isCancelled ? null : substituteTeacherId, room: input.room };
    await db.$transaction(async (tx) => {
      await tx.lesson.update({ where: { id: lesson.id, schoolId }, data, select: { id: true } });
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: "lesson.dayChange",
        entityType: "Lesson",
        entityId: lesson.id,
        lessonId: lesson.id,
        before: { isCancelled: lesson.isCancelled, substituteTeacherId: lesson.substituteTeacherId, room: lesson.room },
        after: data,
      });
    });
    revalidatePath("/school/timetable", "layout");
    revalidatePath("/lessons");
    return { lessonId: String(lesson.id), ...data };
  });

"use server";
// A student ticks homework done, or unticks it. Only the student themselves, and only homework set
// on a lesson of their own class (or a subgroup they belong to) while they were in it: the homework
// is looked up with that rule, so a forged id answers "not found" and changes nothing. Parents see
// the tick but cannot set it (no "homework:complete" permission).
import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { schoolsWith } from "@/lib/authz";
import { db } from "@/lib/db";
import { attendedLessonIds } from "@/lib/diary/sql";
import { ActionError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { z, zBigId } from "@/lib/validation";

const ZSetHomeworkDoneInput = z.object({ homeworkId: zBigId, isDone: z.boolean() });
export type TSetHomeworkDoneInput = z.infer<typeof ZSetHomeworkDoneInput>;

export const setHomeworkDoneAction = authActionClient
  .metadata({ name: "homework.setDone" })
  .inputSchema(ZSetHomeworkDoneInput)
  .action(async ({ parsedInput: { homeworkId, isDone }, ctx: { user } }) => {
    const schools = schoolsWith(user.roles, "homework:complete");
    if (schools.length === 0) throw new ActionError("forbidden");
    const [homework] = await db.$queryRaw<{ id: bigint; schoolId: number; lessonId: bigint }[]>`
      SELECT h.id, h."schoolId", h."lessonId" FROM "Homework" h
      WHERE h.id = ${homeworkId} AND h."schoolId" = ANY(${schools}::int[])
        AND h."lessonId" IN ${attendedLessonIds(user.id, Prisma.sql`h."schoolId"`)}`;
    if (!homework) throw new ActionError("not_found");
    const key = { schoolId: homework.schoolId, homeworkId, studentId: user.id };
    await db.$transaction(async (tx) => {
      // Ticking twice (a double tap, two tabs) changes nothing and records nothing the second time.
      const changed = isDone
        ? (await tx.homeworkCompletion.createMany({ data: [key], skipDuplicates: true })).count
        : (await tx.homeworkCompletion.deleteMany({ where: key })).count;
      if (changed === 0) return;
      await recordAudit(tx, {
        schoolId: homework.schoolId,
        actorId: user.id,
        action: isDone ? "homework.complete" : "homework.uncomplete",
        entityType: "Homework",
        entityId: homeworkId,
        studentId: user.id,
        lessonId: homework.lessonId,
        before: { isDone: !isDone },
        after: { isDone },
      });
    });
    revalidatePath(`/diary/${user.id}`, "layout");
    return { homeworkId: String(homeworkId), isDone };
  });

"use server";
// Marking a pupil's "what's new" read. The read state is the reader's own bookmark, not a school
// record: it gets no audit event (every evening visit of every parent would flood the audit log).
import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/action-client";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { z, zId } from "@/lib/validation";
import { getReadablePupil } from "./access";
import { nextSeenAt } from "./news";

export const markDiaryReadAction = authActionClient
  .metadata({ name: "diary.markRead" })
  .inputSchema(z.object({ studentId: zId, upTo: z.iso.datetime() }))
  .action(async ({ parsedInput: { studentId, upTo }, ctx: { user } }) => {
    const pupil = await getReadablePupil(user, studentId);
    if (!pupil) throw new ActionError("not_found");
    const seenAt = nextSeenAt(null, new Date(upTo), new Date());
    // One statement, safe when two tabs mark read at once; GREATEST keeps it from moving back.
    await db.$executeRaw`
      INSERT INTO "DiaryReadState" ("readerId", "studentId", "seenAt") VALUES (${user.id}, ${pupil.id}, ${seenAt})
      ON CONFLICT ("readerId", "studentId") DO UPDATE SET "seenAt" = GREATEST("DiaryReadState"."seenAt", EXCLUDED."seenAt")`;
    revalidatePath(`/diary/${pupil.id}`, "layout");
    return { studentId: pupil.id, seenAt: seenAt.toISOString() };
  });

"use server";
// A person's own sessions: ending one from their list (a phone left signed in at school). Only a
// session of the signed-in person can be ended: the row is looked up by its id and the person's
// id together, so a forged id changes nothing.
import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { z } from "@/lib/validation";

const ZEndSessionInput = z.object({ sessionId: z.string().min(1).max(64) });

export const endSessionAction = authActionClient
  .metadata({ name: "auth.endSession" })
  .inputSchema(ZEndSessionInput)
  .action(async ({ parsedInput: { sessionId }, ctx: { user } }) => {
    await db.$transaction(async (tx) => {
      const { count } = await tx.session.updateMany({ where: { id: sessionId, userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
      if (count === 0) throw new ActionError("not_found");
      await recordAudit(tx, {
        schoolId: user.roles.find((r) => r.schoolId !== null)?.schoolId ?? null,
        actorId: user.id,
        action: "session.end",
        entityType: "User",
        entityId: user.id,
      });
    });
    revalidatePath("/change-password");
    return { sessionId };
  });

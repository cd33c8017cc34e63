// The one chain every server action goes through (next-safe-action):
//   actionClient     — validates input with zod, turns expected ActionErrors into typed results and
//                      logs anything else with a request id (the user sees a generic message);
//   authActionClient — also requires a signed-in, active user and puts it in ctx.
// Each action then authorizes against the resource it looks up, writes with its audit event in
// one transaction, revalidates, and returns a typed result.
import "server-only";
import { randomUUID } from "node:crypto";
import { createSafeActionClient } from "next-safe-action";
import { getCurrentUser } from "@/lib/auth/session";
import { ActionError, type TServerError } from "@/lib/errors";
import { log } from "@/lib/log";
import { z } from "@/lib/validation";

export const actionClient = createSafeActionClient<"flattened", TServerError, z.ZodObject<{ name: z.ZodString }>>({
  defaultValidationErrorsShape: "flattened",
  defineMetadataSchema: () => z.object({ name: z.string() }),
  handleServerError(error, utils): TServerError {
    if (error instanceof ActionError) return { code: error.code, params: error.params };
    const requestId = randomUUID();
    log.error("action failed", { action: utils.metadata?.name, requestId, error });
    return { code: "unexpected", requestId };
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const user = await getCurrentUser();
  if (!user) throw new ActionError("unauthenticated");
  return next({ ctx: { user } });
});

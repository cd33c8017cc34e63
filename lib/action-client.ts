// The one chain every server action goes through (next-safe-action):
//   actionClient     — validates input with zod, turns expected ActionErrors into typed results and
//                      logs anything else with a request id (the user sees a generic message);
//   authActionClient — also requires a signed-in, active user and puts it in ctx; one who still
//                      holds a one-time password may do nothing but change it (the pages
//                      redirect them to /change-password, this holds for forged requests too);
//   schoolAdminClient — also requires the school the person manages and puts its schoolId in ctx;
//   regionAdminClient — also requires the region the person runs and puts its regionId in ctx.
// Each action then authorizes against the resource it looks up, writes with its audit event in
// one transaction, revalidates, and returns a typed result.
import "server-only";
import { randomUUID } from "node:crypto";
import { createSafeActionClient } from "next-safe-action";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { afterChanges, notePersonChange } from "@/lib/cache/pupil-cache";
import { markRecentWrite } from "@/lib/database/recent-write";
import { onPrimary } from "@/lib/database/replica";
import { ActionError, type TServerError } from "@/lib/errors";
import { log } from "@/lib/log";
import { managedSchoolId } from "@/lib/school/access";
import { z } from "@/lib/validation";

const baseClient = createSafeActionClient<"flattened", TServerError, z.ZodObject<{ name: z.ZodString }>>({
  defaultValidationErrorsShape: "flattened",
  defineMetadataSchema: () => z.object({ name: z.string() }),
  handleServerError(error, utils): TServerError {
    if (error instanceof ActionError) return { code: error.code, params: error.params };
    const requestId = randomUUID();
    log.error("action failed", { action: utils.metadata?.name, requestId, error });
    return { code: "unexpected", requestId };
  },
});

// afterChanges: cached pupil pages the action's writes touched are dropped again once it has
// committed (lib/cache/pupil-cache.ts). An action reads only the primary, and a person whose action
// succeeded reads the primary for a few seconds after it (lib/database/recent-write.ts), so what
// they wrote is on their next page whatever a replica's lag.
export const actionClient = baseClient.use(async ({ next, clientInput }) => {
  if (hasMalformedText(clientInput)) throw new ActionError("validation");
  const result = await afterChanges(() => onPrimary(() => next()));
  if (result.success) await markRecentWrite();
  return result;
});

/** NUL characters and lone surrogates cannot be stored in PostgreSQL text: refuse them up front. */
function hasMalformedText(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000") || !value.isWellFormed();
  if (depth > 8 || value === null || typeof value !== "object") return false;
  return Object.values(value as Record<string, unknown>).some((v) => hasMalformedText(v, depth + 1));
}

/** The one action a person with a one-time password may call. */
const CHANGE_PASSWORD_ACTION = "auth.changePassword";

export const authActionClient = actionClient.use(async ({ next, metadata }) => {
  const user = await getCurrentUser();
  if (!user) throw new ActionError("unauthenticated");
  if (user.mustChangePassword && metadata.name !== CHANGE_PASSWORD_ACTION) throw new ActionError("forbidden");
  // What a person did may show on their own pages (a thread read, a child added): their pages'
  // ETags move in this process at once, before the database's notification reaches the others.
  notePersonChange(user.id);
  return next({ ctx: { user } });
});

export const schoolAdminClient = authActionClient.use(async ({ next, ctx }) => {
  // (One who still holds a one-time password is stopped earlier, by authActionClient.)
  const schoolId = managedSchoolId(ctx.user);
  if (!schoolId) throw new ActionError("forbidden");
  return next({ ctx: { schoolId } });
});

/** Schools are opened only in the region a regional administrator runs. */
export const regionAdminClient = authActionClient.use(async ({ next, ctx }) => {
  const regionId = ctx.user.roles.find((r) => r.role === "REGION_ADMIN" && r.regionId !== null)?.regionId;
  if (!regionId || !can(ctx.user.roles, "region:manage", { regionId })) throw new ActionError("forbidden");
  return next({ ctx: { regionId } });
});

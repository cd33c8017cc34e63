// The region a regional administrator runs. Schools are opened only in it.
import "server-only";
import { authActionClient } from "@/lib/action-client";
import { can } from "@/lib/authz";
import { ActionError } from "@/lib/errors";

export const regionAdminClient = authActionClient.use(async ({ next, ctx }) => {
  const regionId = ctx.user.roles.find((r) => r.role === "REGION_ADMIN" && r.regionId !== null)?.regionId;
  if (!regionId || !can(ctx.user.roles, "region:manage", { regionId })) throw new ActionError("forbidden");
  return next({ ctx: { regionId } });
});

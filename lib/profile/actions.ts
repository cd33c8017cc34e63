"use server";
import { revalidatePath } from "next/cache";
// The reader's language: a cookie for everyone, and the profile for a signed-in person so it
// follows them to another device.
import { cookies } from "next/headers";
import { actionClient, authActionClient } from "@/lib/action-client";
import { getCurrentUser } from "@/lib/auth/session";
import { hasRole, homePath, ROLES } from "@/lib/authz";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { LANGUAGE_COOKIE, LANGUAGES } from "@/lib/i18n/settings";
import { z } from "@/lib/validation";
import { ROLE_COOKIE, roleCookieValue } from "./role-choice";

export const setLanguageAction = actionClient
  .metadata({ name: "profile.setLanguage" })
  .inputSchema(z.object({ language: z.enum(LANGUAGES) }))
  .action(async ({ parsedInput: { language } }) => {
    (await cookies()).set(LANGUAGE_COOKIE, language, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true });
    const user = await getCurrentUser();
    if (user) await db.user.update({ where: { id: user.id }, data: { locale: language }, select: { id: true } });
    revalidatePath("/", "layout");
    return { language };
  });

// The role a person with several wears on this device (lib/profile/role-choice.ts): only one of
// their own, and it changes their home and navigation, nothing they may do.
export const chooseRoleAction = authActionClient
  .metadata({ name: "profile.chooseRole" })
  .inputSchema(z.object({ role: z.enum(ROLES) }))
  .action(async ({ parsedInput: { role }, ctx: { user } }) => {
    if (!hasRole(user.roles, role)) throw new ActionError("role_not_held");
    (await cookies()).set(ROLE_COOKIE, roleCookieValue(user.id, role), { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true });
    revalidatePath("/", "layout");
    return { role, home: homePath(user.roles, role) };
  });

"use server";
import { revalidatePath } from "next/cache";
// The reader's language: a cookie for everyone, and the profile for a signed-in person so it
// follows them to another device.
import { cookies } from "next/headers";
import { actionClient } from "@/lib/action-client";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { LANGUAGE_COOKIE, LANGUAGES } from "@/lib/i18n/settings";
import { z } from "@/lib/validation";

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

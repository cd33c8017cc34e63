// Who is asking. Read once per request (React cache) from the JWT and the database.
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getToken } from "next-auth/jwt";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import type { TLanguage } from "@/lib/i18n/settings";
import { SESSION_ABSOLUTE_SECONDS } from "./session-lifetime";

export type TRoleGrant = { role: Role; schoolId: number | null; regionId: number | null };
export type TCurrentUser = {
  id: number;
  login: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  locale: TLanguage | null;
  mustChangePassword: boolean;
  roles: TRoleGrant[];
};

async function readToken() {
  // getToken wants a request; the cookie store and headers of this request serve as one.
  const req = { cookies: await cookies(), headers: await headers() };
  return getToken({ req: req as never, secret: process.env.NEXTAUTH_SECRET });
}

export const getCurrentUser = cache(async (): Promise<TCurrentUser | null> => {
  const token = await readToken();
  const id = Number(token?.sub);
  if (!token || !Number.isInteger(id)) return null;
  const loginAt = Number(token.loginAt ?? 0);
  if (!loginAt || Date.now() / 1000 - loginAt > SESSION_ABSOLUTE_SECONDS) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      login: true,
      lastName: true,
      firstName: true,
      middleName: true,
      locale: true,
      isActive: true,
      sessionVersion: true,
      mustChangePassword: true,
      roles: { select: { role: true, schoolId: true, regionId: true } },
    },
  });
  if (!user?.isActive || user.sessionVersion !== Number(token.sv ?? -1)) return null;
  const { isActive: _a, sessionVersion: _s, ...rest } = user;
  return rest;
});

export async function requireUser(): Promise<TCurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

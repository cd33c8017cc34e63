// How long a session lives and what ends it. Real next-auth JWTs (encrypted with
// the test secret) in the request's cookie, checked by the real getCurrentUser against the database;
// and the proxy that renews a session in use.

import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPrimaryRegion, getPrimarySchool } from "@/lib/school/queries";
import { proxy } from "@/proxy";
import { createPerson, createTestSchool } from "@/test/support/factories";
import { requestStore } from "@/test/support/request-context";
import { countStatements } from "@/test/support/statements";
import { changePasswordAction } from "./actions";
import { hashPassword } from "./password";
import { createServerSession, LAST_SEEN_REFRESH_MS, revokeServerSession } from "./server-sessions";
import { getCurrentUser, getSession } from "./session";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS, SESSION_UPDATE_SECONDS } from "./session-lifetime";
import { refreshedSessionToken } from "./session-refresh";

const secret = () => process.env.NEXTAUTH_SECRET as string;
const now = () => Math.floor(Date.now() / 1000);

/** A session token as next-auth mints it at sign-in (with its server-side row), optionally from another time or secret. */
async function token(user: { id: number }, opts: { sv?: number; loginAt?: number; maxAge?: number; secret?: string; sid?: string } = {}) {
  const sid = opts.sid ?? (await createServerSession(user.id, "Mozilla/5.0 (Windows NT 10.0) Chrome/131.0 Safari/537.36"));
  return encode({
    token: { sub: String(user.id), sv: opts.sv ?? 0, sid, loginAt: opts.loginAt ?? now() },
    secret: opts.secret ?? secret(),
    maxAge: opts.maxAge ?? SESSION_IDLE_SECONDS,
  });
}

function whoIs(raw: string) {
  return requestStore.run({ cookies: new Map([["next-auth.session-token", raw]]), headers: new Headers() }, () => getCurrentUser());
}

describe("a session", () => {
  it("is accepted while fresh", async () => {
    const s = await createTestSchool(db, { pupils: 1 });
    expect((await whoIs(await token(s.teacher)))?.id).toBe(s.teacher.id);
  });

  it("ends after the idle timeout", async () => {
    const s = await createTestSchool(db, { pupils: 1 });
    // Issued a little over eight hours ago: its expiry has passed (beyond jose's 15 s tolerance).
    expect(await whoIs(await token(s.teacher, { maxAge: -60 }))).toBeNull();
  });

  it("ends seven days after sign-in however busy it is", async () => {
    const s = await createTestSchool(db, { pupils: 1 });
    expect(await whoIs(await token(s.teacher, { loginAt: now() - SESSION_ABSOLUTE_SECONDS + 60 }))).not.toBeNull();
    expect(await whoIs(await token(s.teacher, { loginAt: now() - SESSION_ABSOLUTE_SECONDS - 1 }))).toBeNull();
  });

  it("minted before a password change is refused; one minted after is accepted", async () => {
    const s = await createTestSchool(db, { pupils: 1 });
    const before = await token(s.teacher, { sv: 0 });
    // What changing a password does (lib/auth/actions.ts, lib/roster resetPasswordAction).
    await db.user.update({ where: { id: s.teacher.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await whoIs(before)).toBeNull();
    expect((await whoIs(await token(s.teacher, { sv: 1 })))?.id).toBe(s.teacher.id);
  });

  it("of a deactivated account is refused at once", async () => {
    const s = await createTestSchool(db, { pupils: 1 });
    const raw = await token(s.parent);
    expect(await whoIs(raw)).not.toBeNull();
    await db.user.update({ where: { id: s.parent.id }, data: { isActive: false } });
    expect(await whoIs(raw)).toBeNull();
  });

  it("is refused when signed with another secret, tampered with, or without a sign-in time", async () => {
    const s = await createTestSchool(db, { pupils: 1 });
    expect(await whoIs(await token(s.admin, { secret: "another-secret-another-secret-42" }))).toBeNull();
    const good = await token(s.admin);
    expect(await whoIs(`${good.slice(0, -4)}AAAA`)).toBeNull();
    const noLoginAt = await encode({ token: { sub: String(s.admin.id), sv: 0 }, secret: secret() });
    expect(await whoIs(noLoginAt)).toBeNull();
  });

  it("is refused without a server-side session, or with another person's", async () => {
    const s = await createTestSchool(db, { pupils: 1 });
    const noSid = await encode({ token: { sub: String(s.admin.id), sv: 0, loginAt: now() }, secret: secret() });
    expect(await whoIs(noSid)).toBeNull();
    const teachersSid = await createServerSession(s.teacher.id, null);
    expect(await whoIs(await token(s.admin, { sid: teachersSid }))).toBeNull();
    expect(await whoIs(await token(s.admin, { sid: "made-up" }))).toBeNull();
  });

  it("ends when its row is revoked; other sessions of the person go on", async () => {
    const s = await createTestSchool(db, { pupils: 1 });
    const sid = await createServerSession(s.teacher.id, null);
    const kept = await token(s.teacher, { sid });
    const other = await token(s.teacher);
    expect((await whoIs(kept))?.id).toBe(s.teacher.id);
    await revokeServerSession(sid);
    expect(await whoIs(kept)).toBeNull();
    expect((await whoIs(other))?.id).toBe(s.teacher.id);
  });

  it("all end when the person changes their password", async () => {
    const s = await createTestSchool(db, { pupils: 1 });
    await db.user.update({ where: { id: s.teacher.id }, data: { passwordHash: await hashPassword("Старый пароль 2026") } });
    const [a, b] = [await token(s.teacher), await token(s.teacher)];
    const changed = await requestStore.run({ cookies: new Map([["next-auth.session-token", a]]), headers: new Headers() }, () =>
      changePasswordAction({ currentPassword: "Старый пароль 2026", newPassword: "Новый пароль весной", repeatPassword: "Новый пароль весной" }),
    );
    expect(changed?.data).toBeDefined();
    // Even a token minted with the new session version is refused: its row is gone.
    expect(await whoIs(a)).toBeNull();
    expect(await whoIs(b)).toBeNull();
    expect(await db.session.count({ where: { userId: s.teacher.id, revokedAt: null } })).toBe(0);
  });

  it("records when it was last seen, at most every few minutes", async () => {
    const s = await createTestSchool(db, { pupils: 1 });
    const sid = await createServerSession(s.teacher.id, null);
    const raw = await token(s.teacher, { sid });
    const stale = new Date(Date.now() - LAST_SEEN_REFRESH_MS - 60_000);
    await db.session.update({ where: { id: sid }, data: { lastSeenAt: stale } });
    expect((await whoIs(raw))?.id).toBe(s.teacher.id);
    const seen = (await db.session.findUniqueOrThrow({ where: { id: sid }, select: { lastSeenAt: true } })).lastSeenAt;
    expect(seen.getTime()).toBeGreaterThan(stale.getTime());
    // A fresh one is not written again: the next request reads it in its one statement only.
    const { statements } = await countStatements(() =>
      requestStore.run({ cookies: new Map([["next-auth.session-token", raw]]), headers: new Headers() }, () => getSession()),
    );
    expect(statements).toHaveLength(1);
  });
});

describe("reading the session (every page and every server action starts here)", () => {
  it("is one statement: the person, every role grant and the place the shell names", async () => {
    const s = await createTestSchool(db, { pupils: 1 });
    const other = await createTestSchool(db, { pupils: 1 });
    // A teacher of one school who is also a parent in another.
    await db.userRole.create({ data: { userId: s.teacher.id, role: "PARENT", schoolId: other.schoolId } });
    const raw = await token(s.teacher);
    const { result, statements } = await countStatements(() =>
      requestStore.run({ cookies: new Map([["next-auth.session-token", raw]]), headers: new Headers() }, () => getSession()),
    );
    expect(statements, statements.join("\n")).toHaveLength(1);
    const session = result as NonNullable<typeof result>;
    const person = await db.user.findUniqueOrThrow({ where: { id: s.teacher.id }, select: { id: true, login: true, lastName: true, firstName: true } });
    expect(session.user).toEqual({ ...person, middleName: null, locale: null, mustChangePassword: false, roles: expect.any(Array) });
    expect(session.user.roles).toEqual([
      { role: "TEACHER", schoolId: s.schoolId, regionId: null },
      { role: "PARENT", schoolId: other.schoolId, regionId: null },
    ]);
    // The same school and region as the shell's own lookups would give.
    expect(session.place.school).toEqual(await getPrimarySchool(session.user));
    expect(session.place.region).toBeNull();
    expect((await whoIs(raw))?.roles).toEqual(session.user.roles);
  });

  it("names a regional administrator's region", async () => {
    const s = await createTestSchool(db, { pupils: 1 });
    const regional = await createPerson(db, null, ["REGION_ADMIN"], "Регион", { regionId: s.regionId });
    const session = await requestStore.run({ cookies: new Map([["next-auth.session-token", await token(regional)]]), headers: new Headers() }, () =>
      getSession(),
    );
    expect(session?.user.roles).toEqual([{ role: "REGION_ADMIN", schoolId: null, regionId: s.regionId }]);
    expect(session?.place).toEqual({ school: null, region: await getPrimaryRegion(session?.user as NonNullable<typeof session>["user"]) });
    expect(session?.place.region?.id).toBe(s.regionId);
  });
});

describe("renewing a session in use (the idle timeout counts from the last request)", () => {
  it("re-issues a token older than the update age with a later expiry and the same sign-in time", async () => {
    const s = await createTestSchool(db, { pupils: 1 });
    const loginAt = now() - 3600;
    const raw = await token(s.teacher, { loginAt });
    const later = Date.now() + (SESSION_UPDATE_SECONDS + 60) * 1000;
    const renewed = await refreshedSessionToken(raw, secret(), later);
    expect(renewed).not.toBeNull();
    const { decode } = await import("next-auth/jwt");
    const claims = await decode({ token: renewed as string, secret: secret() });
    expect(claims).toMatchObject({ sub: String(s.teacher.id), sv: 0, loginAt, sid: expect.any(String) });
    expect(Number(claims?.exp)).toBeGreaterThan(now() + SESSION_IDLE_SECONDS - 5);
  });

  it("leaves a fresh token, a token past its lifetime and garbage alone", async () => {
    const s = await createTestSchool(db, { pupils: 1 });
    expect(await refreshedSessionToken(await token(s.teacher), secret())).toBeNull();
    const old = await token(s.teacher, { loginAt: now() - SESSION_ABSOLUTE_SECONDS - 10 });
    expect(await refreshedSessionToken(old, secret(), Date.now() + SESSION_UPDATE_SECONDS * 2000)).toBeNull();
    expect(await refreshedSessionToken("not-a-token", secret())).toBeNull();
  });

  it("happens in the proxy: an old enough session comes back as a new http-only, same-site cookie", async () => {
    const s = await createTestSchool(db, { pupils: 1 });
    const raw = await token(s.teacher);
    const request = new NextRequest("http://localhost:3000/diary", { headers: { cookie: `next-auth.session-token=${raw}` } });
    const fresh = await proxy(request);
    expect(fresh.headers.get("set-cookie")).toBeNull();
    // Sixteen minutes later, the same cookie is renewed.
    const realNow = Date.now;
    Date.now = () => realNow() + (SESSION_UPDATE_SECONDS + 30) * 1000;
    try {
      const response = await proxy(request);
      const cookie = response.headers.get("set-cookie") ?? "";
      expect(cookie).toMatch(/^next-auth\.session-token=[^;]+;/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=lax/i);
      expect(cookie).toMatch(/Path=\//);
    } finally {
      Date.now = realNow;
    }
  });
});

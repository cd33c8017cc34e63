// Signing in through next-auth's own handler (core AuthHandler, the code behind
// /api/auth/*) with Belem's options, on a real database: the cookie it sets, the same answer for
// a wrong password, an unknown login and a deactivated account, and throttling per login and per
// address with a delay that grows.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPerson, createTestSchool } from "@/test/support/factories";
import { signInThroughNextAuth } from "../../test/support/sign-in";
import { hashPassword } from "./password";

const PASSWORD = "Верный-пароль-2026";
let hash: string;
let ipCounter = 0;
const freshIp = () => `10.1.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

beforeAll(async () => {
  hash = await hashPassword(PASSWORD);
});
afterEach(() => {
  delete process.env.NEXTAUTH_URL;
});

const signIn = (login: string, password: string, ip = freshIp(), base?: string, device?: string) =>
  signInThroughNextAuth(login, password, ip, base, { device });

async function person(extra: { isActive?: boolean } = {}) {
  const s = await createTestSchool(db, { pupils: 1 });
  const p = await createPerson(db, s.schoolId, ["TEACHER"], "Учитель", { passwordHash: hash });
  if (extra.isActive === false) await db.user.update({ where: { id: p.id }, data: { isActive: false } });
  return p;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe("signing in", () => {
  it("with the right password sets an http-only, same-site session cookie (not Secure over plain http)", async () => {
    const p = await person();
    const r = await signIn(p.login.toUpperCase(), PASSWORD);
    expect(r.error, JSON.stringify(r)).toBeNull();
    expect(r.session?.name).toBe("next-auth.session-token");
    expect(r.session?.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", secure: false });
    expect(await db.loginAttempt.findMany({ where: { login: p.login }, select: { isSuccess: true } })).toEqual([{ isSuccess: true }]);
  });

  it("behind https sets a Secure, __Secure- prefixed cookie", async () => {
    process.env.NEXTAUTH_URL = "https://belem.example";
    const p = await person();
    const r = await signIn(p.login, PASSWORD, freshIp(), "https://belem.example");
    expect(r.session?.name).toBe("__Secure-next-auth.session-token");
    expect(r.session?.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true });
  });

  it("gives a wrong password, an unknown login and a deactivated account the same answer, in similar time", async () => {
    const active = await Promise.all([person(), person(), person()]);
    const inactive = await person({ isActive: false });
    const wrong: number[] = [];
    const unknown: number[] = [];
    const answers = new Set<string>();
    // Warm-up, then alternate so the machine's load falls on both alike.
    await signIn("nobody-at-all", "x");
    for (let i = 0; i < 9; i++) {
      const a = await signIn(active[i % 3].login, `wrong-${i}`);
      const b = await signIn(`nobody-${i}-${Date.now()}`, `wrong-${i}`);
      wrong.push(a.ms);
      unknown.push(b.ms);
      answers.add(JSON.stringify([a.status, a.error, a.session ?? null])).add(JSON.stringify([b.status, b.error, b.session ?? null]));
    }
    const deactivated = await signIn(inactive.login, PASSWORD);
    answers.add(JSON.stringify([deactivated.status, deactivated.error, deactivated.session ?? null]));
    expect([...answers]).toEqual([JSON.stringify([401, "invalid", null])]);
    const ratio = median(unknown) / median(wrong);
    expect(ratio, `median ${median(unknown).toFixed(0)} ms unknown vs ${median(wrong).toFixed(0)} ms wrong password`).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(1.67);
  });

  it("stores the login as typed (trimmed, lower-case) and never the password", async () => {
    const p = await person();
    await signIn(`  ${p.login.toUpperCase()} `, "my-secret-guess");
    const rows = await db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "LoginAttempt" WHERE login = ${p.login}`;
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain("my-secret-guess");
  });
});

describe("throttling", () => {
  /** Moves a login's recorded attempts into the past, as if the wait had been sat out. */
  const waitOut = (login: string, seconds: number) =>
    db.$executeRaw`UPDATE "LoginAttempt" SET "createdAt" = "createdAt" - make_interval(secs => ${seconds}) WHERE login = ${login}`;

  it("makes a login wait after five failures from one address, even with the right password, twice as long each time", async () => {
    const p = await person();
    const ip = freshIp();
    for (let i = 0; i < 4; i++) expect((await signIn(p.login, `guess-${i}`, ip)).error).toBe("invalid");
    expect((await signIn(p.login, "guess-5", ip)).error).toBe("invalid");
    expect((await signIn(p.login, PASSWORD, ip)).error).toBe("rate_limited:2");
    await waitOut(p.login, 3);
    expect((await signIn(p.login, "guess-6", ip)).error).toBe("invalid");
    expect((await signIn(p.login, PASSWORD, ip)).error).toBe("rate_limited:4");
    await waitOut(p.login, 5);
    expect((await signIn(p.login, "guess-7", ip)).error).toBe("invalid");
    expect((await signIn(p.login, PASSWORD, ip)).error).toBe("rate_limited:8");
    await waitOut(p.login, 9);
    expect((await signIn(p.login, PASSWORD, ip)).session).toBeDefined();
  });

  it("holds the owner back for failures from one address only there; twenty from anywhere slow the login everywhere", async () => {
    const p = await person();
    for (let i = 0; i < 5; i++) await signIn(p.login, `guess-${i}`, "192.0.2.50");
    expect((await signIn(p.login, PASSWORD, "192.0.2.50")).error).toBe("rate_limited:2");
    expect((await signIn(p.login, PASSWORD, "192.0.2.77")).session).toBeDefined();
    for (let i = 0; i < 20; i++) await signIn(p.login, `spread-${i}`);
    expect((await signIn(p.login, PASSWORD, "192.0.2.78")).error).toBe("rate_limited:2");
  });

  it("lets the right password in from a device that signed in before, whatever failed elsewhere", async () => {
    const p = await person();
    const first = await signIn(p.login, PASSWORD, "192.0.2.90");
    expect(first.device).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    // Someone else guesses from many addresses, and from the owner's own address.
    for (let i = 0; i < 25; i++) await signIn(p.login, `attack-${i}`);
    for (let i = 0; i < 6; i++) await signIn(p.login, `attack-here-${i}`, "192.0.2.90");
    expect((await signIn(p.login, PASSWORD, "192.0.2.91")).error).toMatch(/^rate_limited:/);
    const again = await signIn(p.login, PASSWORD, "192.0.2.90", undefined, first.device);
    expect(again.error).toBeNull();
    expect(again.session).toBeDefined();
    // The cookie is for that login only, and a forged one counts for nothing.
    const other = await person();
    for (let i = 0; i < 5; i++) await signIn(other.login, `g-${i}`, "192.0.2.92");
    expect((await signIn(other.login, PASSWORD, "192.0.2.92", undefined, first.device)).error).toBe("rate_limited:2");
    expect((await signIn(other.login, PASSWORD, "192.0.2.92", undefined, `${first.device}x`)).error).toBe("rate_limited:2");
  });

  it("holds a known device back by its own failures", async () => {
    const p = await person();
    const { device } = await signIn(p.login, PASSWORD);
    for (let i = 0; i < 5; i++) expect((await signIn(p.login, `mine-${i}`, freshIp(), undefined, device)).error).toBe("invalid");
    expect((await signIn(p.login, PASSWORD, freshIp(), undefined, device)).error).toBe("rate_limited:2");
  });

  it("forgets attempts older than thirty days at the next successful sign-in", async () => {
    const p = await person();
    await db.loginAttempt.createMany({
      data: [
        { login: "old-one", ip: "192.0.2.1", isSuccess: false, createdAt: new Date(Date.now() - 31 * 86_400_000) },
        { login: "recent-one", ip: "192.0.2.1", isSuccess: false, createdAt: new Date(Date.now() - 29 * 86_400_000) },
      ],
    });
    expect((await signIn(p.login, PASSWORD)).session).toBeDefined();
    expect(await db.loginAttempt.count({ where: { login: "old-one" } })).toBe(0);
    expect(await db.loginAttempt.count({ where: { login: "recent-one" } })).toBe(1);
  });

  it("starts counting again after a successful sign-in", async () => {
    const p = await person();
    for (let i = 0; i < 4; i++) await signIn(p.login, `guess-${i}`);
    expect((await signIn(p.login, PASSWORD)).session).toBeDefined();
    for (let i = 0; i < 4; i++) expect((await signIn(p.login, `again-${i}`)).error).toBe("invalid");
  });

  it("makes an address that failed thirty times wait, whatever login it tries; other addresses are not affected", async () => {
    const p = await person();
    const ip = "198.51.100.9";
    for (let i = 0; i < 30; i++) await signIn(`spray-${i}-${Date.now()}`, "123456", ip);
    expect((await signIn(p.login, PASSWORD, ip)).error).toBe("rate_limited:2");
    expect((await signIn(p.login, PASSWORD, "198.51.100.10")).session).toBeDefined();
  });

  it("takes the socket's address (the last entry, with no proxy trusted), not one the client wrote in front", async () => {
    const p = await person();
    for (let i = 0; i < 30; i++) await signIn(`spray2-${i}-${Date.now()}`, "123456", `203.0.113.${i}, 198.51.100.20`);
    expect((await signIn(p.login, PASSWORD, "203.0.113.200, 198.51.100.20")).error).toBe("rate_limited:2");
  });
});

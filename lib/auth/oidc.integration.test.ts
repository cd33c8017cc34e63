// Sign-in through the region's OpenID provider, against a real one (oidc-provider on 127.0.0.1)
// and next-auth's own handler with Belem's options: openid-client under next-auth checks state,
// PKCE, nonce, and the ID token's signature, issuer, audience and expiry. Each forged answer is
// refused with no session and nothing written; the same flow untouched signs in (the control).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { claimHash } from "@/lib/identity/identities";
import { changedTables, closeSnapshots, snapshot } from "@/test/security/db-snapshot";
import { createPerson, createTestSchool } from "@/test/support/factories";
import { startTestOidcProvider, type TTestOidcProvider } from "@/test/support/oidc-provider";

const BASE = "http://localhost:3000";
let provider: TTestOidcProvider;
let flow: typeof import("@/test/support/oidc-sign-in");
let n = 0;
const uniqueSub = () => `sub-${Date.now()}-${++n}`;

beforeAll(async () => {
  provider = await startTestOidcProvider({ redirectUris: [`${BASE}/api/auth/callback/oidc`] });
  process.env.OIDC_ISSUER = provider.issuer;
  process.env.OIDC_CLIENT_ID = provider.clientId;
  process.env.OIDC_CLIENT_SECRET = provider.clientSecret;
  process.env.OIDC_MATCH_CLAIM = "snils";
  // Belem's options read the environment when first imported.
  flow = await import("@/test/support/oidc-sign-in");
});
afterAll(async () => {
  await closeSnapshots();
  await provider?.close();
});
beforeEach(() => provider.tamper(null));

async function signInAs(login: string) {
  const started = await flow.startOidcSignIn(BASE);
  const callback = await flow.loginAtProvider(started.authorizationUrl, login);
  return { started, callback };
}

async function linkedTeacher() {
  const s = await createTestSchool(db, { pupils: 1 });
  const teacher = await createPerson(db, s.schoolId, ["TEACHER"], "Учитель");
  const sub = uniqueSub();
  await db.externalIdentity.create({ data: { userId: teacher.id, issuer: provider.issuer, subject: sub, method: "INVITATION" } });
  return { teacher, sub };
}

describe("sign-in through the region's provider", () => {
  it("asks for the code with PKCE (S256), state and nonce, and the openid scope", async () => {
    const { authorizationUrl } = await flow.startOidcSignIn(BASE);
    const url = new URL(authorizationUrl);
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("code_challenge")).toBeTruthy();
    expect(url.searchParams.get("state")).toBeTruthy();
    expect(url.searchParams.get("nonce")).toBeTruthy();
    expect(url.searchParams.get("scope")?.split(" ")).toContain("openid");
  });

  it("signs a linked identity in as its person", async () => {
    const { teacher, sub } = await linkedTeacher();
    const { started, callback } = await signInAs(sub);
    const r = await flow.finishOidcSignIn(started, callback);
    expect(r.error).toBeNull();
    expect(r.token?.sub).toBe(String(teacher.id));
  });

  it("gives an unlinked identity no person, only a pending identity, and writes nothing", async () => {
    const sub = uniqueSub();
    const { started, callback } = await signInAs(sub);
    const before = await snapshot();
    const r = await flow.finishOidcSignIn(started, callback);
    expect(changedTables(before, await snapshot())).toEqual([]);
    expect(r.token?.sub).toBeUndefined();
    expect(r.token?.pending).toMatchObject({ iss: provider.issuer, sub });
  });

  it("links by the matching claim when exactly one active person holds it, never when two do", async () => {
    const s = await createTestSchool(db, { pupils: 1 });
    const one = await createPerson(db, s.schoolId, ["TEACHER"], "Учитель");
    await db.user.update({ where: { id: one.id }, data: { matchClaimHash: claimHash("111-222-333 44") } });
    const first = await signInAs(`${uniqueSub()}|11122233344`);
    expect((await flow.finishOidcSignIn(first.started, first.callback)).token?.sub).toBe(String(one.id));
    expect(await db.externalIdentity.count({ where: { userId: one.id, method: "CLAIM" } })).toBe(1);

    const [a, b] = await Promise.all([createPerson(db, s.schoolId, ["TEACHER"]), createPerson(db, s.schoolId, ["TEACHER"])]);
    await db.user.updateMany({ where: { id: { in: [a.id, b.id] } }, data: { matchClaimHash: claimHash("99988877766") } });
    const twice = await signInAs(`${uniqueSub()}|99988877766`);
    const r = await flow.finishOidcSignIn(twice.started, twice.callback);
    expect(r.token?.sub).toBeUndefined();
    expect(r.token?.pending).toBeTruthy();
    expect(await db.externalIdentity.count({ where: { userId: { in: [a.id, b.id] } } })).toBe(0);
  });
});

describe("forged or replayed answers are refused, with no session and nothing written", () => {
  async function expectRefused(result: Awaited<ReturnType<typeof flow.finishOidcSignIn>>, before: Awaited<ReturnType<typeof snapshot>>) {
    expect(result.error).toBe("OAuthCallback");
    expect(result.token).toBeNull();
    expect(changedTables(before, await snapshot())).toEqual([]);
  }

  it("a wrong state", async () => {
    const { sub } = await linkedTeacher();
    const { started, callback } = await signInAs(sub);
    callback.searchParams.set("state", `${callback.searchParams.get("state")}x`);
    const before = await snapshot();
    await expectRefused(await flow.finishOidcSignIn(started, callback), before);
  });

  it("a code used a second time", async () => {
    const { teacher, sub } = await linkedTeacher();
    const { started, callback } = await signInAs(sub);
    expect((await flow.finishOidcSignIn(started, callback)).token?.sub).toBe(String(teacher.id));
    const before = await snapshot();
    await expectRefused(await flow.finishOidcSignIn(started, callback), before);
  });

  for (const mode of ["audience", "expired", "otherKey", "nonce"] as const) {
    it(`an ID token ${{ audience: "for another audience", expired: "that has expired", otherKey: "signed by another key", nonce: "with another nonce" }[mode]}`, async () => {
      const { sub } = await linkedTeacher();
      const { started, callback } = await signInAs(sub);
      provider.tamper(mode);
      const before = await snapshot();
      await expectRefused(await flow.finishOidcSignIn(started, callback), before);
    });
  }

  it("the control: the same flow, untouched, signs in", async () => {
    const { teacher, sub } = await linkedTeacher();
    const { started, callback } = await signInAs(sub);
    expect((await flow.finishOidcSignIn(started, callback)).token?.sub).toBe(String(teacher.id));
  });
});

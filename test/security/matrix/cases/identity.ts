// Sign-in through the region's provider and codes. The school's administrator prints invitation
// and parent codes, unlinks identities and records the matching claim, in their own school; the
// regional administrator switches password sign-in for the region. Linking an identity is for
// "nobody" carrying an identity the provider vouched for; signing up as a parent is for anyone
// holding a parent code; adding a child for anyone signed in holding one; a child's one-time code
// for the child's own parent only.
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import type { AccessCodeKind } from "@/lib/generated/prisma/enums";
import { issueCode } from "@/lib/identity/access-codes";
import {
  issueInvitationCodeAction,
  issueParentCodeAction,
  setMatchClaimAction,
  setRegionStaffPasswordSignInAction,
  setStaffPasswordSignInAction,
  unlinkIdentityAction,
} from "@/lib/identity/admin-actions";
import { addChildAction, issueChildSignInCodeAction, linkIdentityAction, signUpParentAction } from "@/lib/identity/family-actions";
import { pendingToken } from "@/lib/identity/pending";
import { createPerson } from "@/test/support/factories";
import { actionCases } from "../define";
import { ACTORS, type TActor, type TScope, type TTarget } from "../world";

const SCHOOL_WIDE = ["own", "otherSchool"] as const;
const ADMIN = { admin: ["own"] } as const;
const everyone = (actors: readonly TActor[]) => Object.fromEntries(actors.map((a) => [a, SCHOOL_WIDE])) as Partial<Record<TActor, readonly TScope[]>>;

async function codeFor(t: TTarget, kind: AccessCodeKind, role: "STUDENT" | "TEACHER") {
  const person = await createPerson(db, t.schoolId, [role], role === "STUDENT" ? "Ученик" : "Учитель");
  const issued = await db.$transaction((tx) => issueCode(tx, { schoolId: t.schoolId, userId: person.id, kind, createdById: t.actors.admin.id }));
  return { person, code: issued.code };
}

actionCases(linkIdentityAction, {
  scopes: SCHOOL_WIDE,
  allowed: { anonymous: SCHOOL_WIDE },
  anonymousCookies: async ({ n }) => ({
    "next-auth.session-token": await encode({
      token: pendingToken({ iss: "https://id.example.org", sub: `matrix-${n}`, familyName: null, givenName: null }),
      secret: process.env.NEXTAUTH_SECRET as string,
    }),
  }),
  input: async (t) => ({ code: (await codeFor(t, "INVITATION", "TEACHER")).code }),
  verify: async (_r, _t, { n }) => {
    const identity = await db.externalIdentity.findUnique({ where: { issuer_subject: { issuer: "https://id.example.org", subject: `matrix-${n}` } } });
    if (!identity) throw new Error("the identity was not linked");
  },
});

actionCases(signUpParentAction, {
  scopes: SCHOOL_WIDE,
  allowed: everyone(ACTORS),
  input: async (t, { n }) => ({
    code: (await codeFor(t, "PARENT", "STUDENT")).code,
    lastName: "Родителев",
    firstName: "Ринат",
    login: `matrix-parent-${n}`,
    password: "Семья-Казань-2026",
    repeatPassword: "Семья-Казань-2026",
  }),
});

actionCases(addChildAction, {
  scopes: SCHOOL_WIDE,
  allowed: everyone(ACTORS.filter((a) => a !== "anonymous")),
  input: async (t) => ({ code: (await codeFor(t, "PARENT", "STUDENT")).code }),
});

actionCases(issueChildSignInCodeAction, {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: { parent: ["own"] },
  input: (t) => ({ studentId: t.pupil.id }),
});

actionCases(issueInvitationCodeAction, {
  scopes: SCHOOL_WIDE,
  allowed: ADMIN,
  input: async (t) => ({ userId: (await createPerson(db, t.schoolId, ["TEACHER"], "Учитель")).id }),
});

actionCases(issueParentCodeAction, {
  scopes: SCHOOL_WIDE,
  allowed: ADMIN,
  input: async (t) => ({ studentId: (await createPerson(db, t.schoolId, ["STUDENT"], "Ученик")).id }),
});

actionCases(unlinkIdentityAction, {
  scopes: SCHOOL_WIDE,
  allowed: ADMIN,
  input: async (t, { n }) => {
    const person = await createPerson(db, t.schoolId, ["TEACHER"], "Учитель");
    const identity = await db.externalIdentity.create({
      data: { userId: person.id, issuer: "https://id.example.org", subject: `unlink-${n}`, method: "INVITATION" },
      select: { id: true },
    });
    return { identityId: identity.id };
  },
});

actionCases(setMatchClaimAction, {
  scopes: SCHOOL_WIDE,
  allowed: ADMIN,
  input: async (t) => ({ userId: (await createPerson(db, t.schoolId, ["TEACHER"], "Учитель")).id, value: "123-456-789 01" }),
});

actionCases(setStaffPasswordSignInAction, {
  scopes: ["own"],
  allowed: ADMIN,
  input: () => ({ isOn: true }),
});

actionCases(setRegionStaffPasswordSignInAction, {
  scopes: ["own"],
  allowed: { region: ["own"] },
  input: () => ({ isOn: true }),
});

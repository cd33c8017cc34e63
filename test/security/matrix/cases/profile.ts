// The reader's language: no resource, anyone (signed in or not) may set their own. The role one
// wears: any signed-in person, one of their own roles (a role they do not hold is refused in
// lib/profile/role-choice.integration.test.ts).

import { expect } from "vitest";
import { db } from "@/lib/db";
import { chooseRoleAction, setLanguageAction } from "@/lib/profile/actions";
import { actionCases } from "../define";

actionCases(setLanguageAction, {
  scopes: ["own"],
  allowed: { admin: ["own"], teacher: ["own"], homeroom: ["own"], student: ["own"], parent: ["own"], region: ["own"], anonymous: ["own"] },
  input: () => ({ language: "tt" }),
  verify: async (result) => {
    expect(result.data).toEqual({ language: "tt" });
    expect(await db.user.count({ where: { locale: "tt" } })).toBeGreaterThan(0);
  },
});

actionCases(chooseRoleAction, {
  scopes: ["own"],
  allowed: { admin: ["own"], teacher: ["own"], homeroom: ["own"], student: ["own"], parent: ["own"], region: ["own"] },
  input: async (_target, { caller }) => {
    if (!caller) return { role: "TEACHER" };
    return { role: (await db.userRole.findFirstOrThrow({ where: { userId: caller.id }, select: { role: true } })).role };
  },
  verify: async (result, _target, { caller }) => {
    const role = (await db.userRole.findFirstOrThrow({ where: { userId: caller?.id }, select: { role: true } })).role;
    expect(result.data).toMatchObject({ role });
  },
});

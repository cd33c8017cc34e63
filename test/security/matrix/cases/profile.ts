// The reader's language: no resource, anyone (signed in or not) may set their own.

import { expect } from "vitest";
import { db } from "@/lib/db";
import { setLanguageAction } from "@/lib/profile/actions";
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

// Random and hostile payloads (wrong types, huge strings, unicode edge cases,
// SQL and HTML fragments, ids of another school, forged extra fields) thrown at every server
// action the registry finds, as the person the action is meant for, so the payload meets the
// action's own checks and not just "unauthenticated". Each answer must be clear (a translated
// error or a success), none may crash, a refused payload may write nothing at all, and no payload
// may write into the other school.

import { readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changedTables, closeSnapshots, snapshot } from "./db-snapshot";
import { answerProblems } from "./fuzz/check";
import { hostilePayload, mutatedInput } from "./fuzz/hostile";
import type { TActionResult, TActionVariant, TAnyAction } from "./matrix/define";
import { declared } from "./matrix/define";
import { actingAs } from "./matrix/runner";
import { ACTORS, createMatrixWorld, type TActor, type TScope, type TWorld } from "./matrix/world";
import { loadServerActions } from "./registry";

const RUNS_PER_ACTION = Number(process.env.BAD_INPUT_RUNS ?? 40);
const CASES_DIR = join(import.meta.dirname, "matrix/cases");
for (const file of readdirSync(CASES_DIR).filter((f) => f.endsWith(".ts"))) await import(/* @vite-ignore */ join(CASES_DIR, file));
const actions = await loadServerActions();

let world: TWorld;
let payloads = 0;
let counter = 100_000;

beforeAll(async () => {
  world = await createMatrixWorld();
}, 120_000);

afterAll(async () => {
  await closeSnapshots();
  console.log(`[bad-input] ${payloads} payloads against ${actions.length} actions`);
});

/** The person the action is meant for, on their own resource (or wherever they are allowed). */
function intendedCaller(variant: TActionVariant): { actor: TActor; scope: TScope } | null {
  for (const actor of ACTORS) if (variant.allowed[actor]?.includes("own")) return { actor, scope: "own" };
  for (const actor of ACTORS) {
    const scope = variant.allowed[actor]?.[0];
    if (scope) return { actor, scope };
  }
  return null;
}

async function attack(action: TAnyAction, actor: TActor, payload: unknown) {
  payloads += 1;
  const act = await actingAs(actor, world.own);
  const before = await snapshot();
  const otherBefore = await snapshot({ schoolId: world.otherSchool.schoolId });
  let result: TActionResult | undefined;
  try {
    result = await act(() => action(payload));
  } catch (error) {
    throw new Error(`threw instead of answering: ${(error as Error).message}\npayload: ${fc.stringify(payload).slice(0, 400)}`);
  }
  const problems = answerProblems(result);
  expect(problems, `payload: ${fc.stringify(payload).slice(0, 400)}`).toEqual([]);
  const refused = result?.serverError !== undefined || result?.validationErrors !== undefined;
  if (refused) expect(changedTables(before, await snapshot()), `a refused payload wrote: ${fc.stringify(payload).slice(0, 400)}`).toEqual([]);
  expect(changedTables(otherBefore, await snapshot({ schoolId: world.otherSchool.schoolId })), "a payload wrote into another school").toEqual([]);
}

describe("hostile payloads", () => {
  it("exist for every server action (the cases say who each action is for)", () => {
    expect(actions.filter((a) => !declared.actions.get(a.fn)?.some((v) => intendedCaller(v))).map((a) => a.id)).toEqual([]);
  });

  for (const action of actions) {
    const variant = declared.actions.get(action.fn)?.find((v) => intendedCaller(v));
    if (!variant) continue;
    const caller = intendedCaller(variant) as { actor: TActor; scope: TScope };
    it(`${action.id}: ${RUNS_PER_ACTION} payloads as ${caller.actor}, each answered clearly, none crashing or half-written`, async () => {
      const template = await variant.input(world[caller.scope], {
        world,
        n: ++counter,
        caller: caller.actor === "anonymous" ? null : world.own.actors[caller.actor],
      });
      const base = template && typeof template === "object" ? (template as Record<string, unknown>) : {};
      const payload = fc.oneof({ weight: 3, arbitrary: mutatedInput(base, world) }, { weight: 1, arbitrary: hostilePayload(world) });
      await fc.assert(
        fc.asyncProperty(payload, (p) => attack(action.fn, caller.actor, p)),
        { numRuns: RUNS_PER_ACTION, endOnFailure: true },
      );
    }, 300_000);
  }
});

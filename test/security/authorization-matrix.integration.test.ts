// Every server action and every route handler × every role (administrator,
// teacher, homeroom teacher, student, parent, regional administrator, nobody) × a resource of the
// caller's own class, another class of the school, another school. Allowed cells must succeed;
// refused ones must answer with a refusal, change no row and name nobody (runner.ts). The actions
// come from scanning the code (registry.ts), so a new action without cases fails the first block.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeSnapshots } from "./db-snapshot";
import { declared } from "./matrix/define";
import { cellsOf, runActionCell, runRouteCell } from "./matrix/runner";
import { ACTORS, createMatrixWorld, type TWorld } from "./matrix/world";
import { actionModuleFiles, inlineServerActions, loadServerActions, routeHandlers } from "./registry";

const CASES_DIR = join(import.meta.dirname, "matrix/cases");
for (const file of readdirSync(CASES_DIR).filter((f) => f.endsWith(".ts"))) await import(/* @vite-ignore */ join(CASES_DIR, file));

const actions = await loadServerActions();
const routes = routeHandlers();
let world: TWorld;
let cells = 0;

beforeAll(async () => {
  world = await createMatrixWorld();
}, 120_000);

afterAll(async () => {
  await closeSnapshots();
  console.log(`[matrix] ${actions.length} actions, ${routes.length} route handlers, ${cells} cells run`);
});

describe("the matrix covers the code", () => {
  it("finds the server actions by scanning the code", () => {
    expect(actionModuleFiles()).toContain("lib/profile/actions.ts");
    expect(actions.map((a) => a.id)).toContain("lib/profile/actions.ts#setLanguageAction");
  });

  it("has cases for every server action", () => {
    const missing = actions.filter((a) => !declared.actions.has(a.fn)).map((a) => a.id);
    expect(missing, "actions without cases: add them in test/security/matrix/cases/").toEqual([]);
  });

  it("has no cases for an action that no longer exists", () => {
    const known = new Set(actions.map((a) => a.fn));
    expect([...declared.actions.keys()].filter((fn) => !known.has(fn)).length).toBe(0);
  });

  it("has cases for every route handler, or a reason it is exempt", () => {
    const missing = routes.filter((r) => !declared.routes.has(r.id) && !declared.exemptRoutes.has(r.id)).map((r) => r.id);
    expect(missing, "route handlers without cases").toEqual([]);
    const known = new Set(routes.map((r) => r.id));
    expect([...declared.routes.keys(), ...declared.exemptRoutes.keys()].filter((id) => !known.has(id))).toEqual([]);
  });

  it("finds no server action defined inside a function, out of the registry's reach", () => {
    expect(inlineServerActions()).toEqual([]);
  });

  it("cannot pass by refusing everything: every variant has cells that must succeed", () => {
    const vacuous = [...declared.actions.values(), ...declared.routes.values()].flat().filter((v) => Object.values(v.allowed).every((s) => !s?.length));
    expect(vacuous.map((v) => v.name ?? "(unnamed)")).toEqual([]);
  });
});

for (const action of actions) {
  const variants = declared.actions.get(action.fn);
  if (!variants) continue;
  describe(action.id, () => {
    for (const variant of variants) {
      for (const cell of cellsOf(variant, ACTORS)) {
        const label = `${variant.name ? `${variant.name}: ` : ""}${cell.actor} × ${cell.scope} → ${cell.isAllowed ? "allowed" : "refused"}`;
        it(label, async () => {
          cells += 1;
          await runActionCell(action.fn, variant, cell, world);
        });
      }
    }
  });
}

for (const route of routes) {
  const variants = declared.routes.get(route.id);
  if (!variants) continue;
  describe(route.id, () => {
    for (const variant of variants) {
      for (const cell of cellsOf(variant, ACTORS)) {
        it(`${variant.name ? `${variant.name}: ` : ""}${cell.actor} × ${cell.scope} → ${cell.isAllowed ? "allowed" : "refused"}`, async () => {
          cells += 1;
          await runRouteCell(route, variant, cell, world);
        });
      }
    }
  });
}

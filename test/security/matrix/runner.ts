// Runs one cell of the matrix: a caller (a role of the first class of the first school, or nobody)
// calls an action or route on a resource in one position (own class, other class, other school).
// An allowed cell must succeed. A refused cell must answer with a refusal, change no row of any
// table, revalidate nothing and name nobody; and where the same role may act on its own resources,
// the resource's own person of that role then makes the very same call and succeeds, so a refusal
// can never pass just because the input was wrong.
import { join, resolve } from "node:path";
import { NextRequest } from "next/server";
import { expect } from "vitest";
import { db } from "@/lib/db";
import { revalidated } from "@/test/support/next-cache";
import { asAnonymous, signedIn } from "@/test/support/session";
import { changedTables, snapshot } from "../db-snapshot";
import type { TActionResult, TActionVariant, TAnyAction, TCaseContext, TRouteVariant } from "./define";
import type { TActor, TPerson, TScope, TTarget, TWorld } from "./world";

const ROOT = resolve(import.meta.dirname, "../../..");
const REFUSAL_CODES = ["unauthenticated", "forbidden", "not_found"];
let counter = 0;

export type TCell = { actor: TActor; scope: TScope; isAllowed: boolean };

/** Every cell of a variant, refused ones first (their inputs never depend on an allowed write). */
export function cellsOf(variant: Pick<TActionVariant, "scopes" | "allowed">, actors: readonly TActor[]): TCell[] {
  const cells = actors.flatMap((actor) => variant.scopes.map((scope) => ({ actor, scope, isAllowed: Boolean(variant.allowed[actor]?.includes(scope)) })));
  return [...cells.filter((c) => !c.isAllowed), ...cells.filter((c) => c.isAllowed)];
}

async function fresh(person: TPerson) {
  // An action under test may have ended sessions (password change); act with the current version.
  const row = await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { sessionVersion: true } });
  return { id: person.id, sessionVersion: row.sessionVersion };
}

export async function as<T>(actor: TActor, target: TTarget, fn: () => Promise<T>, anonymousCookies?: Record<string, string>): Promise<T> {
  return (await actingAs(actor, target, anonymousCookies))(fn);
}

/** Signs the actor in first (a session row), so a fingerprint taken afterwards sees only the action's writes. */
export async function actingAs(actor: TActor, target: TTarget, anonymousCookies?: Record<string, string>): Promise<<T>(fn: () => Promise<T>) => Promise<T>> {
  if (actor === "anonymous") return (fn) => asAnonymous(fn, { cookies: anonymousCookies });
  return signedIn(await fresh(target.actors[actor]));
}

function context(world: TWorld, actor: TActor): TCaseContext {
  counter += 1;
  return { world, n: counter, caller: actor === "anonymous" ? null : world.own.actors[actor] };
}

/** No name or login of anyone in the world may show in what a refused caller gets back. */
function assertRevealsNothing(text: string, world: TWorld) {
  const people = new Map<number, TPerson>();
  for (const t of Object.values(world)) for (const p of t.people) people.set(p.id, p);
  for (const p of people.values()) {
    expect(text, `the refusal names ${p.login}`).not.toContain(p.login);
    expect(text, `the refusal names ${p.firstName}`).not.toContain(p.firstName);
  }
}

function assertRefusal(result: TActionResult | undefined, actor: TActor) {
  expect(result, "a safe-action result").toBeTypeOf("object");
  expect(result?.data, "a refused call returns no data").toBeUndefined();
  if (actor === "anonymous") expect(result?.serverError?.code).toBe("unauthenticated");
  else if (result?.validationErrors === undefined) expect(REFUSAL_CODES).toContain(result?.serverError?.code);
}

function assertSuccess(result: TActionResult | undefined, label: string) {
  expect(result?.serverError, `${label}: server error`).toBeUndefined();
  expect(result?.validationErrors, `${label}: validation errors`).toBeUndefined();
}

/** Whether the role that was refused here may act on its own resources: then the owner's call is the control. */
function controlActor(variant: Pick<TActionVariant, "allowed">, cell: TCell): boolean {
  return cell.actor !== "anonymous" && cell.scope !== "own" && Boolean(variant.allowed[cell.actor]?.includes("own"));
}

export async function runActionCell(action: TAnyAction, variant: TActionVariant, cell: TCell, world: TWorld) {
  const target = world[cell.scope];
  const ctx = context(world, cell.actor);
  const input = await variant.input(target, ctx);
  const cookies = cell.actor === "anonymous" ? await variant.anonymousCookies?.(ctx) : undefined;
  const act = await actingAs(cell.actor, world.own, cookies);
  const before = await snapshot();
  const revalidations = revalidated.length;
  const result = await act(() => action(input));
  if (cell.isAllowed) {
    assertSuccess(result, `${cell.actor} on ${cell.scope}`);
    await variant.verify?.(result as TActionResult, target, ctx);
    return;
  }
  assertRefusal(result, cell.actor);
  expect(changedTables(before, await snapshot()), "tables changed by a refused call").toEqual([]);
  expect(revalidated.slice(revalidations), "pages revalidated by a refused call").toEqual([]);
  assertRevealsNothing(JSON.stringify(result ?? null), world);
  if (controlActor(variant, cell)) {
    const control = await as(cell.actor, target, () => action(input));
    assertSuccess(control, `control: the ${cell.actor} of the ${cell.scope} target with the same input`);
  }
}

function routeUrl(route: string, params: Record<string, string>, search: Record<string, string> = {}) {
  const path = route.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
  const url = new URL(`http://localhost${path}`);
  for (const [k, v] of Object.entries(search)) url.searchParams.set(k, v);
  return url;
}

type THandler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export async function callRoute(
  file: string,
  method: string,
  route: string,
  req: { params: Record<string, string>; search?: Record<string, string>; body?: unknown },
) {
  const mod = (await import(/* @vite-ignore */ join(ROOT, file))) as Record<string, THandler>;
  const init = req.body === undefined ? { method } : { method, body: JSON.stringify(req.body), headers: { "content-type": "application/json" } };
  return mod[method](new NextRequest(routeUrl(route, req.params, req.search), init), { params: Promise.resolve(req.params) });
}

export async function runRouteCell(ref: { file: string; method: string; route: string }, variant: TRouteVariant, cell: TCell, world: TWorld) {
  const target = world[cell.scope];
  const ctx = context(world, cell.actor);
  const req = await variant.request(target, ctx);
  const act = await actingAs(cell.actor, world.own);
  const before = await snapshot();
  const response = await act(() => callRoute(ref.file, ref.method, ref.route, req));
  if (cell.isAllowed) {
    expect(response.status, `${cell.actor} on ${cell.scope}`).toBe(200);
    await variant.verify?.(response, target, ctx);
    return;
  }
  expect([401, 403, 404], `status of a refused ${ref.method} ${ref.route}`).toContain(response.status);
  expect(changedTables(before, await snapshot())).toEqual([]);
  assertRevealsNothing(await response.text(), world);
  if (controlActor(variant, cell)) {
    const control = await as(cell.actor, target, () => callRoute(ref.file, ref.method, ref.route, req));
    expect(control.status, `control: the ${cell.actor} of the ${cell.scope} target`).toBe(200);
  }
}

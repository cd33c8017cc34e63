// How a server action or a route declares its row of the authorization matrix. Each file in
// ./cases/ calls actionCases() / routeCases() for the actions of one domain; the matrix test loads
// them all and fails for any action or route in the code that has no cases.
import type { TActor, TPerson, TScope, TTarget, TWorld } from "./world";

export type TActionResult = { data?: unknown; serverError?: { code: string; params?: unknown; requestId?: string }; validationErrors?: unknown };
// Server actions take one input; the registry types them loosely because it finds them by scanning.
// biome-ignore lint/suspicious/noExplicitAny: any action, whatever its input type
export type TAnyAction = (input: any) => Promise<TActionResult | undefined>;

export type TCaseContext = {
  world: TWorld;
  /** Unique per call, for names that must not collide. */
  n: number;
  /** Who makes the call (null for nobody), for actions on one's own account. */
  caller: TPerson | null;
};

export type TActionVariant = {
  /** What this variant does, when an action has several ("create", "update"). */
  name?: string;
  /** Where the resource named in the input may sit relative to the caller. */
  scopes: readonly TScope[];
  /** The cells that succeed; every other cell must be refused and change nothing. */
  allowed: Partial<Record<TActor, readonly TScope[]>>;
  /** A valid input aimed at the target (may create the rows it names). */
  input: (target: TTarget, ctx: TCaseContext) => unknown | Promise<unknown>;
  /** After an allowed call: the change a user would look for happened. */
  verify?: (result: TActionResult, target: TTarget, ctx: TCaseContext) => Promise<void>;
  /** The cookies "nobody" carries, when it matters (an identity the provider vouched for, linked to no one). */
  anonymousCookies?: (ctx: TCaseContext) => Promise<Record<string, string>>;
};

export type TRouteRequest = { params: Record<string, string>; search?: Record<string, string>; body?: unknown };

export type TRouteVariant = {
  name?: string;
  scopes: readonly TScope[];
  allowed: Partial<Record<TActor, readonly TScope[]>>;
  request: (target: TTarget, ctx: TCaseContext) => TRouteRequest | Promise<TRouteRequest>;
  verify?: (response: Response, target: TTarget, ctx: TCaseContext) => Promise<void>;
};

const actionRegistry = new Map<TAnyAction, TActionVariant[]>();
const routeRegistry = new Map<string, TRouteVariant[]>();
const exemptRoutes = new Map<string, string>();

export function actionCases(action: TAnyAction, ...variants: TActionVariant[]) {
  if (actionRegistry.has(action)) throw new Error("actionCases() called twice for one action");
  actionRegistry.set(action, variants);
}

/** `id` is "METHOD /route/[param]" as the registry names it, e.g. "GET /api/export/child/[studentId]". */
export function routeCases(id: string, ...variants: TRouteVariant[]) {
  routeRegistry.set(id, variants);
}

/** A route whose access is not Belem's to decide (next-auth's own endpoints), with the reason. */
export function exemptRoute(id: string, reason: string) {
  exemptRoutes.set(id, reason);
}

export const declared = { actions: actionRegistry, routes: routeRegistry, exemptRoutes };

/** Shorthand for allowed lists. */
export const ALL_SCOPES = ["own", "otherClass", "otherSchool"] as const satisfies readonly TScope[];
export const SCHOOL_SCOPES = ["own", "otherClass"] as const satisfies readonly TScope[];

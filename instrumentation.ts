// Every error Next catches on the server (a page, a route handler, an action) is logged once with
// the id the person sees: for a page, Next's `digest` is what app/error.tsx shows as the request id.
import type { Instrumentation } from "next";

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("@/lib/log");
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;
  // The path without its query: a query may carry a name typed into a search box.
  log.error("request failed", {
    requestId: digest,
    method: request.method,
    path: request.path.split("?")[0],
    route: context.routePath,
    kind: context.routeType,
    error: error instanceof Error ? error : new Error(String(error)),
  });
};

// Next's start-up hook: the notification worker runs in the app process (Node runtime only), so a
// single `npm start` delivers notifications. BELEM_WORKER=off leaves it to `npm run worker`.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.BELEM_WORKER === "off") return;
  const { startWorker } = await import("./lib/notifications/worker");
  startWorker();
}

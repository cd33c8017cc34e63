// What the pages and the service worker (lib/offline/service-worker.ts) say to each other.

/** The worker's script: built by `serwist build` after `next build` (serwist.config.js) into the
 * standalone output's public/, a static file; scope "/". The URL the push-only worker had, so a
 * browser that registered that one gets this one in its place, its push subscription kept. */
export const SERVICE_WORKER_URL = "/sw.js";
export const DIARY_CACHE_PREFIX = "belem-diary-";

export type TWorkerMessage = { type: "person"; id: string } | { type: "signed-out" };

/** A diary week (/diary/<pupil id>, any ?week=): the only pages kept for offline reading. */
export function isDiaryWeekPath(pathname: string): boolean {
  return /^\/diary\/\d+\/?$/.test(pathname);
}

// What the pages and the service worker (lib/offline/service-worker.ts) say to each other.

/** The worker's script, built by Serwist and served by app/serwist/[path]/route.ts; scope "/". */
export const SERVICE_WORKER_URL = "/serwist/sw.js";
export const DIARY_CACHE_PREFIX = "belem-diary-";

export type TWorkerMessage = { type: "person"; id: string } | { type: "signed-out" };

/** A diary week (/diary/<pupil id>, any ?week=): the only pages kept for offline reading. */
export function isDiaryWeekPath(pathname: string): boolean {
  return /^\/diary\/\d+\/?$/.test(pathname);
}

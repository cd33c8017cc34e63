// The ETag of a pupil's diary week or marks page, made by proxy.ts before the page renders, and
// the answer to a repeated request whose If-None-Match still names it: 304 with no body, no render.
//
// The tag covers everything the page depends on: the process's versions of the reader, of each
// pupil their diary pages were rendered from and of those pupils' and the reader's schools
// (lib/cache/page-versions.ts); the session (its id and version, not the re-issued cookie); every
// other cookie (the language, the role worn, …) and Accept-Language; the URL; the school's date and
// UTC's (the week's "today", what counts as new, what the database's current_date is). The build
// is in it through the process's epoch (a new build is a new process).
//
// Only the HTML page: RSC requests (client-side navigation, prefetches) and server actions get no
// ETag and are rendered as before; the router keeps their answers in memory, not in the HTTP cache.
import type { NextRequest } from "next/server";
import { SESSION_ABSOLUTE_SECONDS } from "../auth/session-lifetime";
import { decodeCached } from "../auth/token-cache";
import { schoolToday } from "../i18n/dates";
import { pageVersionTag } from "./page-versions";

/** A page with an ETag is kept by the browser (never by a shared cache) and asked again each time. */
export const TAGGED_PAGE_CACHE_CONTROL = "private, no-cache";

const DIARY_PAGE = /^\/diary\/([1-9]\d{0,9})(?:\/marks)?\/?$/;
const RSC_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action"];

/** The ETag for this request, or null when the request gets none (not a diary page's HTML, no valid session, versions not live). */
export async function diaryPageTag(request: NextRequest, sessionCookieName: string, secret: string | undefined): Promise<string | null> {
  if (request.method !== "GET" || !secret) return null;
  const path = DIARY_PAGE.exec(request.nextUrl.pathname);
  if (!path) return null;
  if (RSC_HEADERS.some((h) => request.headers.has(h)) || request.nextUrl.searchParams.has("_rsc")) return null;
  const raw = request.cookies.get(sessionCookieName)?.value;
  if (!raw) return null;
  const token = await decodeCached({ token: raw, secret }).catch(() => null);
  const readerId = Number(token?.sub);
  const loginAt = Number(token?.loginAt ?? 0);
  if (!token || !Number.isSafeInteger(readerId) || typeof token.sid !== "string") return null;
  const now = new Date();
  if (!loginAt || now.getTime() / 1000 - loginAt > SESSION_ABSOLUTE_SECONDS) return null;
  const cookies = request.cookies
    .getAll()
    .filter((c) => c.name !== sessionCookieName)
    .map((c) => `${c.name}=${c.value}`)
    .sort();
  const parts = [
    "html",
    request.nextUrl.pathname,
    request.nextUrl.search,
    `sid=${token.sid}`,
    `sv=${String(token.sv)}`,
    ...cookies,
    `accept-language=${request.headers.get("accept-language") ?? ""}`,
    schoolToday(now),
    now.toISOString().slice(0, 10),
  ];
  return pageVersionTag(readerId, Number(path[1]), parts, now.getTime());
}

/** Whether If-None-Match names this tag (weak comparison, as for a GET). */
export function isNotModified(request: NextRequest, tag: string): boolean {
  const header = request.headers.get("if-none-match");
  if (!header) return false;
  const opaque = (t: string) => t.trim().replace(/^W\//, "");
  return header.split(",").some((t) => opaque(t) === opaque(tag));
}

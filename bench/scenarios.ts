// The requests of each measured path, spread over many signed-in people: request i is made by
// person i mod n, for their own page, so no two consecutive requests share a session or a page.
import type { TRequestSpec, TScenario } from "./load";
import { actionHeaders, encodeArgs, parseActionResult } from "./server-action";
import { isSignedIn, loginBody, type TCsrf, type TSession } from "./sessions";
import type { TTargets } from "./targets";

/** The id of a saved mark: int8, a decimal string as the save action answers it. */
export type TSaved = { markId: string; revalidated: boolean };
export type TScenarioContext = {
  origin: string;
  targets: TTargets;
  sessions: Map<string, TSession>;
  csrf: TCsrf;
  password: string;
  marksPath: string | null;
  hasJournal: boolean;
  hasSchoolSummary: boolean;
  saveActionId: string | null;
  /** The burst save (several cells in one call), when the build has it. */
  burstActionId?: string | null;
  /** Every save the app acknowledged, checked against the database afterwards. */
  saved: TSaved[];
};

/** Cells in one burst of the burst-save path: a column of a class typed in a few seconds. */
export const BURST_CELLS = 8;

const isPage = (status: number, body: string) => status === 200 && body.includes("</html>");
const cookieOf = (c: TScenarioContext, login: string) => {
  const s = c.sessions.get(login);
  if (!s) throw new Error(`no session for ${login}`);
  return s.cookie;
};

export function buildScenarios(c: TScenarioContext): Record<string, TScenario | null> {
  const { readers, weeks, journals, term, journalTerm, schoolAdmins, logins } = c.targets;
  const page = (path: string, login: string): TRequestSpec => ({ method: "GET", path, headers: { cookie: cookieOf(c, login) }, check: isPage });
  let saveSeq = 0;
  // The last ETag each reader got for their week, sent back as a browser does.
  const tags = new Map<string, string>();
  // One administrator per school: every request is theirs, the summary of the quarter under way.
  const summaryOf = (which: "largest" | "typical"): TScenario | null => {
    const admin = schoolAdmins.find((a) => a.which === which);
    if (!admin || !c.hasSchoolSummary) return null;
    const name = which === "largest" ? "schoolSummaryLargest" : "schoolSummaryTypical";
    return { name, next: () => page(`/reports/school?term=${term}`, admin.login) };
  };
  return {
    ping: { name: "ping", next: () => ({ method: "GET", path: "/api/bench/ping", headers: {}, check: (s) => s === 200 }) },
    diaryWeek: {
      name: "diaryWeek",
      next: (i) => {
        const r = readers[i % readers.length];
        return page(`/diary/${r.studentId}?week=${weeks[Math.floor(i / readers.length) % weeks.length]}`, r.login);
      },
    },
    diaryWeekRepeated: {
      name: "diaryWeekRepeated",
      // Each reader's same week again and again: a 304 with no body while nothing on it changed (a
      // process answers only its own tags: behind a balancer without sticky sessions most are pages).
      next: (i) => {
        const r = readers[i % readers.length];
        const path = `/diary/${r.studentId}?week=${weeks[0]}`;
        const key = `${r.login} ${path}`;
        const tag = tags.get(key);
        return {
          method: "GET",
          path,
          headers: { cookie: cookieOf(c, r.login), ...(tag ? { "if-none-match": tag } : {}) },
          check: (status, body, headers) => {
            if (typeof headers.etag === "string") tags.set(key, headers.etag);
            return status === 304 ? body === "" : isPage(status, body);
          },
        };
      },
    },
    marksBySubject: c.marksPath
      ? {
          name: "marksBySubject",
          next: (i) => {
            const r = readers[i % readers.length];
            return page(`/diary/${r.studentId}/${c.marksPath}?term=${term}`, r.login);
          },
        }
      : null,
    journal:
      c.hasJournal && journals.length > 0
        ? {
            name: "journal",
            next: (i) => {
              const j = journals[i % journals.length];
              return page(`/journal/${j.assignmentId}?term=${journalTerm}`, j.login);
            },
          }
        : null,
    saveMark:
      c.saveActionId && journals.length > 0
        ? {
            name: "saveMark",
            next: (i) => {
              const j = journals[i % journals.length];
              const n = saveSeq++;
              const input = {
                assignmentId: j.assignmentId,
                lessonId: j.lessonIds[n % j.lessonIds.length],
                studentId: j.studentIds[(n * 7) % j.studentIds.length],
                upsert: [{ key: `bench-${n}`, value: 2 + (n % 4), workKindId: j.workKindId, isPending: false, comment: null }],
                remove: [],
              };
              return {
                method: "POST",
                path: `/journal/${j.assignmentId}`,
                headers: actionHeaders(c.saveActionId as string, cookieOf(c, j.login), c.origin),
                body: encodeArgs([input]),
                check: (status, body, headers) => {
                  const result = parseActionResult(body) as { data?: { createdIds?: Record<string, string> } } | null;
                  const id = result?.data?.createdIds?.[`bench-${n}`];
                  if (status !== 200 || typeof id !== "string") return false;
                  c.saved.push({ markId: id, revalidated: Boolean(headers["x-action-revalidated"]) });
                  return true;
                },
              };
            },
          }
        : null,
    saveBurst:
      c.burstActionId && journals.length > 0
        ? {
            name: "saveBurst",
            // A teacher typing down a column: BURST_CELLS pupils' cells of one lesson in one call.
            next: (i) => {
              const j = journals[i % journals.length];
              const n = saveSeq++;
              const lessonId = j.lessonIds[n % j.lessonIds.length];
              const keys = Array.from({ length: BURST_CELLS }, (_, k) => `burst-${n}-${k}`);
              const cells = keys.map((key, k) => ({
                assignmentId: j.assignmentId,
                lessonId,
                studentId: j.studentIds[(n * BURST_CELLS + k) % j.studentIds.length],
                upsert: [{ key, value: 2 + ((n + k) % 4), workKindId: j.workKindId, isPending: false, comment: null }],
                remove: [],
              }));
              return {
                method: "POST",
                path: `/journal/${j.assignmentId}`,
                headers: actionHeaders(c.burstActionId as string, cookieOf(c, j.login), c.origin),
                body: encodeArgs([{ cells }]),
                check: (status, body, headers) => {
                  const result = parseActionResult(body) as { data?: { results?: { ok: boolean; cell?: { createdIds?: Record<string, string> } }[] } } | null;
                  const results = result?.data?.results;
                  if (status !== 200 || !results || results.length !== keys.length) return false;
                  const ids = results.map((r, k) => r.cell?.createdIds?.[keys[k]]);
                  if (ids.some((id) => typeof id !== "string")) return false;
                  for (const id of ids) c.saved.push({ markId: id as string, revalidated: Boolean(headers["x-action-revalidated"]) });
                  return true;
                },
              };
            },
          }
        : null,
    schoolSummaryLargest: summaryOf("largest"),
    schoolSummaryTypical: summaryOf("typical"),
    login: {
      name: "login",
      next: (i) => ({
        method: "POST",
        path: "/api/auth/callback/credentials",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: c.csrf.cookie, origin: c.origin },
        body: loginBody(c.csrf, logins[i % logins.length], c.password),
        check: (status, _body, headers) => isSignedIn(status, headers),
      }),
    },
  };
}

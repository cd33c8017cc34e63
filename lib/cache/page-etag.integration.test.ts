// The diary page's ETag as proxy.ts answers it, against a real database, the real action chain and
// the real change notifications: a repeated request gets 304 with no body; a mark saved through the
// journal's action, a message to the reader or a thread they read changes the tag; no other reader,
// session, child, language or kind of request ever matches it; without the change channel (cache
// off, listener down) and after an announcement shown has expired there is no tag at all.
// "Rendering" here is what the diary's layout does for the tag (rememberDiaryPage) and the
// announcements it reads; e2e/diary-etag.spec.ts asks the built server itself.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { announcementsFor } from "@/lib/announcements/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { listen, pupilCacheForTests } from "@/lib/cache/pupil-cache";
import { db } from "@/lib/db";
import { getReadablePupil, rememberDiaryPage } from "@/lib/diary/access";
import { getDiaryPupils } from "@/lib/diary/pupil-queries";
import { saveCellAction } from "@/lib/journal/actions";
import { markThreadReadAction, sendMessageAction } from "@/lib/messages/actions";
import { proxy } from "@/proxy";
import { createPerson, createTestSchool, type TTestSchool } from "@/test/support/factories";
import { requestStore } from "@/test/support/request-context";
import { asUser, sessionCookie } from "@/test/support/session";
import { cellInput } from "../../test/support/statements";
import { pageVersionsForTests } from "./page-versions";

const WEEK = "?week=2026-11-23";
const wasFlag = process.env.BELEM_PUPIL_CACHE;
let s: TTestSchool;
let parent2: Awaited<ReturnType<typeof createPerson>>;
/** One signed-in session per reader, kept for the whole file, as a browser keeps its cookie. */
const tokens = new Map<number, string>();

async function tokenOf(user: { id: number }) {
  if (!tokens.has(user.id)) tokens.set(user.id, await sessionCookie(user));
  return tokens.get(user.id) as string;
}

/** What the diary's layout and page do for the tag while rendering a pupil's page for this reader. */
async function render(reader: { id: number }, pupilId: number, cookies: Record<string, string> = {}) {
  const token = await tokenOf(reader);
  return requestStore.run({ cookies: new Map([["next-auth.session-token", token], ...Object.entries(cookies)]), headers: new Headers() }, async () => {
    const user = await getCurrentUser();
    const pupil = user && (await getReadablePupil(user, pupilId));
    if (!user || !pupil) return false;
    rememberDiaryPage(user, pupil, await getDiaryPupils(user));
    await announcementsFor(user);
    return true;
  });
}

async function get(
  reader: { id: number },
  path: string,
  opts: { tag?: string | null; cookies?: Record<string, string>; headers?: Record<string, string> } = {},
) {
  const cookie = [`next-auth.session-token=${await tokenOf(reader)}`, ...Object.entries(opts.cookies ?? {}).map(([k, v]) => `${k}=${v}`)].join("; ");
  const headers: Record<string, string> = { cookie, "accept-language": "ru-RU,ru;q=0.9", ...opts.headers };
  if (opts.tag) headers["if-none-match"] = opts.tag;
  return proxy(new NextRequest(`http://localhost:3000${path}`, { headers }));
}
const tagOf = async (...args: Parameters<typeof get>) => (await get(...args)).headers.get("etag");

/** The tag once the notification of a change committed elsewhere has arrived (it comes asynchronously). */
async function tagAfterChange(reader: { id: number }, path: string, before: string) {
  let tag = await tagOf(reader, path);
  for (let i = 0; i < 50 && tag === before; i++) {
    await new Promise((r) => setTimeout(r, 100));
    tag = await tagOf(reader, path);
  }
  return tag;
}

beforeAll(async () => {
  process.env.BELEM_PUPIL_CACHE = "1";
  await pupilCacheForTests.reset();
  pageVersionsForTests.forgetReaders();
  await listen();
  s = await createTestSchool(db, { pupils: 2 });
  // A second parent of the first pupil, and the first parent's second child.
  parent2 = await createPerson(db, s.schoolId, ["PARENT"], "Родитель");
  await db.parentLink.createMany({
    data: [
      { schoolId: s.schoolId, parentId: parent2.id, childId: s.pupils[0].id },
      { schoolId: s.schoolId, parentId: s.parent.id, childId: s.pupils[1].id },
    ],
  });
});

afterAll(async () => {
  await pupilCacheForTests.reset();
  if (wasFlag === undefined) delete process.env.BELEM_PUPIL_CACHE;
  else process.env.BELEM_PUPIL_CACHE = wasFlag;
});

describe("the diary page's ETag", () => {
  it("is sent once the page was rendered for the reader, and a repeated request gets 304 with an empty body", async () => {
    expect(pageVersionsForTests.isLive()).toBe(true);
    const page = `/diary/${s.pupils[0].id}${WEEK}`;
    // Never rendered for this reader in this process: no tag, Next's own headers.
    expect(await tagOf(s.parent, page)).toBeNull();
    expect(await render(s.parent, s.pupils[0].id)).toBe(true);
    const first = await get(s.parent, page);
    const tag = first.headers.get("etag");
    expect(tag).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    expect(first.headers.get("x-middleware-next")).toBe("1");
    const again = await get(s.parent, page, { tag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(tag);
    expect(again.headers.get("cache-control")).toBe("private, no-cache");
    // The page kept by the browser carries its own CSP nonce: a 304 must not replace that policy.
    expect(again.headers.get("content-security-policy")).toBeNull();
    expect(again.headers.get("x-content-type-options")).toBe("nosniff");
    // The marks page has a tag of its own.
    const marks = `/diary/${s.pupils[0].id}/marks`;
    const marksTag = await tagOf(s.parent, marks);
    expect(marksTag).toBeTruthy();
    expect(marksTag).not.toBe(tag);
    expect((await get(s.parent, marks, { tag: marksTag })).status).toBe(304);
  });

  it("changes when a mark is saved through the journal's action, and only for the readers of that pupil", async () => {
    const page = `/diary/${s.pupils[0].id}${WEEK}`;
    await render(parent2, s.pupils[0].id);
    const tag = await tagOf(s.parent, page);
    const tag2 = await tagOf(parent2, page);
    expect(tag).toBeTruthy();
    expect(tag2).toBeTruthy();
    const answer = s.workKinds.find((w) => w.code === "answer")?.id as number;
    const save = (studentId: number, key: string, value: number) =>
      asUser(s.teacher, () =>
        saveCellAction(cellInput(s, { studentId, lessonId: s.lessons[1].id, upsert: [{ key, value, workKindId: answer, isPending: false, comment: null }] })),
      );
    expect((await save(s.pupils[0].id, "e1", 5)).serverError).toBeUndefined();
    await pupilCacheForTests.settled(); // the save's notification has come back to this process
    const after = await get(s.parent, page, { tag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).toBeTruthy();
    expect(after.headers.get("etag")).not.toBe(tag);
    expect((await get(parent2, page, { tag: tag2 })).status).toBe(200);
    // A mark of the classmate: the second parent reads only the first pupil, whose page is unchanged;
    // the first parent is also the classmate's parent (the unread badge counts both children).
    const own2 = (await tagOf(parent2, page)) as string;
    const own1 = (await tagOf(s.parent, page)) as string;
    expect((await save(s.pupils[1].id, "e2", 4)).serverError).toBeUndefined();
    await pupilCacheForTests.settled();
    expect((await get(parent2, page, { tag: own2 })).status).toBe(304);
    expect((await get(s.parent, page, { tag: own1 })).status).toBe(200);
  });

  it("never lets another reader, session, child, language or kind of request match it", async () => {
    const page = `/diary/${s.pupils[0].id}${WEEK}`;
    await render(s.parent, s.pupils[0].id);
    const tag = (await tagOf(s.parent, page)) as string;
    expect(tag).toBeTruthy();
    expect((await get(s.parent, page, { tag })).status).toBe(304);

    // The child's other parent, who reads the same week.
    await render(parent2, s.pupils[0].id);
    const other = await get(parent2, page, { tag });
    expect(other.status).toBe(200);
    expect(other.headers.get("etag")).toBeTruthy();
    expect(other.headers.get("etag")).not.toBe(tag);
    // The pupil themselves.
    await render(s.pupils[0], s.pupils[0].id);
    const pupil = await get(s.pupils[0], page, { tag });
    expect(pupil.status).toBe(200);
    expect(pupil.headers.get("etag")).not.toBe(tag);
    // The classmate, who may not read this diary: the page never rendered for them, so never a tag.
    expect(await render(s.pupils[1], s.pupils[0].id)).toBe(false);
    expect((await get(s.pupils[1], page, { tag })).status).toBe(200);
    expect(await tagOf(s.pupils[1], page)).toBeNull();
    // The same parent's other child, same week.
    await render(s.parent, s.pupils[1].id);
    const sibling = `/diary/${s.pupils[1].id}${WEEK}`;
    expect((await get(s.parent, sibling, { tag })).status).toBe(200);
    expect(await tagOf(s.parent, sibling)).not.toBe(tag);
    // Another week, the marks page.
    expect((await get(s.parent, `/diary/${s.pupils[0].id}?week=2026-11-30`, { tag })).status).toBe(200);
    // Tatar instead of Russian (the cookie, or the browser's language), another role worn.
    const tt = await get(s.parent, page, { tag, cookies: { "belem-lang": "tt" } });
    expect(tt.status).toBe(200);
    expect(tt.headers.get("etag")).not.toBe(tag);
    expect((await get(s.parent, page, { tag, headers: { "accept-language": "tt" } })).status).toBe(200);
    expect((await get(s.parent, page, { tag, cookies: { "belem-role": `${s.parent.id}:STUDENT` } })).status).toBe(200);
    // Another session of the same parent (another browser).
    const otherSession = await sessionCookie(s.parent);
    const elsewhere = await proxy(
      new NextRequest(`http://localhost:3000${page}`, {
        headers: { cookie: `next-auth.session-token=${otherSession}`, "accept-language": "ru-RU,ru;q=0.9", "if-none-match": tag },
      }),
    );
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.headers.get("etag")).not.toBe(tag);
    // No session, or a forged one.
    expect((await proxy(new NextRequest(`http://localhost:3000${page}`, { headers: { "if-none-match": tag } }))).status).toBe(200);
    // Client-side navigation (an RSC request) is not the HTML page: no tag, no 304.
    const rsc = await get(s.parent, page, { tag, headers: { rsc: "1" } });
    expect(rsc.status).toBe(200);
    expect(rsc.headers.get("etag")).toBeNull();
    expect((await get(s.parent, `${page}&_rsc=abc`, { tag })).headers.get("etag")).toBeNull();
    // And the first parent still gets their 304.
    expect((await get(s.parent, page, { tag })).status).toBe(304);
  });

  it("changes when a message reaches the reader, and when they read it", async () => {
    const page = `/diary/${s.pupils[0].id}${WEEK}`;
    await render(s.parent, s.pupils[0].id);
    const before = (await tagOf(s.parent, page)) as string;
    expect((await get(s.parent, page, { tag: before })).status).toBe(304);
    const sent = await asUser(s.homeroom, () => sendMessageAction({ recipientId: s.parent.id, body: "Завтра собрание", files: [] }));
    expect(sent.serverError).toBeUndefined();
    // The homeroom teacher's process only knows its own write: the parent's tag moves when the
    // database's notification of the message arrives.
    const afterMessage = await tagAfterChange(s.parent, page, before);
    expect(afterMessage).toBeTruthy();
    expect(afterMessage).not.toBe(before);
    expect((await get(s.parent, page, { tag: before })).status).toBe(200);
    await render(s.parent, s.pupils[0].id);
    const unread = (await tagOf(s.parent, page)) as string;
    const read = await asUser(s.parent, () => markThreadReadAction({ threadId: sent.data?.threadId as number }));
    expect(read.serverError).toBeUndefined();
    expect(await tagOf(s.parent, page)).not.toBe(unread);
  });

  it("changes when another process commits a change of the pupil (the audit log's notification)", async () => {
    const page = `/diary/${s.pupils[0].id}${WEEK}`;
    const before = (await tagOf(s.parent, page)) as string;
    expect(before).toBeTruthy();
    await db.auditEvent.create({ data: { schoolId: s.schoolId, action: "mark.create", entityType: "Mark", studentId: s.pupils[0].id } });
    expect(await tagAfterChange(s.parent, page, before)).not.toBe(before);
  });

  it("is not sent after an announcement the reader was shown has expired", async () => {
    const page = `/diary/${s.pupils[0].id}${WEEK}`;
    await db.announcement.create({
      data: {
        schoolId: s.schoolId,
        authorId: s.admin.id,
        title: "Субботник",
        body: "В субботу",
        classIds: [],
        roles: [],
        expiresAt: new Date(Date.now() + 2_500),
      },
    });
    await render(s.parent, s.pupils[0].id);
    expect((await announcementsFor({ id: s.parent.id, roles: [{ role: "PARENT", schoolId: s.schoolId, regionId: null }] } as never)).length).toBe(1);
    const tag = await tagOf(s.parent, page);
    expect(tag).toBeTruthy();
    await new Promise((r) => setTimeout(r, 2_600));
    const expired = await get(s.parent, page, { tag });
    expect(expired.status).toBe(200);
    expect(expired.headers.get("etag")).toBeNull();
    // Rendered again (without the expired announcement), the page has a tag again.
    await render(s.parent, s.pupils[0].id);
    expect(await tagOf(s.parent, page)).toBeTruthy();
  });

  it("is never sent with the cache off or without the change channel", async () => {
    const page = `/diary/${s.pupils[0].id}${WEEK}`;
    await render(s.parent, s.pupils[0].id);
    const tag = (await tagOf(s.parent, page)) as string;
    expect(tag).toBeTruthy();
    process.env.BELEM_PUPIL_CACHE = "0";
    try {
      const off = await get(s.parent, page, { tag });
      expect(off.status).toBe(200);
      expect(off.headers.get("etag")).toBeNull();
      expect(off.headers.get("cache-control")).toBeNull();
    } finally {
      process.env.BELEM_PUPIL_CACHE = "1";
    }
    // The listener lost: nothing is known to be unchanged.
    await pupilCacheForTests.reset();
    expect((await get(s.parent, page, { tag })).headers.get("etag")).toBeNull();
    // Back: a tag again, but never the one from before (changes may have been missed meanwhile).
    await listen();
    const back = await get(s.parent, page, { tag });
    expect(back.status).toBe(200);
    expect(back.headers.get("etag")).toBeTruthy();
    expect(back.headers.get("etag")).not.toBe(tag);
  });

  it("is kept by the browser only until sign-out, which empties the browser's cache", async () => {
    const signOut = await proxy(
      new NextRequest("http://localhost:3000/api/auth/signout", {
        method: "POST",
        headers: { host: "localhost:3000", origin: "http://localhost:3000", "content-type": "application/x-www-form-urlencoded" },
        body: "csrfToken=x",
      }),
    );
    expect(signOut.headers.get("clear-site-data")).toBe('"cache"');
    expect((await proxy(new NextRequest("http://localhost:3000/api/auth/session"))).headers.get("clear-site-data")).toBeNull();
  });
});

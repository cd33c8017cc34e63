/// <reference lib="webworker" />
// Belem's service worker, bundled once after `next build` by `serwist build` (serwist.config.js) and
// served as the static file /sw.js.
//   - The app shell (Next's static files, icons) is precached, so a diary page opens offline.
//   - A diary week is network-first; the copy kept for offline use sits in a cache named after the
//     person the page was rendered for (the page carries <meta name="belem-person">), and only the
//     person signed in on this browser is ever served from it. Another person's sign-in, a sign-out
//     or the login page removes every other person's copies.
//   - Everything else (journal, actions, API, sign-in) goes to the network and is never cached.
//   - Web Push: shows the notifications the school sends and opens the diary when one is tapped.
import { type PrecacheEntry, Serwist, type SerwistGlobalConfig } from "serwist";
import { DIARY_CACHE_PREFIX, isDiaryWeekPath, type TWorkerMessage } from "./protocol";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const META_CACHE = "belem-meta";
const PERSON_KEY = "/__belem/person";
const SAVED_AT = "x-belem-saved-at";
/** The last few weeks opened: enough for "this week and last", little to leak if the phone is shared. */
const KEEP_WEEKS = 4;

async function currentPerson(): Promise<string | null> {
  const r = await (await caches.open(META_CACHE)).match(PERSON_KEY);
  return r ? r.text() : null;
}

/** Who is signed in here now; every other person's diary copies go. */
async function setPerson(id: string | null): Promise<void> {
  const names = await caches.keys();
  await Promise.all(names.filter((n) => n.startsWith(DIARY_CACHE_PREFIX) && n !== `${DIARY_CACHE_PREFIX}${id}`).map((n) => caches.delete(n)));
  const meta = await caches.open(META_CACHE);
  if (id) await meta.put(PERSON_KEY, new Response(id));
  else await meta.delete(PERSON_KEY);
}

function personOf(html: string): string | null {
  const tag = /<meta[^>]*name="belem-person"[^>]*>/.exec(html)?.[0];
  return tag ? (/content="(\d+)"/.exec(tag)?.[1] ?? null) : null;
}

async function remember(url: string, response: Response): Promise<void> {
  const html = await response.text();
  const person = personOf(html);
  if (!person) return;
  if ((await currentPerson()) !== person) await setPerson(person);
  const cache = await caches.open(`${DIARY_CACHE_PREFIX}${person}`);
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT, new Date().toISOString());
  await cache.delete(url);
  await cache.put(url, new Response(html, { status: response.status, statusText: response.statusText, headers }));
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - KEEP_WEEKS)).map((k) => cache.delete(k)));
}

/** The signed-in person's saved copy, marked with when it was saved for the offline line. */
async function savedCopy(url: string): Promise<Response | null> {
  const person = await currentPerson();
  if (!person) return null;
  const cached = await (await caches.open(`${DIARY_CACHE_PREFIX}${person}`)).match(url);
  if (!cached) return null;
  const savedAt = cached.headers.get(SAVED_AT) ?? "";
  // The headers (and so the page's CSP nonce) are the ones the page was served with.
  const html = (await cached.text()).replace(
    /<head[^>]*>/,
    (head) => `${head}<meta name="belem-offline-saved" content="${savedAt.replace(/[^0-9TZ:.-]/g, "")}">`,
  );
  return new Response(html, { status: cached.status, statusText: cached.statusText, headers: cached.headers });
}

async function diaryWeek(event: FetchEvent): Promise<Response> {
  try {
    const response = await fetch(event.request);
    if (response.ok && response.type === "basic") event.waitUntil(remember(event.request.url, response.clone()));
    return response;
  } catch (error) {
    const copy = await savedCopy(event.request.url);
    if (copy) return copy;
    throw error;
  }
}

// Registered before Serwist's own listener, so a diary week is answered here first.
self.addEventListener("fetch", (event) => {
  if (event.request.mode !== "navigate" || event.request.method !== "GET") return;
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin || !isDiaryWeekPath(url.pathname)) return;
  event.respondWith(diaryWeek(event));
});

self.addEventListener("message", (event) => {
  const message = event.data as TWorkerMessage | undefined;
  const reply = () => event.ports[0]?.postMessage("done");
  if (message?.type === "person" && /^\d+$/.test(message.id)) event.waitUntil(setPerson(message.id).then(reply));
  else if (message?.type === "signed-out") event.waitUntil(setPerson(null).then(reply));
});

// The payload is { title, body, tag, url }; `tag` makes a resent notification replace the one
// already shown instead of appearing twice.
self.addEventListener("push", (event) => {
  let data: { title?: string; body?: string; tag?: string; url?: string } = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    return;
  }
  if (!data.title) return;
  event.waitUntil(self.registration.showNotification(data.title, { body: data.body, tag: data.tag, data: { url: data.url || "/" }, lang: "" }));
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.url || "/", self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      for (const w of windows) if (w.url === url && "focus" in w) return w.focus();
      return self.clients.openWindow(url);
    }),
  );
});

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  // No runtime caching: what is not precached or a diary week is network-only.
  runtimeCaching: [],
});
serwist.addEventListeners();

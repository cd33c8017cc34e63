// Reads of one pupil's pages that change a few times a day and are read many times (the diary
// week, the marks page) are kept per process, keyed by what they were read for, and dropped when
// the school or the pupil changes. Every change writes an audit event; a trigger on the audit log
// (migration *_diary_change_notify) sends the schools and pupils touched on the channel
// `belem_change` when the change commits, so every process drops what another one's write made
// stale. The process that writes also drops its own entries at once, before and after the commit,
// so its next read never waits for the notification. Without the channel (not yet connected, or
// lost) nothing is cached: a read then simply goes to the database.
//
// With a replica, a read of a school changed within the last few seconds goes to the primary: the
// replica may not have replayed the change yet, and what it returned would be kept until the next one.
//
// Not "server-only": lib/audit records changes through noteChange() and is also loaded by scripts.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { onPrimary, primaryWindowMs } from "../database/replica";
import { bumpVersions, isPageCacheWanted, setPageVersionsLive, type TVersionChange } from "./page-versions";

/** A school's change (`s`), of one pupil (`p`); or only a person's own things (`u`, see page-versions.ts), which no cached read holds. */
type TChange = TVersionChange;
type TPupilChange = { s: number | null; p: number | null };
type TEntry = { schoolId: number; pupilId: number; value: unknown };
type TState = {
  entries: Map<string, TEntry>;
  /** The keys of each school's and each pupil's entries, so a change drops them without a scan. */
  bySchool: Map<number, Set<string>>;
  byPupil: Map<number, Set<string>>;
  /** Bumped by every change of a school (and `all` by a change of every school): a read that saw a bump while loading is not kept. */
  schoolGen: Map<number, number>;
  allGen: number;
  /** When each school, each pupil (and `all`: every school) last changed, for reads that must not come from a lagging replica. */
  changedAt: Map<number, number>;
  pupilChangedAt: Map<number, number>;
  allChangedAt: number;
  listener: TListener | null;
  isListening: boolean;
  connecting: Promise<void> | null;
  retryAt: number;
};

const CHANNEL = "belem_change";
// A week is ~10 KB in memory: 5,000 entries stay around 50 MB of a process's 400.
const MAX_ENTRIES = Number(process.env.BELEM_PUPIL_CACHE_ENTRIES) || 5_000;
const RETRY_MS = 5_000;

const g = globalThis as unknown as { belemPupilCache?: TState };
g.belemPupilCache ??= {
  entries: new Map(),
  bySchool: new Map(),
  byPupil: new Map(),
  schoolGen: new Map(),
  allGen: 0,
  changedAt: new Map(),
  pupilChangedAt: new Map(),
  allChangedAt: 0,
  listener: null,
  isListening: false,
  connecting: null,
  retryAt: 0,
};
const state: TState = g.belemPupilCache;

/** On in production (`next start`), off elsewhere unless BELEM_PUPIL_CACHE=1; BELEM_PUPIL_CACHE=0 turns it off. */
const isWanted = isPageCacheWanted;

const genOf = (schoolId: number) => state.allGen + (state.schoolGen.get(schoolId) ?? 0);

/**
 * `load()`'s result for this pupil and key, from the cache when nothing of the pupil or the
 * school changed since it was loaded. The caller must have checked that the reader may see the
 * pupil: the key is the pupil's, never the reader's.
 */
type TNotification = { channel: string; payload?: string };
type TListener = {
  end(): Promise<void>;
  removeAllListeners(): unknown;
  query(text: string): Promise<unknown>;
  on(event: "notification", fn: (n: TNotification) => void): unknown;
  off(event: "notification", fn: (n: TNotification) => void): unknown;
};

export async function cachedForPupil<T>(kind: string, schoolId: number, pupilId: number, key: string, read: () => Promise<T>): Promise<T> {
  const load = isRecentlyChanged(schoolId, pupilId) ? () => onPrimary(read) : read;
  if (!isWanted()) return load();
  if (!state.isListening) {
    void listen();
    return load();
  }
  const k = `${kind}|${pupilId}|${key}`;
  const hit = state.entries.get(k);
  if (hit && hit.schoolId === schoolId) {
    state.entries.delete(k); // most recently used last (the indexes keep the key)
    state.entries.set(k, hit);
    return hit.value as T;
  }
  const gen = genOf(schoolId);
  const value = await load();
  if (state.isListening && genOf(schoolId) === gen) {
    remove(k);
    state.entries.set(k, { schoolId, pupilId, value });
    keysOf(state.bySchool, schoolId).add(k);
    keysOf(state.byPupil, pupilId).add(k);
    if (state.entries.size > MAX_ENTRIES) remove(state.entries.keys().next().value as string);
  }
  return value;
}

function isRecentlyChanged(schoolId: number, pupilId: number): boolean {
  const since = Date.now() - primaryWindowMs();
  return state.allChangedAt > since || (state.changedAt.get(schoolId) ?? 0) > since || (state.pupilChangedAt.get(pupilId) ?? 0) > since;
}

function noteChangedAt(c: TPupilChange, now: number) {
  if (c.s === null) state.allChangedAt = now;
  else if (c.p === null) state.changedAt.set(c.s, now);
  else state.pupilChangedAt.set(c.p, now);
  // Only the last few seconds matter: forget older changes rather than grow with every pupil.
  if (state.pupilChangedAt.size > 10_000) {
    const since = now - primaryWindowMs();
    for (const [id, at] of state.pupilChangedAt) if (at <= since) state.pupilChangedAt.delete(id);
  }
}

function keysOf(index: Map<number, Set<string>>, id: number): Set<string> {
  let keys = index.get(id);
  if (!keys) {
    keys = new Set();
    index.set(id, keys);
  }
  return keys;
}

function remove(k: string) {
  const e = state.entries.get(k);
  if (!e) return;
  state.entries.delete(k);
  state.bySchool.get(e.schoolId)?.delete(k);
  state.byPupil.get(e.pupilId)?.delete(k);
  if (state.bySchool.get(e.schoolId)?.size === 0) state.bySchool.delete(e.schoolId);
  if (state.byPupil.get(e.pupilId)?.size === 0) state.byPupil.delete(e.pupilId);
}

function drop(changes: readonly TChange[]) {
  bumpVersions(changes);
  const now = Date.now();
  for (const change of changes) {
    if (change.u !== undefined || change.s === undefined) continue;
    const c: TPupilChange = { s: change.s, p: change.p ?? null };
    noteChangedAt(c, now);
    if (c.s === null && c.p === null) {
      state.entries.clear();
      state.bySchool.clear();
      state.byPupil.clear();
      state.allGen++;
      return;
    }
    if (c.s === null) state.allGen++;
    else state.schoolGen.set(c.s, (state.schoolGen.get(c.s) ?? 0) + 1);
    const keys = c.p === null ? state.bySchool.get(c.s as number) : state.byPupil.get(c.p);
    for (const k of [...(keys ?? [])]) {
      const e = state.entries.get(k);
      if (e && (c.s === null || e.schoolId === c.s)) remove(k);
    }
  }
}

const pending = new AsyncLocalStorage<TChange[]>();

/**
 * A change of a school (and of one pupil, when given) is being written: drop what it touches now,
 * and again when the surrounding action has committed (see afterChanges), so a read that ran
 * between the two cannot keep what the commit made stale.
 */
export function noteChange(schoolId: number | null, pupilId: number | null = null) {
  const change = { s: schoolId, p: pupilId };
  drop([change]);
  pending.getStore()?.push(change);
}

/** The person's own things changed (their inbox, read marks, language…): their pages' versions move now, and again after the action. */
export function notePersonChange(personId: number) {
  const change = { u: personId };
  drop([change]);
  pending.getStore()?.push(change);
}

/** Runs a write (a server action) and drops what its changes touched once it has returned. */
export async function afterChanges<T>(fn: () => Promise<T>): Promise<T> {
  const changes: TChange[] = [];
  try {
    return await pending.run(changes, fn);
  } finally {
    if (changes.length) drop(changes);
  }
}

/** Connects the process to the change channel (once; again a few seconds after a failure). */
export function listen(): Promise<void> {
  if (state.isListening || !isWanted()) return Promise.resolve();
  if (state.connecting) return state.connecting;
  if (Date.now() < state.retryAt) return Promise.resolve();
  const url = process.env.DATABASE_URL;
  if (!url) return Promise.resolve();
  state.connecting = (async () => {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url, application_name: "belem-change-listener" });
    const lost = () => {
      state.isListening = false;
      setPageVersionsLive(false);
      state.listener = null;
      state.retryAt = Date.now() + RETRY_MS;
      drop([{ s: null, p: null }]); // changes may have been missed meanwhile
    };
    client.on("error", lost);
    client.on("end", lost);
    client.on("notification", (n) => {
      if (n.channel !== CHANNEL || !n.payload) return;
      try {
        drop(JSON.parse(n.payload) as TChange[]);
      } catch {
        drop([{ s: null, p: null }]);
      }
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      // The listener must not keep a script or a test run alive.
      (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
      state.listener = client;
      state.isListening = true;
      setPageVersionsLive(true);
    } catch {
      client.removeAllListeners("end");
      await client.end().catch(() => {});
      state.retryAt = Date.now() + RETRY_MS;
    }
  })().finally(() => {
    state.connecting = null;
  });
  return state.connecting;
}

/** For tests: what is cached now, and a way to drop everything and disconnect. */
export const pupilCacheForTests = {
  size: () => state.entries.size,
  isListening: () => state.isListening,
  /**
   * Resolves once every change committed before the call has reached this process by the channel.
   * PostgreSQL delivers notifications in commit order, so a marker the listener sends itself after
   * them arrives after them (a test that takes a tag right after a write must not race its echo).
   */
  async settled() {
    const l = state.listener;
    if (!l) return;
    const token = randomUUID();
    await l.query("LISTEN belem_test_settled");
    const seen = new Promise<void>((resolve) => {
      const on = (n: TNotification) => {
        if (n.channel !== "belem_test_settled" || n.payload !== token) return;
        l.off("notification", on);
        resolve();
      };
      l.on("notification", on);
    });
    await l.query(`NOTIFY belem_test_settled, '${token}'`);
    await seen;
  },
  async reset() {
    drop([{ s: null, p: null }]);
    const l = state.listener;
    state.isListening = false;
    setPageVersionsLive(false);
    state.listener = null;
    state.retryAt = 0;
    l?.removeAllListeners();
    await l?.end().catch(() => {});
  },
};

// What a pupil's diary page shows changes when the pupil's data, their school's data or the
// reader's own things (inbox, roles, language, sessions, what they last read) change, and with the
// date. This module keeps, per process, a version counter for each person (pupils are persons),
// each school and "everything", bumped by the same `belem_change` notifications that drop the
// pupil cache (lib/cache/pupil-cache.ts), and remembers per reader which pupils and schools their
// diary pages were last rendered from. proxy.ts (lib/cache/page-etag.ts) makes an ETag of those
// versions before the page renders, so a repeated request for a page nothing of which changed is
// answered 304 without rendering it.
//
// The ETag is made before the render and the render reads after it, so what a response shows is
// never older than its ETag says: a change that lands mid-render leaves an ETag that no longer
// matches. Without the channel (cache off, not yet connected, lost) there is no ETag at all: a
// missed notification must never turn into a stale 304.
//
// The state lives on globalThis: the proxy is bundled apart from the pages but runs in the same
// Node.js process, and both must see the same counters.
//
// Not "server-only": the pupil cache (also loaded by scripts) bumps the versions.
import { createHash, randomUUID } from "node:crypto";

/** One notification entry: a school's or a pupil's data (`s`, `p`, from the audit log), or a person's own things (`u`; null: every person). */
export type TVersionChange = { s?: number | null; p?: number | null; u?: number | null };

type TReaderScope = {
  /** Unique per scope made, so a scope forgotten and learnt again never repeats an old ETag. */
  gen: number;
  pupils: Map<number, number>;
  schools: Set<number>;
  /** The earliest expiry of an announcement the reader was shown (ms), or null. */
  expiresAt: number | null;
};
type TState = {
  /** Per process: counters of two processes are not comparable, nor those of one before a restart. */
  epoch: string;
  isLive: boolean;
  all: number;
  persons: Map<number, number>;
  schools: Map<number, number>;
  readers: Map<number, TReaderScope>;
  nextGen: number;
};

// A reader's pages name a few pupils (a family, or the pupils a teacher opened): past this many
// the scope starts again rather than grow.
const MAX_PUPILS_PER_READER = 64;
const MAX_READERS = 50_000;
// Counters are never forgotten one by one (a forgotten counter would start again at 0 and could
// repeat an old ETag); past this many they all go and `all` is bumped.
const MAX_COUNTERS = 500_000;

const g = globalThis as unknown as { belemPageVersions?: TState };
g.belemPageVersions ??= {
  epoch: randomUUID(),
  isLive: false,
  all: 0,
  persons: new Map(),
  schools: new Map(),
  readers: new Map(),
  nextGen: 1,
};
const state: TState = g.belemPageVersions;

/** The pupil cache and the page versions: on in production (`next start`), off elsewhere unless BELEM_PUPIL_CACHE=1; BELEM_PUPIL_CACHE=0 turns them off. */
export function isPageCacheWanted(): boolean {
  const flag = process.env.BELEM_PUPIL_CACHE;
  if (flag === "0") return false;
  return flag === "1" || process.env.NODE_ENV === "production";
}

const bump = (m: Map<number, number>, id: number) => m.set(id, (m.get(id) ?? 0) + 1);

export function bumpVersions(changes: readonly TVersionChange[]) {
  for (const c of changes) {
    if (c.u !== undefined) {
      if (c.u === null) state.all++;
      else bump(state.persons, c.u);
    } else if (c.s == null) {
      // No school: a region's change, or one of unknown reach.
      state.all++;
    } else if (c.p == null) bump(state.schools, c.s);
    else bump(state.persons, c.p);
  }
  if (state.persons.size + state.schools.size > MAX_COUNTERS) {
    state.persons.clear();
    state.schools.clear();
    state.all++;
  }
}

/** Whether the notifications arrive: changed by the pupil cache's listener. Either way everything counts as changed. */
export function setPageVersionsLive(isLive: boolean) {
  state.isLive = isLive;
  state.all++;
}

function scopeOf(readerId: number): TReaderScope {
  let scope = state.readers.get(readerId);
  // Most recently used last.
  if (scope) state.readers.delete(readerId);
  else scope = { gen: state.nextGen++, pupils: new Map(), schools: new Set(), expiresAt: null };
  state.readers.set(readerId, scope);
  if (state.readers.size > MAX_READERS) state.readers.delete(state.readers.keys().next().value as number);
  return scope;
}

/**
 * A diary page was rendered for this reader from these pupils (the one shown and the reader's own)
 * and the reader's schools. Added to what was learnt before: a larger scope only costs a few more
 * counters to compare.
 */
export function rememberPageScope(readerId: number, pupils: readonly { id: number; schoolId: number }[], schools: readonly number[]) {
  let scope = scopeOf(readerId);
  if (scope.pupils.size + pupils.length > MAX_PUPILS_PER_READER) {
    state.readers.delete(readerId);
    scope = scopeOf(readerId);
  }
  for (const p of pupils) scope.pupils.set(p.id, p.schoolId);
  for (const s of schools) scope.schools.add(s);
}

/** The announcements shown to the reader: the page changes when the first of them expires, with no write to say so. */
export function rememberAnnouncementExpiry(readerId: number, expiries: readonly (Date | null)[]) {
  const times = expiries.filter((d): d is Date => d !== null).map((d) => d.getTime());
  scopeOf(readerId).expiresAt = times.length ? Math.min(...times) : null;
}

/**
 * The ETag of a page of `pupilId`'s diary for this reader and request (`parts`: everything of the
 * request the page depends on), or null when there must be none: versions not live, or the page
 * not yet rendered for this reader in this process, or an announcement shown has expired since.
 */
export function pageVersionTag(readerId: number, pupilId: number, parts: readonly string[], now = Date.now()): string | null {
  if (!state.isLive || !isPageCacheWanted()) return null;
  const scope = state.readers.get(readerId);
  if (!scope?.pupils.has(pupilId)) return null;
  if (scope.expiresAt !== null && now >= scope.expiresAt) return null;
  const schools = new Set(scope.schools);
  for (const s of scope.pupils.values()) schools.add(s);
  const version = (m: Map<number, number>, id: number) => m.get(id) ?? 0;
  const text = [
    state.epoch,
    state.all,
    scope.gen,
    scope.expiresAt ?? "-",
    ...parts,
    `u${readerId}:${version(state.persons, readerId)}`,
    ...[...scope.pupils.entries()].sort(([a], [b]) => a - b).map(([id, s]) => `p${id}@${s}:${version(state.persons, id)}`),
    ...[...schools].sort((a, b) => a - b).map((id) => `s${id}:${version(state.schools, id)}`),
  ].join("\n");
  return `W/"${createHash("sha256").update(text).digest("base64url").slice(0, 32)}"`;
}

/** For tests: forget what was learnt about readers. */
export const pageVersionsForTests = {
  isLive: () => state.isLive,
  forgetReaders: () => state.readers.clear(),
};

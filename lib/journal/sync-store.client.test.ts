import { describe, expect, it } from "vitest";
import { diffCell, EMPTY_CELL, isSameCell, type TCellChange, type TCellState } from "./cell-state.client";
import { newClientKey } from "./client-key.client";
import { SyncStore, type TSendOutcome } from "./sync-store.client";

type TCall = { key: string; saved: number[]; desired: number[]; resolve: (o: TSendOutcome<number[]>) => void; reject: (e: Error) => void };

function harness() {
  const calls: TCall[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const store = new SyncStore<number[]>([["a", [3]]], [], {
    isSame: (a, b) => JSON.stringify(a) === JSON.stringify(b),
    send: (key, saved, desired) => new Promise((resolve, reject) => calls.push({ key, saved, desired, resolve, reject })),
    setTimer: (fn, ms) => timers.push({ fn, ms }),
    clearTimer: () => {},
  });
  return { store, calls, timers };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe("the grid's save queue", () => {
  it("shows an edit at once, saves it behind, and marks it saved", async () => {
    const { store, calls } = harness();
    store.edit("b", () => [5]);
    expect(store.get("b")).toMatchObject({ desired: [5], saved: [], status: "saving" });
    expect(calls).toHaveLength(1);
    calls[0].resolve({ ok: true, saved: [5] });
    await tick();
    expect(store.get("b")).toMatchObject({ desired: [5], saved: [5], status: "saved" });
  });

  it("sends one save at a time per entry and then what was typed meanwhile, with the ids the first save gave", async () => {
    const { store, calls } = harness();
    store.edit("b", () => [5]);
    store.edit("b", (d) => [...d, 4]);
    expect(calls).toHaveLength(1);
    calls[0].resolve({ ok: true, saved: [5], adopt: (d) => d.map((v) => v * 1) });
    await tick();
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatchObject({ saved: [5], desired: [5, 4] });
    calls[1].resolve({ ok: true, saved: [5, 4] });
    await tick();
    expect(store.get("b").status).toBe("saved");
    expect(calls).toHaveLength(2);
  });

  it("sends nothing when an edit brings back what the server holds", () => {
    const { store, calls } = harness();
    store.edit("a", () => [3]);
    expect(calls).toHaveLength(0);
    expect(store.get("a").status).toBe("idle");
  });

  it("keeps a refused entry as failed with its reason, does not retry it by itself, and retries it by hand", async () => {
    const { store, calls, timers } = harness();
    store.edit("a", () => [2]);
    calls[0].resolve({ ok: false, error: "term_locked", isRetryable: false });
    await tick();
    expect(store.get("a")).toMatchObject({ desired: [2], saved: [3], status: "failed", error: "term_locked" });
    expect(timers).toHaveLength(0);
    expect(store.pending().map((p) => p.key)).toEqual(["a"]);
    store.retry("a");
    expect(calls).toHaveLength(2);
  });

  it("retries a network failure automatically, later each time", async () => {
    const { store, calls, timers } = harness();
    store.edit("a", () => [4]);
    calls[0].reject(new Error("offline"));
    await tick();
    expect(store.get("a")).toMatchObject({ status: "failed", error: "network", isRetryable: true });
    expect(timers).toHaveLength(1);
    timers[0].fn();
    expect(calls).toHaveLength(2);
    calls[1].reject(new Error("offline"));
    await tick();
    expect(timers[1].ms).toBeGreaterThan(timers[0].ms);
    timers[1].fn();
    calls[2].resolve({ ok: true, saved: [4] });
    await tick();
    expect(store.get("a").status).toBe("saved");
    expect(store.pending()).toEqual([]);
  });

  it("drops what was typed only when the teacher discards it", async () => {
    const { store, calls } = harness();
    store.edit("a", () => [2]);
    calls[0].resolve({ ok: false, error: "forbidden", isRetryable: false });
    await tick();
    store.discard("a");
    expect(store.get("a")).toMatchObject({ desired: [3], status: "idle" });
  });

  it("tells subscribers of the entry and of everything, and nobody else", () => {
    const { store } = harness();
    const seen: string[] = [];
    store.subscribe("a", () => seen.push("a"));
    store.subscribe("b", () => seen.push("b"));
    store.subscribe("*", () => seen.push("*"));
    const version = store.getVersion();
    store.edit("a", () => [5]);
    expect(new Set(seen)).toEqual(new Set(["a", "*"]));
    expect(store.getVersion()).toBeGreaterThan(version);
  });

  it("sends a new mark's client key again when a save whose answer was lost is retried", async () => {
    const sent: TCellChange[] = [];
    const timers: (() => void)[] = [];
    const store = new SyncStore<TCellState>([], EMPTY_CELL, {
      isSame: isSameCell,
      send: async (_key, saved, desired) => {
        sent.push(diffCell(saved, desired) as TCellChange);
        throw new Error("the answer was lost");
      },
      setTimer: (fn) => timers.push(fn),
      clearTimer: () => {},
    });
    const key = newClientKey();
    store.edit("1:2", () => ({ marks: [{ key, value: 5, workKindId: 1, isPending: false, comment: null }], absenceCodeId: null }));
    await tick();
    timers[0]();
    await tick();
    expect(sent).toHaveLength(2);
    expect(sent.map((c) => c.upsert.map((u) => [u.id, u.clientKey]))).toEqual([[[undefined, key]], [[undefined, key]]]);
  });
});

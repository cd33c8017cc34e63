import { describe, expect, it } from "vitest";
import { createBurst } from "./burst.client";

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("createBurst", () => {
  it("sends the items of one window as one call and answers each with its own result", async () => {
    const calls: number[][] = [];
    const send = createBurst<number, string>({
      windowMs: 10,
      sendMany: async (items) => {
        calls.push(items);
        return items.map((i) => `r${i}`);
      },
    });
    const answers = await Promise.all([send(1), send(2), send(3)]);
    expect(answers).toEqual(["r1", "r2", "r3"]);
    expect(calls).toEqual([[1, 2, 3]]);
  });

  it("holds what is typed while a burst is on its way and sends it together afterwards", async () => {
    const calls: number[][] = [];
    let release = () => {};
    const send = createBurst<number, number>({
      windowMs: 5,
      sendMany: (items) => {
        calls.push(items);
        return calls.length === 1 ? new Promise((r) => (release = () => r(items))) : Promise.resolve(items);
      },
    });
    const first = send(1);
    await tick(20);
    const later = [send(2), send(3)];
    await tick(20);
    expect(calls).toEqual([[1]]);
    release();
    expect(await first).toBe(1);
    expect(await Promise.all(later)).toEqual([2, 3]);
    expect(calls).toEqual([[1], [2, 3]]);
  });

  it("splits a long burst and fails every item of a call that failed", async () => {
    const calls: number[][] = [];
    const send = createBurst<number, number>({
      windowMs: 5,
      maxItems: 2,
      sendMany: async (items) => {
        calls.push(items);
        if (items.includes(3)) throw new Error("offline");
        return items;
      },
    });
    const results = await Promise.allSettled([send(1), send(2), send(3), send(4)]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected", "rejected"]);
    expect(calls).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
});

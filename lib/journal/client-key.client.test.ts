import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { newClientKey } from "./client-key.client";

describe("newClientKey", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("gives a fresh UUID each time", () => {
    const keys = Array.from({ length: 50 }, newClientKey);
    expect(new Set(keys).size).toBe(50);
    for (const k of keys) expect(z.uuid().safeParse(k).success, k).toBe(true);
  });

  it("makes a valid version 4 UUID where randomUUID is missing (plain HTTP)", () => {
    vi.stubGlobal("crypto", { getRandomValues: (a: Uint8Array) => a.fill(0xff) });
    const key = newClientKey();
    expect(key).toBe("ffffffff-ffff-4fff-bfff-ffffffffffff");
    expect(z.uuid().safeParse(key).success).toBe(true);
  });
});

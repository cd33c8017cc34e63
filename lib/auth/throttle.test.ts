import { describe, expect, it } from "vitest";
import {
  FREE_FAILURES_PER_DEVICE,
  FREE_FAILURES_PER_IP,
  FREE_FAILURES_PER_LOGIN,
  FREE_FAILURES_PER_LOGIN_AND_IP,
  lockoutSeconds,
  retryAfterSeconds,
  waitSeconds,
} from "./throttle";

const now = Date.parse("2026-11-25T09:00:00Z");
/** `n` failures, the newest `agoMs` before now, one second apart. */
const failures = (n: number, agoMs = 0) => Array.from({ length: n }, (_, i) => new Date(now - agoMs - i * 1000));

describe("sign-in throttling", () => {
  it("lets the first failures of a login through without waiting", () => {
    expect(waitSeconds(failures(FREE_FAILURES_PER_LOGIN - 1), FREE_FAILURES_PER_LOGIN, now)).toBe(0);
  });

  it("makes a login wait after the free failures, twice as long after each further one", () => {
    const waits = [0, 1, 2, 3, 4].map((extra) => waitSeconds(failures(FREE_FAILURES_PER_LOGIN + extra), FREE_FAILURES_PER_LOGIN, now));
    expect(waits).toEqual([2, 4, 8, 16, 32]);
  });

  it("caps the wait at fifteen minutes", () => {
    expect(lockoutSeconds(30)).toBe(900);
    expect(waitSeconds(failures(40), FREE_FAILURES_PER_LOGIN, now)).toBe(900);
  });

  it("counts the wait from the latest failure, so it runs out", () => {
    expect(waitSeconds(failures(FREE_FAILURES_PER_LOGIN + 2, 3000), FREE_FAILURES_PER_LOGIN, now)).toBe(5);
    expect(waitSeconds(failures(FREE_FAILURES_PER_LOGIN + 2, 8000), FREE_FAILURES_PER_LOGIN, now)).toBe(0);
  });

  it("throttles an address that fails across many logins, whatever the login", () => {
    expect(retryAfterSeconds({ loginAndIp: [], login: [], ip: failures(FREE_FAILURES_PER_IP - 1) }, now)).toBe(0);
    expect(retryAfterSeconds({ loginAndIp: [], login: [], ip: failures(FREE_FAILURES_PER_IP) }, now)).toBe(2);
    expect(retryAfterSeconds({ loginAndIp: failures(FREE_FAILURES_PER_LOGIN_AND_IP + 3), login: [], ip: failures(FREE_FAILURES_PER_IP) }, now)).toBe(16);
  });

  it("slows a login first per address, then across all addresses", () => {
    expect(retryAfterSeconds({ loginAndIp: failures(FREE_FAILURES_PER_LOGIN_AND_IP), login: [], ip: [] }, now)).toBe(2);
    expect(retryAfterSeconds({ loginAndIp: [], login: failures(FREE_FAILURES_PER_LOGIN - 1), ip: [] }, now)).toBe(0);
    expect(retryAfterSeconds({ loginAndIp: [], login: failures(FREE_FAILURES_PER_LOGIN), ip: [] }, now)).toBe(2);
  });

  it("counts only a known device's own failures for it", () => {
    expect(retryAfterSeconds({ device: failures(FREE_FAILURES_PER_DEVICE - 1) }, now)).toBe(0);
    expect(retryAfterSeconds({ device: failures(FREE_FAILURES_PER_DEVICE) }, now)).toBe(2);
  });
});

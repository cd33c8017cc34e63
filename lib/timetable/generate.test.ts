import { describe, expect, it } from "vitest";
import { generateLessons, isoWeek, planRegeneration, type TSlot, weekParity } from "./generate";

const slot = (over: Partial<TSlot> = {}): TSlot => ({
  id: 1,
  assignmentId: 10,
  weekday: 1,
  period: 2,
  parity: "ALL",
  room: "101",
  validFrom: "2026-09-01",
  validTo: null,
  ...over,
});

describe("ISO weeks", () => {
  it("numbers weeks as ISO 8601 does", () => {
    expect(isoWeek("2026-01-01")).toBe(1); // a Thursday
    expect(isoWeek("2027-01-01")).toBe(53); // a Friday in 2026's week 53
    expect(isoWeek("2026-11-23")).toBe(48);
    expect(weekParity("2026-11-23")).toBe("EVEN");
    expect(weekParity("2026-11-30")).toBe("ODD");
  });
});

describe("generateLessons", () => {
  it("gives a lesson on each matching weekday, skipping holidays", () => {
    const lessons = generateLessons({
      from: "2026-11-02",
      to: "2026-11-22",
      slots: [slot(), slot({ id: 2, weekday: 3, period: 1, room: null })],
      holidays: [{ startDate: "2026-11-04", endDate: "2026-11-04" }],
      usesWeekParity: false,
    });
    expect(lessons.map((l) => `${l.date}/${l.period}`)).toEqual(["2026-11-02/2", "2026-11-09/2", "2026-11-11/1", "2026-11-16/2", "2026-11-18/1"]);
  });

  it("follows week parity only when the school uses it", () => {
    const slots = [slot({ parity: "ODD" }), slot({ id: 2, parity: "EVEN", assignmentId: 11 })];
    const withParity = generateLessons({ from: "2026-11-23", to: "2026-12-06", slots, holidays: [], usesWeekParity: true });
    expect(withParity.map((l) => `${l.date}:${l.assignmentId}`)).toEqual(["2026-11-23:11", "2026-11-30:10"]);
    expect(generateLessons({ from: "2026-11-23", to: "2026-11-29", slots, holidays: [], usesWeekParity: false })).toHaveLength(2);
  });

  it("respects a slot's validity and never gives Sunday lessons", () => {
    const lessons = generateLessons({
      from: "2026-11-01",
      to: "2026-11-30",
      slots: [slot({ validFrom: "2026-11-10", validTo: "2026-11-20" }), slot({ id: 3, weekday: 7 }), slot({ id: 4, weekday: 6, period: 1 })],
      holidays: [],
      usesWeekParity: false,
    });
    expect(lessons.filter((l) => l.slotId === 1).map((l) => l.date)).toEqual(["2026-11-16"]);
    expect(lessons.some((l) => l.slotId === 3)).toBe(false);
    expect(lessons.filter((l) => l.slotId === 4)).toHaveLength(4);
  });
});

describe("planRegeneration", () => {
  const existing = (id: number, date: string, period: number, hasRecords = false) => ({
    id: BigInt(id),
    date,
    period,
    assignmentId: 10,
    slotId: 1,
    room: "101",
    hasRecords,
  });

  it("keeps matching lessons, removes empty ones no longer given, keeps those with records", () => {
    const desired = [
      { date: "2026-11-30", period: 3, assignmentId: 10, slotId: 5, room: "101" },
      { date: "2026-12-07", period: 3, assignmentId: 10, slotId: 5, room: "202" },
      { date: "2026-12-01", period: 1, assignmentId: 10, slotId: 6, room: null },
    ];
    const plan = planRegeneration(
      [existing(1, "2026-11-30", 3), existing(2, "2026-12-07", 3), existing(3, "2026-12-02", 2), existing(4, "2026-12-03", 2, true)],
      desired,
    );
    expect(plan.update).toEqual([
      { id: 1n, slotId: 5, room: "101" },
      { id: 2n, slotId: 5, room: "202" },
    ]);
    expect(plan.remove).toEqual([3n]);
    expect(plan.kept.map((l) => l.id)).toEqual([4n]);
    expect(plan.create).toEqual([desired[2]]);
  });

  it("changes nothing when the timetable gives what exists", () => {
    const desired = [{ date: "2026-11-30", period: 3, assignmentId: 10, slotId: 1, room: "101" }];
    expect(planRegeneration([existing(1, "2026-11-30", 3)], desired)).toEqual({ create: [], update: [], remove: [], kept: [] });
  });

  it("removes an empty duplicate of a lesson the timetable gives once", () => {
    const desired = [{ date: "2026-11-30", period: 3, assignmentId: 10, slotId: 1, room: "101" }];
    expect(planRegeneration([existing(1, "2026-11-30", 3), existing(2, "2026-11-30", 3)], desired).remove).toEqual([2n]);
  });
});

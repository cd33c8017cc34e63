import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CURRICULUM } from "../catalog";
import { createRandom } from "../random";
import { CLASS_MAX, CLASS_MIN, planClassSizes, planDistrict, planGrades, planSchoolSizes, SCHOOL_MAX, SCHOOL_MIN } from "./plan";
import { band, planTimetables } from "./timetable";

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe("benchmark district plan", () => {
  it("splits any number of pupils into schools of 300–1,500", () => {
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 200_000 }), fc.integer(), (pupils, seed) => {
        const sizes = planSchoolSizes(createRandom(seed), pupils);
        expect(sum(sizes)).toBe(pupils);
        for (const s of sizes) expect(s >= SCHOOL_MIN && s <= SCHOOL_MAX).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("splits a school into classes of 20–30 that add up to it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 1500 }), fc.integer(), (pupils, seed) => {
        const sizes = planClassSizes(createRandom(seed), pupils);
        expect(sum(sizes)).toBe(pupils);
        for (const s of sizes) expect(s >= CLASS_MIN && s <= CLASS_MAX).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("gives every grade 1–11 a class once a school has eleven", () => {
    expect(new Set(planGrades(11))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
    expect(planGrades(40).filter((g) => g === 1).length).toBeGreaterThanOrEqual(planGrades(40).filter((g) => g === 11).length);
    expect(planGrades(4).every((g) => g >= 1 && g <= 11)).toBe(true);
  });

  it("plans people with unique logins, pupils of a class as one id range, and the same district for the same seed", () => {
    const d = planDistrict({ pupils: 3000, seed: 5, startYear: 2026 });
    const t = planTimetables(d, 5);
    expect(new Set(d.users.map((u) => u.login)).size).toBe(d.users.length);
    expect(d.users.every((u, i) => u.id === i + 1)).toBe(true);
    for (const c of d.classes) {
      const ids = d.users.filter((u) => u.id >= c.firstStudentId && u.id < c.firstStudentId + c.size);
      expect(ids.every((u) => u.login === `bench-s${u.id}`)).toBe(true);
    }
    expect(sum(d.classes.map((c) => c.size))).toBe(3000);
    expect(d.classes.every((c) => c.homeroomTeacherId !== null)).toBe(true);
    // A full week for every class: its slots are its curriculum's weekly hours.
    for (const c of d.classes.slice(0, 20)) {
      const hours = sum(Object.values(CURRICULUM[band(c.grade)]) as number[]);
      expect(t.slots.filter((s) => s.classId === c.id).length).toBe(hours);
    }
    const again = planDistrict({ pupils: 3000, seed: 5, startYear: 2026 });
    planTimetables(again, 5);
    expect(again.users.map((u) => u.lastName + u.firstName)).toEqual(d.users.map((u) => u.lastName + u.firstName));
  });

  it("rarely books a teacher into two classes at once", () => {
    const d = planDistrict({ pupils: 5000, seed: 3, startYear: 2026 });
    const { slots, assignments } = planTimetables(d, 3);
    const teacherOf = new Map(assignments.map((a) => [a.id, a.teacherId]));
    const seen = new Set<string>();
    let clashes = 0;
    for (const s of slots) {
      const key = `${teacherOf.get(s.assignmentId)}:${s.weekday}:${s.period}`;
      if (seen.has(key)) clashes++;
      seen.add(key);
    }
    expect(clashes / slots.length).toBeLessThan(0.05);
  });
});

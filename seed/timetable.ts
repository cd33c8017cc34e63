// Builds a weekly timetable: each class gets its weekly hours on Mon–Fri with no gaps, a subject at
// most once a day, and no teacher in two rooms at once. First the hours are spread over the days,
// then each day is filled period by period with a small depth-first search; a dead end restarts
// with fresh random choices.
import type { TRandom } from "./random";

export type TTimetableUnit = {
  id: string;
  classKey: string;
  /** Hours a week. */
  hours: number;
  /** Every teacher who must be free (two for a class split into groups taught side by side). */
  teacherKeys: string[];
  /** Lower is better: how much the unit dislikes a period (hard subjects late, PE first…). */
  periodPenalty: (period: number) => number;
};

export type TPlacement = { unitId: string; weekday: number; period: number };

const DAYS = 5;

function spreadOverDays(rnd: TRandom, units: TTimetableUnit[], loads: number[]): Map<string, number[]> | null {
  const free = [...loads];
  const out = new Map<string, number[]>();
  const ordered = rnd.shuffle(units).sort((a, b) => b.hours - a.hours);
  for (const u of ordered) {
    if (u.hours > DAYS) return null;
    // Prefer days with room left, and keep a subject's days apart (Mon/Thu rather than Mon/Tue).
    const chosen: number[] = [];
    for (let k = 0; k < u.hours; k++) {
      const candidates = [0, 1, 2, 3, 4].filter((d) => free[d] > 0 && !chosen.includes(d));
      if (!candidates.length) return null;
      const score = (d: number) => {
        const near = chosen.some((c) => Math.abs(c - d) === 1) && u.hours <= 3 ? 1.5 : 0;
        return -free[d] + near + rnd.next() * 1.2;
      };
      const day = candidates.sort((a, b) => score(a) - score(b))[0];
      chosen.push(day);
      free[day]--;
    }
    out.set(u.id, chosen);
  }
  return free.every((f) => f === 0) ? out : null;
}

function fillDay(rnd: TRandom, classes: { key: string; load: number; units: TTimetableUnit[] }[], budget: { nodes: number }): Map<string, number> | null {
  const maxPeriod = Math.max(...classes.map((c) => c.load));
  const busy = new Map<string, Set<string>>(); // period → teachers
  const placed = new Map<string, number>(); // unit → period
  const cells: { classIdx: number; period: number }[] = [];
  for (let p = 1; p <= maxPeriod; p++) {
    for (let i = 0; i < classes.length; i++) if (p <= classes[i].load) cells.push({ classIdx: i, period: p });
  }
  // The same random tie-breaks for a unit throughout one search keep the order stable.
  const jitter = new Map<string, number>();
  for (const c of classes) for (const u of c.units) jitter.set(u.id, rnd.next());

  const step = (i: number): boolean => {
    if (i === cells.length) return true;
    if (--budget.nodes < 0) return false;
    const { classIdx, period } = cells[i];
    const teachersBusy = busy.get(`${period}`) ?? new Set<string>();
    const options = classes[classIdx].units
      .filter((u) => !placed.has(u.id) && u.teacherKeys.every((t) => !teachersBusy.has(t)))
      .sort((a, b) => a.periodPenalty(period) + jitter.get(a.id)! - (b.periodPenalty(period) + jitter.get(b.id)!));
    for (const u of options) {
      placed.set(u.id, period);
      for (const t of u.teacherKeys) teachersBusy.add(t);
      busy.set(`${period}`, teachersBusy);
      if (step(i + 1)) return true;
      placed.delete(u.id);
      for (const t of u.teacherKeys) teachersBusy.delete(t);
    }
    return false;
  };
  return step(0) ? placed : null;
}

export function buildTimetable(rnd: TRandom, classes: { key: string; loads: number[] }[], units: TTimetableUnit[], maxAttempts = 400): TPlacement[] {
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const days = new Map<string, number[]>();
    let ok = true;
    for (const c of classes) {
      const spread = spreadOverDays(
        rnd,
        units.filter((u) => u.classKey === c.key),
        c.loads,
      );
      if (!spread) {
        ok = false;
        break;
      }
      for (const [id, ds] of spread) days.set(id, ds);
    }
    if (!ok) continue;
    const placements: TPlacement[] = [];
    for (let d = 0; d < DAYS && ok; d++) {
      const dayClasses = classes.map((c) => ({
        key: c.key,
        load: c.loads[d],
        units: units.filter((u) => u.classKey === c.key && days.get(u.id)!.includes(d)),
      }));
      const filled = fillDay(rnd, dayClasses, { nodes: 20_000 });
      if (!filled) ok = false;
      else for (const [unitId, period] of filled) placements.push({ unitId, weekday: d + 1, period });
    }
    if (ok) return placements;
  }
  throw new Error("Could not build a timetable for the demo school; loosen the constraints.");
}

// Teaching assignments, staff and the weekly timetable of every school of a benchmark district.
// Grades 1–4 follow the demo's first-grade curriculum, 5–8 its fifth, 9–11 its ninth (seed/
// catalog.ts). A primary class has its own teacher for most subjects; older classes have subject
// teachers of up to 24 hours a week. The timetable is filled greedily, period by period, keeping a
// teacher in one room at a time when it can; unlike the demo's exact search it never gives up, so
// a rare double booking is accepted at district scale.
import { CURRICULUM, DAY_LOADS, SUBJECTS, type TSubjectCode } from "../catalog";
import { createRandom } from "../random";
import { createBenchNamer } from "./names";
import { hireTeacher, type TBenchDistrict } from "./plan";

export type TBenchAssignment = { id: number; schoolId: number; teacherId: number; subjectId: number; classId: number; subject: TSubjectCode };
export type TBenchSlot = { id: number; schoolId: number; classId: number; assignmentId: number; weekday: number; period: number; room: string };

const TEACHER_HOURS = 24;
/** Taught by specialists even in grades 1–4. */
const PRIMARY_SPECIALISTS: TSubjectCode[] = ["tatar", "music", "pe"];
export const SUBJECT_CODES = SUBJECTS.map((s) => s.code);

export const band = (grade: number) => (grade <= 4 ? 1 : grade <= 8 ? 5 : 9);
export const curriculumOf = (grade: number) => Object.entries(CURRICULUM[band(grade)]) as [TSubjectCode, number][];

/** Subject ids are per school, in catalog order: school k's subjects are (k-1)·22 + 1 … k·22. */
export const subjectIdOf = (schoolId: number, code: TSubjectCode) => (schoolId - 1) * SUBJECT_CODES.length + SUBJECT_CODES.indexOf(code) + 1;

export function planTimetables(d: TBenchDistrict, seed: number): { assignments: TBenchAssignment[]; slots: TBenchSlot[] } {
  const rnd = createRandom(seed).fork("timetable");
  const namer = createBenchNamer(rnd.fork("staff"));
  const assignments: TBenchAssignment[] = [];
  const slots: TBenchSlot[] = [];
  for (const school of d.schools) {
    const classes = d.classes.filter((c) => c.schoolId === school.id);
    // Staff: a teacher of their own for each primary class; subject teachers filled first-fit.
    const load = new Map<number, number>();
    const pools = new Map<TSubjectCode, number[]>();
    const teacherFor = (code: TSubjectCode, hours: number) => {
      const pool = pools.get(code) ?? [];
      pools.set(code, pool);
      let t = pool.find((id) => (load.get(id) ?? 0) + hours <= TEACHER_HOURS);
      if (t === undefined) {
        t = hireTeacher(d, school.id, namer);
        pool.push(t);
      }
      load.set(t, (load.get(t) ?? 0) + hours);
      return t;
    };
    const units: { assignment: TBenchAssignment; hours: number }[] = [];
    for (const c of classes) {
      const own = c.grade <= 4 ? hireTeacher(d, school.id, namer) : null;
      if (own !== null) c.homeroomTeacherId = own;
      for (const [code, hours] of curriculumOf(c.grade)) {
        const teacherId = own !== null && !PRIMARY_SPECIALISTS.includes(code) ? own : teacherFor(code, hours);
        const assignment = {
          id: assignments.length + 1,
          schoolId: school.id,
          teacherId,
          subjectId: subjectIdOf(school.id, code),
          classId: c.id,
          subject: code,
        };
        assignments.push(assignment);
        units.push({ assignment, hours });
      }
    }
    // Homeroom teachers of grades 5–11: someone who teaches the class and has no class yet.
    const hasClass = new Set(classes.map((c) => c.homeroomTeacherId).filter((t) => t !== null));
    for (const c of classes.filter((k) => k.homeroomTeacherId === null)) {
      const candidates = units.filter((u) => u.assignment.classId === c.id).map((u) => u.assignment.teacherId);
      const free = candidates.find((t) => !hasClass.has(t)) ?? candidates[0];
      c.homeroomTeacherId = free;
      hasClass.add(free);
    }
    fillTimetable(rnd.fork(`school-${school.id}`), classes, units, slots);
  }
  return { assignments, slots };
}

function fillTimetable(
  rnd: ReturnType<typeof createRandom>,
  classes: TBenchDistrict["classes"],
  units: { assignment: TBenchAssignment; hours: number }[],
  out: TBenchSlot[],
) {
  const busy = new Set<string>();
  for (const c of classes) {
    const left = new Map(units.filter((u) => u.assignment.classId === c.id).map((u) => [u.assignment, u.hours]));
    const loads = DAY_LOADS[band(c.grade)];
    const room = `${1 + Math.floor((c.grade - 1) / 4)}${String(c.id % 40).padStart(2, "0")}`;
    for (let weekday = 1; weekday <= 5; weekday++) {
      const today = new Set<number>();
      for (let period = 1; period <= loads[weekday - 1]; period++) {
        // Most hours left first, a subject once a day where possible, the teacher free if possible.
        const order = rnd.shuffle([...left.entries()].filter(([, h]) => h > 0)).sort((a, b) => b[1] - a[1]);
        const fits = (a: TBenchAssignment, strict: boolean) => !busy.has(`${a.teacherId}:${weekday}:${period}`) && (!strict || !today.has(a.id));
        const pick = order.find(([a]) => fits(a, true)) ?? order.find(([a]) => fits(a, false)) ?? order[0];
        if (!pick) break;
        const [a] = pick;
        left.set(a, pick[1] - 1);
        today.add(a.id);
        busy.add(`${a.teacherId}:${weekday}:${period}`);
        out.push({ id: out.length + 1, schoolId: c.schoolId, classId: c.id, assignmentId: a.id, weekday, period, room });
      }
    }
  }
}

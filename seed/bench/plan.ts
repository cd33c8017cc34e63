// The shape of a benchmark district, planned in memory before anything is written: municipalities,
// schools of 300–1,500 pupils, classes of 20–30 in grades 1–11, pupils, parents, teachers and one
// administrator per school. Every id is assigned here (1, 2, 3 … per table), so the SQL that
// writes the big tables can compute ids instead of sorting millions of rows, and the same seed
// gives the same district. Pure: no database.
import { createRandom, type TRandom } from "../random";
import { createBenchNamer, type TBenchPerson } from "./names";

export type TBenchClass = {
  id: number;
  schoolId: number;
  grade: number;
  letter: string;
  size: number;
  /** Pupils of a class have consecutive user ids: firstStudentId … firstStudentId + size - 1. */
  firstStudentId: number;
  homeroomTeacherId: number | null;
};

export type TBenchUser = TBenchPerson & { id: number; login: string; birthDate: string | null };
export type TBenchRole = { userId: number; role: "REGION_ADMIN" | "SCHOOL_ADMIN" | "TEACHER" | "STUDENT" | "PARENT"; schoolId: number | null };
export type TBenchSchool = { id: number; municipalityId: number; number: number; adminId: number; pupils: number };

export type TBenchDistrict = {
  municipalities: { id: number; number: number }[];
  schools: TBenchSchool[];
  classes: TBenchClass[];
  users: TBenchUser[];
  roles: TBenchRole[];
  parentLinks: { id: number; schoolId: number; parentId: number; childId: number }[];
  /** Teacher ids per school, in the order they were hired. */
  teachers: Map<number, number[]>;
};

export const SCHOOL_MIN = 300;
export const SCHOOL_MAX = 1500;
export const CLASS_MIN = 20;
export const CLASS_MAX = 30;
const SCHOOLS_PER_MUNICIPALITY = 12;
const LETTERS = ["А", "Б", "В", "Г", "Д", "Е", "Ж", "И", "К", "Л"];
/** Share of pupils whose parent already has a child in the school (brothers and sisters). */
const SIBLING_RATE = 0.12;

/** School sizes summing to `pupils`, each 300–1,500 (only a district under 300 pupils has a smaller one). */
export function planSchoolSizes(rnd: TRandom, pupils: number): number[] {
  const sizes: number[] = [];
  let left = pupils;
  while (left > 0) {
    const size = left <= SCHOOL_MAX ? left : rnd.int(SCHOOL_MIN, Math.min(SCHOOL_MAX, left - SCHOOL_MIN));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/** Class sizes summing to `pupils`, each 20–30 when the school allows (ceil(n/30) classes, then evened out). */
export function planClassSizes(rnd: TRandom, pupils: number): number[] {
  const count = Math.max(1, Math.ceil(pupils / CLASS_MAX));
  const sizes = Array.from({ length: count }, (_, i) => Math.floor(pupils / count) + (i < pupils % count ? 1 : 0));
  // Uneven classes, as in life: move pupils between random pairs while both stay within bounds.
  for (let k = 0; k < count * 2; k++) {
    const a = rnd.int(0, count - 1);
    const b = rnd.int(0, count - 1);
    const n = rnd.int(1, 3);
    if (a !== b && sizes[a] - n >= CLASS_MIN && sizes[b] + n <= CLASS_MAX) {
      sizes[a] -= n;
      sizes[b] += n;
    }
  }
  return sizes;
}

/** Grades for `count` classes: every grade 1–11 once, the rest to the lower grades first; fewer than 11 spread out. */
export function planGrades(count: number): number[] {
  if (count < 11) return Array.from({ length: count }, (_, i) => (count === 1 ? 5 : 1 + Math.round((i * 10) / (count - 1))));
  const perGrade = Array.from({ length: 11 }, (_, g) => Math.floor(count / 11) + (g < count % 11 ? 1 : 0));
  return perGrade.flatMap((n, g) => Array.from({ length: n }, () => g + 1));
}

function counter() {
  let n = 0;
  return () => ++n;
}

/** The district's schools, classes and people. `startYear` is the school year's first September. */
export function planDistrict(opts: { pupils: number; seed: number; startYear: number }): TBenchDistrict {
  const rnd = createRandom(opts.seed);
  const namer = createBenchNamer(rnd.fork("names"));
  const nextUser = counter();
  const nextClass = counter();
  const nextLink = counter();
  const users: TBenchUser[] = [];
  const roles: TBenchRole[] = [];
  const classes: TBenchClass[] = [];
  const parentLinks: TBenchDistrict["parentLinks"] = [];
  const schools: TBenchSchool[] = [];
  const teachers = new Map<number, number[]>();

  const region = nextUser();
  users.push({ id: region, login: "bench-region", ...namer.adult(), birthDate: null });
  roles.push({ userId: region, role: "REGION_ADMIN", schoolId: null });

  const sizes = planSchoolSizes(rnd.fork("schools"), opts.pupils);
  const municipalities = Array.from({ length: Math.ceil(sizes.length / SCHOOLS_PER_MUNICIPALITY) }, (_, i) => ({ id: i + 1, number: i + 1 }));
  sizes.forEach((pupils, i) => {
    const schoolId = i + 1;
    const srnd = rnd.fork(`school-${schoolId}`);
    const adminId = nextUser();
    users.push({ id: adminId, login: `bench-a${schoolId}`, ...namer.adult(), birthDate: null });
    roles.push({ userId: adminId, role: "SCHOOL_ADMIN", schoolId });
    schools.push({ id: schoolId, municipalityId: Math.floor(i / SCHOOLS_PER_MUNICIPALITY) + 1, number: rnd.int(1, 180), adminId, pupils });
    teachers.set(schoolId, []);

    const classSizes = planClassSizes(srnd, pupils);
    const grades = planGrades(classSizes.length);
    const letterOf = new Map<number, number>();
    const parentsHere: { id: number; children: number; surname: TBenchPerson }[] = [];
    classSizes.forEach((size, c) => {
      const grade = grades[c];
      const letterIdx = letterOf.get(grade) ?? 0;
      letterOf.set(grade, letterIdx + 1);
      const cls: TBenchClass = {
        id: nextClass(),
        schoolId,
        grade,
        letter: LETTERS[letterIdx % LETTERS.length],
        size,
        firstStudentId: 0,
        homeroomTeacherId: null,
      };
      // Pupils first and back to back, so a class's pupils are an id range; their parents follow.
      const pupilsOfClass = Array.from({ length: size }, () => {
        const id = nextUser();
        const person = namer.child();
        const birthYear = opts.startYear - 6 - grade;
        const birthDate = `${birthYear}-${String(srnd.int(1, 12)).padStart(2, "0")}-${String(srnd.int(1, 28)).padStart(2, "0")}`;
        users.push({ id, login: `bench-s${id}`, ...person, birthDate });
        roles.push({ userId: id, role: "STUDENT", schoolId });
        return { id, person };
      });
      cls.firstStudentId = pupilsOfClass[0].id;
      classes.push(cls);
      for (const pupil of pupilsOfClass) {
        const sibling = parentsHere.length > 0 && srnd.chance(SIBLING_RATE) ? srnd.pick(parentsHere) : undefined;
        let parentId: number;
        if (sibling && sibling.children < 3) {
          sibling.children++;
          parentId = sibling.id;
        } else {
          parentId = nextUser();
          const parent = namer.parentOf(pupil.person);
          users.push({ id: parentId, login: `bench-p${parentId}`, ...parent, birthDate: null });
          roles.push({ userId: parentId, role: "PARENT", schoolId });
          parentsHere.push({ id: parentId, children: 1, surname: parent });
        }
        parentLinks.push({ id: nextLink(), schoolId, parentId, childId: pupil.id });
      }
    });
  });

  return {
    municipalities,
    schools,
    classes,
    users,
    roles,
    parentLinks,
    teachers,
    // Teachers are hired by the timetable planner (timetable.ts), which needs the classes first.
  };
}

/** Hires one teacher in a school: a user, a TEACHER role, and a place in the school's staff list. */
export function hireTeacher(d: TBenchDistrict, schoolId: number, namer: ReturnType<typeof createBenchNamer>): number {
  const id = d.users.length + 1;
  d.users.push({ id, login: `bench-t${id}`, ...namer.adult(), birthDate: null });
  d.roles.push({ userId: id, role: "TEACHER", schoolId });
  d.teachers.get(schoolId)?.push(id);
  return id;
}

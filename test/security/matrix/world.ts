// The world the authorization matrix runs in: two schools, the first with two classes. Every class
// is a "target" with the same shape and its own people in every role, so one input builder serves
// "own class", "other class" and "other school", and the people who own a target can prove that
// the very input a stranger was refused is valid (the matrix's control call).
import { db } from "@/lib/db";
import { createPerson, createTestSchool, type TTestSchool } from "@/test/support/factories";

export const ACTORS = ["admin", "teacher", "homeroom", "student", "parent", "region", "anonymous"] as const;
export type TActor = (typeof ACTORS)[number];
export type TStaffActor = Exclude<TActor, "anonymous">;
export const SCOPES = ["own", "otherClass", "otherSchool"] as const;
export type TScope = (typeof SCOPES)[number];

export type TPerson = { id: number; login: string; sessionVersion: number; firstName: string; lastName: string };

/** One class and everything around it: its school's year, its journal, its people. */
export type TTarget = {
  scope: TScope;
  schoolId: number;
  regionId: number;
  yearId: number;
  termIds: number[];
  classId: number;
  subjectId: number;
  assignmentId: number;
  lessonIds: bigint[];
  homeworkId: bigint;
  workKindId: number;
  absenceCodeId: number;
  pupil: TPerson;
  pupils: TPerson[];
  actors: Record<TStaffActor, TPerson>;
  /** Everyone of this target: none of their names or logins may show in a refusal. */
  people: TPerson[];
};

export type TWorld = Record<TScope, TTarget>;

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const LESSON_DATES = ["2026-11-23", "2026-11-24", "2026-11-25"];

async function addHomework(schoolId: number, lessonId: bigint, dueLessonId: bigint, createdById: number) {
  const hw = await db.homework.create({
    data: { schoolId, lessonId, dueLessonId, dueDate: d(LESSON_DATES[1]), text: "§ 12, № 3–5", createdById },
    select: { id: true },
  });
  return hw.id;
}

async function regionAdmin(regionId: number) {
  return createPerson(db, null, ["REGION_ADMIN"], "Регион", { regionId });
}

function firstClassTarget(s: TTestSchool, region: TPerson, homeworkId: bigint, scope: TScope): TTarget {
  const actors = { admin: s.admin, teacher: s.teacher, homeroom: s.homeroom, student: s.pupils[0], parent: s.parent, region };
  return {
    scope,
    schoolId: s.schoolId,
    regionId: s.regionId,
    yearId: s.yearId,
    termIds: s.terms.map((t) => t.id),
    classId: s.classId,
    subjectId: s.subjectId,
    assignmentId: s.assignmentId,
    lessonIds: s.lessons.map((l) => l.id),
    homeworkId,
    workKindId: s.workKinds[0].id,
    absenceCodeId: s.absenceCodes[0].id,
    pupil: s.pupils[0],
    pupils: s.pupils,
    actors,
    people: [...Object.values(actors), ...s.pupils, s.otherTeacher],
  };
}

/** A second class of the school, grade 6 «Б», with a teacher, homeroom teacher, pupils and parent of its own. */
async function secondClassTarget(s: TTestSchool, region: TPerson): Promise<TTarget> {
  const { schoolId } = s;
  const [teacher, homeroom, parent, ...pupils] = await Promise.all([
    createPerson(db, schoolId, ["TEACHER"], "Учитель"),
    createPerson(db, schoolId, ["TEACHER"], "Классный"),
    createPerson(db, schoolId, ["PARENT"], "Родитель"),
    createPerson(db, schoolId, ["STUDENT"], "Ученик"),
    createPerson(db, schoolId, ["STUDENT"], "Ученик"),
  ]);
  const cls = await db.schoolClass.create({
    data: { schoolId, yearId: s.yearId, grade: 6, letter: "Б", homeroomTeacherId: homeroom.id },
    select: { id: true },
  });
  await db.enrolment.createMany({ data: pupils.map((p) => ({ schoolId, classId: cls.id, studentId: p.id, startDate: d("2026-09-01") })) });
  await db.parentLink.create({ data: { schoolId, parentId: parent.id, childId: pupils[0].id } });
  const assignment = await db.teachingAssignment.create({
    data: { schoolId, yearId: s.yearId, teacherId: teacher.id, subjectId: s.subjectId, classId: cls.id },
    select: { id: true },
  });
  const lessonIds: bigint[] = [];
  for (const date of LESSON_DATES) {
    const lesson = await db.lesson.create({ data: { schoolId, assignmentId: assignment.id, date: d(date), period: 3 }, select: { id: true } });
    lessonIds.push(lesson.id);
  }
  const homeworkId = await addHomework(schoolId, lessonIds[0], lessonIds[1], teacher.id);
  const actors = { admin: s.admin, teacher, homeroom, student: pupils[0], parent, region };
  return {
    ...firstClassTarget(s, region, homeworkId, "otherClass"),
    classId: cls.id,
    assignmentId: assignment.id,
    lessonIds,
    homeworkId,
    pupil: pupils[0],
    pupils,
    actors,
    people: [...Object.values(actors), ...pupils],
  };
}

async function school(scope: "own" | "otherSchool") {
  const s = await createTestSchool(db, { lessonDates: LESSON_DATES });
  const region = await regionAdmin(s.regionId);
  const homeworkId = await addHomework(s.schoolId, s.lessons[0].id, s.lessons[1].id, s.teacher.id);
  return { s, region, target: firstClassTarget(s, region, homeworkId, scope) };
}

export async function createMatrixWorld(): Promise<TWorld> {
  const a = await school("own");
  const b = await school("otherSchool");
  const otherClass = await secondClassTarget(a.s, a.region);
  return { own: a.target, otherClass, otherSchool: b.target };
}

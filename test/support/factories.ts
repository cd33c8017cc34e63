// Small schools for integration tests, built with unique names so tests never collide. One
// builder for every feature's tests: extend it rather than writing another.
import { randomBytes } from "node:crypto";
import type { TPrismaClient } from "../../lib/database/prisma";
import type { Role } from "../../lib/generated/prisma/enums";

const uid = () => randomBytes(4).toString("hex");
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export type TTestSchool = Awaited<ReturnType<typeof createTestSchool>>;

/** A hash no password matches: people made by factories sign in only where a test gives a hash. */
const NO_PASSWORD = "$argon2id$v=19$m=19456,t=2,p=1$invalid$invalid";

export async function createPerson(
  db: TPrismaClient,
  schoolId: number | null,
  roles: Role[],
  name = "Тест",
  extra: { regionId?: number; passwordHash?: string } = {},
) {
  const login = `${name.toLowerCase()}-${uid()}`;
  return db.user.create({
    data: {
      login,
      passwordHash: extra.passwordHash ?? NO_PASSWORD,
      lastName: name,
      firstName: `Имя${uid()}`,
      roles: { create: roles.map((role) => (role === "REGION_ADMIN" ? { role, regionId: extra.regionId } : { role, schoolId })) },
    },
    select: { id: true, login: true, sessionVersion: true, firstName: true, lastName: true },
  });
}

/**
 * A school with one year (four quarters of the given dates), grading settings, work kinds and
 * absence codes, one class of `grade` with `pupils` pupils, a teacher of one subject with a lesson
 * on each of `lessonDates`, a homeroom teacher, a parent of the first pupil, an admin.
 */
export async function createTestSchool(
  db: TPrismaClient,
  opts: { grade?: number; pupils?: number; lessonDates?: string[]; yearStart?: string; termStarts?: string[]; termEnds?: string[]; passwordHash?: string } = {},
) {
  const tag = uid();
  const grade = opts.grade ?? 5;
  const yearStart = opts.yearStart ?? "2026-09-01";
  const termEnds = opts.termEnds ?? ["2026-10-24", "2026-12-28", "2027-03-20", "2027-05-26"];
  const termStarts = opts.termStarts ?? [yearStart, "2026-11-03", "2027-01-12", "2027-03-30"];
  const lessonDates = opts.lessonDates ?? ["2026-11-23", "2026-11-24", "2026-11-25"];

  const region = await db.region.create({ data: { nameRu: `Регион ${tag}`, nameTt: `Төбәк ${tag}` }, select: { id: true } });
  const municipality = await db.municipality.create({ data: { regionId: region.id, nameRu: `Город ${tag}`, nameTt: `Шәһәр ${tag}` }, select: { id: true } });
  const school = await db.school.create({
    data: {
      regionId: region.id,
      municipalityId: municipality.id,
      nameRu: `Школа ${tag}`,
      nameTt: `Мәктәп ${tag}`,
      shortNameRu: `Школа ${tag}`,
      shortNameTt: `Мәктәп ${tag}`,
      gradingSettings: { create: {} },
      workKinds: {
        create: [
          { code: "answer", nameRu: "Ответ на уроке", nameTt: "Дәрестәге җавап", weight: 1, isDefault: true, sortOrder: 1 },
          { code: "test", nameRu: "Контрольная работа", nameTt: "Контроль эш", weight: 3, sortOrder: 2 },
        ],
      },
      absenceCodes: {
        create: [
          { letterRu: "Н", letterTt: "Н", nameRu: "Без уважительной причины", nameTt: "Дәлилсез", kind: "UNEXCUSED", sortOrder: 1 },
          { letterRu: "Б", letterTt: "А", nameRu: "По болезни", nameTt: "Авыру сәбәпле", kind: "ILLNESS", sortOrder: 2 },
        ],
      },
      bellSchedules: { create: { name: "Основное", variant: "NORMAL" } },
    },
    select: { id: true },
  });
  const schoolId = school.id;
  const bell = await db.bellSchedule.findFirstOrThrow({ where: { schoolId }, select: { id: true } });
  await db.bellPeriod.createMany({
    data: [1, 2, 3].map((n) => ({ schoolId, bellScheduleId: bell.id, number: n, startMinute: 480 + (n - 1) * 50, endMinute: 520 + (n - 1) * 50 })),
  });
  const year = await db.academicYear.create({
    data: {
      schoolId,
      name: `${yearStart.slice(0, 4)}/${Number(yearStart.slice(0, 4)) + 1}`,
      startDate: d(yearStart),
      endDate: d(termEnds[3]),
      isCurrent: true,
      terms: { create: termEnds.map((end, i) => ({ schoolId, number: i + 1, startDate: d(termStarts[i]), endDate: d(end) })) },
    },
    select: { id: true, terms: { select: { id: true, number: true }, orderBy: { number: "asc" } } },
  });
  const [admin, teacher, homeroom, otherTeacher] = await Promise.all([
    createPerson(db, schoolId, ["SCHOOL_ADMIN"], "Админ", { passwordHash: opts.passwordHash }),
    createPerson(db, schoolId, ["TEACHER"], "Учитель", { passwordHash: opts.passwordHash }),
    createPerson(db, schoolId, ["TEACHER"], "Классный", { passwordHash: opts.passwordHash }),
    createPerson(db, schoolId, ["TEACHER"], "Другой", { passwordHash: opts.passwordHash }),
  ]);
  const cls = await db.schoolClass.create({ data: { schoolId, yearId: year.id, grade, letter: "А", homeroomTeacherId: homeroom.id }, select: { id: true } });
  const pupils = [];
  for (let i = 0; i < (opts.pupils ?? 3); i++) {
    const pupil = await createPerson(db, schoolId, ["STUDENT"], `Ученик${i + 1}`, { passwordHash: opts.passwordHash });
    await db.enrolment.create({ data: { schoolId, classId: cls.id, studentId: pupil.id, startDate: d(yearStart) } });
    pupils.push(pupil);
  }
  const parent = await createPerson(db, schoolId, ["PARENT"], "Родитель", { passwordHash: opts.passwordHash });
  await db.parentLink.create({ data: { schoolId, parentId: parent.id, childId: pupils[0].id } });
  const [subject, otherSubject] = await Promise.all([
    db.subject.create({ data: { schoolId, code: "math", nameRu: "Математика", nameTt: "Математика", sortOrder: 1 }, select: { id: true } }),
    db.subject.create({ data: { schoolId, code: "hist", nameRu: "История", nameTt: "Тарих", sortOrder: 2 }, select: { id: true } }),
  ]);
  const assignment = await db.teachingAssignment.create({
    data: { schoolId, yearId: year.id, teacherId: teacher.id, subjectId: subject.id, classId: cls.id },
    select: { id: true },
  });
  const otherAssignment = await db.teachingAssignment.create({
    data: { schoolId, yearId: year.id, teacherId: otherTeacher.id, subjectId: otherSubject.id, classId: cls.id },
    select: { id: true },
  });
  const lessons = [];
  for (const date of lessonDates) {
    lessons.push(
      await db.lesson.create({ data: { schoolId, assignmentId: assignment.id, date: d(date), period: 1, room: "101" }, select: { id: true, date: true } }),
    );
  }
  const otherLesson = await db.lesson.create({
    data: { schoolId, assignmentId: otherAssignment.id, date: d(lessonDates[0]), period: 2 },
    select: { id: true },
  });
  const [workKinds, absenceCodes] = await Promise.all([
    db.workKind.findMany({ where: { schoolId }, select: { id: true, code: true, weight: true }, orderBy: { sortOrder: "asc" } }),
    db.absenceCode.findMany({ where: { schoolId }, select: { id: true, letterRu: true, kind: true }, orderBy: { sortOrder: "asc" } }),
  ]);
  return {
    schoolId,
    regionId: region.id,
    yearId: year.id,
    terms: year.terms,
    classId: cls.id,
    admin,
    teacher,
    homeroom,
    otherTeacher,
    pupils,
    parent,
    subjectId: subject.id,
    assignmentId: assignment.id,
    otherAssignmentId: otherAssignment.id,
    lessons,
    otherLessonId: otherLesson.id,
    workKinds,
    absenceCodes,
  };
}

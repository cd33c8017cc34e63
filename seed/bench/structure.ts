// Writes a planned district's mid-sized tables (schools, people, classes, timetables: up to a few
// hundred thousand rows) with explicit ids, one bulk statement per table and chunk. The catalogs
// (subjects, work kinds, absence codes, bells) are the demo school's, repeated in every school.
import type pg from "pg";
import { isoDate, type TYearPlan } from "../calendar";
import { ABSENCE_CODES, BELLS_NORMAL, GRADING, REGION, SUBJECTS, WORK_KINDS } from "../catalog";
import { columnsOf, insertColumns } from "./bulk";
import type { TBenchDistrict } from "./plan";
import type { TBenchAssignment, TBenchSlot } from "./timetable";

const int = "int";
const text = "text";
const date = "date";

/** One row per school × catalog entry, with ids (school-1)·n + i + 1. */
function perSchool<T>(d: TBenchDistrict, items: readonly T[]) {
  return d.schools.flatMap((s) => items.map((item, i) => ({ id: (s.id - 1) * items.length + i + 1, schoolId: s.id, item, i })));
}

export async function writeStructure(
  client: pg.ClientBase,
  d: TBenchDistrict,
  t: { assignments: TBenchAssignment[]; slots: TBenchSlot[] },
  year: TYearPlan,
  opts: { passwordHash: string; createdAt: string; lockedTermNumbers: number[] },
) {
  const at = opts.createdAt;
  await client.query(`INSERT INTO "Region" (id, "nameRu", "nameTt", "createdAt") VALUES (1, $1, $2, $3)`, [REGION.nameRu, REGION.nameTt, at]);
  await insertColumns(client, "Municipality", {
    ...columnsOf(d.municipalities, {
      id: [int, (m) => m.id],
      nameRu: [text, (m) => `Муниципальный район № ${m.number}`],
      nameTt: [text, (m) => `${m.number} нче муниципаль район`],
    }),
    regionId: { type: int, constant: 1 },
  });
  await insertColumns(client, "School", {
    ...columnsOf(d.schools, {
      id: [int, (s) => s.id],
      municipalityId: [int, (s) => s.municipalityId],
      nameRu: [text, (s) => `МБОУ «Средняя общеобразовательная школа № ${s.number}» (${s.id})`],
      nameTt: [text, (s) => `${s.number} нче гомуми белем бирү мәктәбе (${s.id})`],
      shortNameRu: [text, (s) => `Школа № ${s.number} (${s.id})`],
      shortNameTt: [text, (s) => `${s.number} нче мәктәп (${s.id})`],
    }),
    regionId: { type: int, constant: 1 },
    createdAt: { type: "timestamp", constant: at },
  });
  await insertColumns(client, "User", {
    ...columnsOf(d.users, {
      id: [int, (u) => u.id],
      login: [text, (u) => u.login],
      lastName: [text, (u) => u.lastName],
      firstName: [text, (u) => u.firstName],
      middleName: [text, (u) => u.middleName],
      birthDate: [date, (u) => u.birthDate],
    }),
    passwordHash: { type: text, constant: opts.passwordHash },
    createdAt: { type: "timestamp", constant: at },
    updatedAt: { type: "timestamp", constant: at },
  });
  await insertColumns(client, "UserRole", {
    ...columnsOf(d.roles, {
      id: [int, (_r, i) => i + 1],
      userId: [int, (r) => r.userId],
      role: ['"Role"', (r) => r.role],
      schoolId: [int, (r) => r.schoolId],
      regionId: [int, (r) => (r.role === "REGION_ADMIN" ? 1 : null)],
    }),
    createdAt: { type: "timestamp", constant: at },
  });
  // The year, its quarters (those already over are locked, with their term marks) and breaks.
  const schoolIds = d.schools.map((s) => s.id);
  await insertColumns(client, "AcademicYear", {
    id: { type: int, values: schoolIds },
    schoolId: { type: int, values: schoolIds },
    name: { type: text, constant: year.name },
    startDate: { type: date, constant: isoDate(year.startDay) },
    endDate: { type: date, constant: isoDate(year.endDay) },
    isCurrent: { type: "boolean", constant: true },
  });
  const terms = perSchool(d, year.terms);
  const locked = (n: number) => opts.lockedTermNumbers.includes(n);
  await insertColumns(client, "Term", {
    ...columnsOf(terms, {
      id: [int, (r) => r.id],
      schoolId: [int, (r) => r.schoolId],
      yearId: [int, (r) => r.schoolId],
      number: [int, (r) => r.item.number],
      startDate: [date, (r) => isoDate(r.item.startDay)],
      endDate: [date, (r) => isoDate(r.item.endDay)],
      isLocked: ["boolean", (r) => locked(r.item.number)],
      lockedAt: ["timestamp", (r) => (locked(r.item.number) ? `${isoDate(r.item.endDay + 3)}T12:00:00` : null)],
      lockedById: [int, (r) => (locked(r.item.number) ? d.schools[r.schoolId - 1].adminId : null)],
    }),
  });
  await insertColumns(client, "Holiday", {
    ...columnsOf(perSchool(d, year.holidays), {
      id: [int, (r) => r.id],
      schoolId: [int, (r) => r.schoolId],
      yearId: [int, (r) => r.schoolId],
      startDate: [date, (r) => isoDate(r.item.startDay)],
      endDate: [date, (r) => isoDate(r.item.endDay)],
      nameRu: [text, (r) => r.item.nameRu],
      nameTt: [text, (r) => r.item.nameTt],
    }),
  });
  await insertColumns(client, "GradingSettings", {
    id: { type: int, values: schoolIds },
    schoolId: { type: int, values: schoolIds },
    thresholdPreset: { type: '"ThresholdPreset"', constant: GRADING.thresholdPreset },
  });
  await insertColumns(client, "WorkKind", {
    ...columnsOf(perSchool(d, WORK_KINDS), {
      id: [int, (r) => r.id],
      schoolId: [int, (r) => r.schoolId],
      code: [text, (r) => r.item.code],
      nameRu: [text, (r) => r.item.nameRu],
      nameTt: [text, (r) => r.item.nameTt],
      weight: ["float8", (r) => r.item.weight],
      isDefault: ["boolean", (r) => Boolean(r.item.isDefault)],
      sortOrder: [int, (r) => r.i + 1],
    }),
  });
  await insertColumns(client, "AbsenceCode", {
    ...columnsOf(perSchool(d, ABSENCE_CODES), {
      id: [int, (r) => r.id],
      schoolId: [int, (r) => r.schoolId],
      letterRu: [text, (r) => r.item.letterRu],
      letterTt: [text, (r) => r.item.letterTt],
      nameRu: [text, (r) => r.item.nameRu],
      nameTt: [text, (r) => r.item.nameTt],
      kind: ['"AbsenceKind"', (r) => r.item.kind],
      sortOrder: [int, (r) => r.i + 1],
    }),
  });
  await insertColumns(client, "BellSchedule", {
    id: { type: int, values: schoolIds },
    schoolId: { type: int, values: schoolIds },
    name: { type: text, constant: "Основное расписание звонков" },
    variant: { type: '"BellVariant"', constant: "NORMAL" },
  });
  await insertColumns(client, "BellPeriod", {
    ...columnsOf(perSchool(d, BELLS_NORMAL), {
      id: [int, (r) => r.id],
      schoolId: [int, (r) => r.schoolId],
      bellScheduleId: [int, (r) => r.schoolId],
      number: [int, (r) => r.i + 1],
      startMinute: [int, (r) => r.item[0]],
      endMinute: [int, (r) => r.item[1]],
    }),
  });
  await insertColumns(client, "Subject", {
    ...columnsOf(perSchool(d, SUBJECTS), {
      id: [int, (r) => r.id],
      schoolId: [int, (r) => r.schoolId],
      code: [text, (r) => r.item.code],
      nameRu: [text, (r) => r.item.nameRu],
      nameTt: [text, (r) => r.item.nameTt],
      shortNameRu: [text, (r) => r.item.shortNameRu ?? null],
      shortNameTt: [text, (r) => r.item.shortNameTt ?? null],
      sortOrder: [int, (r) => (r.i + 1) * 10],
    }),
  });
  await writeClasses(client, d, t, year);
}

async function writeClasses(client: pg.ClientBase, d: TBenchDistrict, t: { assignments: TBenchAssignment[]; slots: TBenchSlot[] }, year: TYearPlan) {
  const start = isoDate(year.startDay);
  await insertColumns(client, "SchoolClass", {
    ...columnsOf(d.classes, {
      id: [int, (c) => c.id],
      schoolId: [int, (c) => c.schoolId],
      yearId: [int, (c) => c.schoolId],
      grade: [int, (c) => c.grade],
      letter: [text, (c) => c.letter],
      homeroomTeacherId: [int, (c) => c.homeroomTeacherId],
    }),
  });
  const enrolments = d.classes.flatMap((c) => Array.from({ length: c.size }, (_, i) => ({ c, studentId: c.firstStudentId + i })));
  await insertColumns(client, "Enrolment", {
    ...columnsOf(enrolments, {
      id: [int, (e) => e.studentId],
      schoolId: [int, (e) => e.c.schoolId],
      classId: [int, (e) => e.c.id],
      studentId: [int, (e) => e.studentId],
    }),
    startDate: { type: date, constant: start },
  });
  await insertColumns(client, "ParentLink", {
    ...columnsOf(d.parentLinks, {
      id: [int, (l) => l.id],
      schoolId: [int, (l) => l.schoolId],
      parentId: [int, (l) => l.parentId],
      childId: [int, (l) => l.childId],
    }),
    createdAt: { type: "timestamp", constant: `${start}T09:00:00` },
  });
  await insertColumns(client, "TeachingAssignment", {
    ...columnsOf(t.assignments, {
      id: [int, (a) => a.id],
      schoolId: [int, (a) => a.schoolId],
      yearId: [int, (a) => a.schoolId],
      teacherId: [int, (a) => a.teacherId],
      subjectId: [int, (a) => a.subjectId],
      classId: [int, (a) => a.classId],
    }),
  });
  await insertColumns(client, "TimetableSlot", {
    ...columnsOf(t.slots, {
      id: [int, (s) => s.id],
      schoolId: [int, (s) => s.schoolId],
      yearId: [int, (s) => s.schoolId],
      classId: [int, (s) => s.classId],
      assignmentId: [int, (s) => s.assignmentId],
      weekday: [int, (s) => s.weekday],
      period: [int, (s) => s.period],
      room: [text, (s) => s.room],
    }),
    validFrom: { type: date, constant: start },
  });
}

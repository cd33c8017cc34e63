// The school and region summaries and the class attendance on small schools with hand-placed
// term marks and absences: per class, per school and in total the figures are the hand-computed
// ones, and each summary opens only for those it belongs to.
import { beforeAll, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createPerson, createTestSchool, type TTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { getClassAttendance } from "./attendance";
import { loadAttendance, loadRegionSummary, loadSchoolSummary } from "./load";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
let s: TTestSchool;
let second: TTestSchool;
let classB: number;
let regionAdmin: { id: number };

const asPerson = <T>(person: { id: number }, fn: (user: NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>) => Promise<T>) =>
  asUser(person, async () => fn((await getCurrentUser())!));

async function finalMarks(school: TTestSchool, subjectId: number, marks: [number, number | "NOT_ASSESSED"][]) {
  await db.finalMark.createMany({
    data: marks.map(([studentId, v]) => ({
      schoolId: school.schoolId,
      yearId: school.yearId,
      termId: school.terms[1].id,
      kind: "TERM" as const,
      period: 2,
      studentId,
      subjectId,
      status: v === "NOT_ASSESSED" ? ("NOT_ASSESSED" as const) : ("GRADED" as const),
      value: v === "NOT_ASSESSED" ? null : v,
      authorId: school.teacher.id,
    })),
  });
}

beforeAll(async () => {
  s = await createTestSchool(db, { pupils: 4 });
  const p = s.pupils.map((x) => x.id);
  // 5 «А», term 2 maths: 5, 4, 3, н/а.
  await finalMarks(s, s.subjectId, [
    [p[0], 5],
    [p[1], 4],
    [p[2], 3],
    [p[3], "NOT_ASSESSED"],
  ]);
  // 5 «Б» with two pupils: maths 5 and 2.
  const b = await db.schoolClass.create({ data: { schoolId: s.schoolId, yearId: s.yearId, grade: 5, letter: "Б" }, select: { id: true } });
  classB = b.id;
  await db.teachingAssignment.create({ data: { schoolId: s.schoolId, yearId: s.yearId, teacherId: s.teacher.id, subjectId: s.subjectId, classId: classB } });
  const pb = [];
  for (const name of ["Бэ1", "Бэ2"]) {
    const pupil = await createPerson(db, s.schoolId, ["STUDENT"], name);
    await db.enrolment.create({ data: { schoolId: s.schoolId, classId: classB, studentId: pupil.id, startDate: d("2026-09-01") } });
    pb.push(pupil.id);
  }
  await finalMarks(s, s.subjectId, [
    [pb[0], 5],
    [pb[1], 2],
  ]);
  // A second school moved into the same region: maths 4 and 4.
  second = await createTestSchool(db, { pupils: 2 });
  const municipality = await db.school.findUniqueOrThrow({ where: { id: s.schoolId }, select: { municipalityId: true } });
  await db.school.update({ where: { id: second.schoolId }, data: { regionId: s.regionId, municipalityId: municipality.municipalityId } });
  await finalMarks(second, second.subjectId, [
    [second.pupils[0].id, 4],
    [second.pupils[1].id, 4],
  ]);
  // A school of another region with a 2 that must not reach this region's figures.
  const foreign = await createTestSchool(db, { pupils: 1 });
  await finalMarks(foreign, foreign.subjectId, [[foreign.pupils[0].id, 2]]);
  regionAdmin = await createPerson(db, null, ["REGION_ADMIN"], "Регион", { regionId: s.regionId });
});

describe("the school summary", () => {
  it("gives every class's figures and the school's total over all counted outcomes", async () => {
    const r = await asPerson(s.admin, (u) => loadSchoolSummary(u, undefined, "2"));
    const summary = r!.summary!;
    expect(summary.classes.map((c) => c.letter)).toEqual(["А", "Б"]);
    const [a, b] = summary.classes;
    expect(a.pupils).toBe(4);
    // 5, 4, 3, н/а: 75 %, 50 %, (100 + 64 + 36 + 7) / 4 = 51.75 → 51.8
    expect(a.figures).toMatchObject({ counted: 4, successRate: 75, qualityRate: 50, sou: 51.8 });
    // 5, 2: 50 %, 50 %, (100 + 16) / 2 = 58
    expect(b).toMatchObject({ pupils: 2, figures: { counted: 2, fives: 1, twos: 1, successRate: 50, qualityRate: 50, sou: 58 } });
    // All six: 4/6 = 66.7 %, 3/6 = 50 %, (200 + 64 + 36 + 16 + 7) / 6 = 53.8
    expect(summary.total).toMatchObject({ counted: 6, fives: 2, fours: 1, threes: 1, twos: 1, notAssessed: 1, successRate: 66.7, qualityRate: 50, sou: 53.8 });
    expect(summary.pupils).toBe(6);
  });

  it("opens for the school's administration and its region's administrator, not for teachers or another school", async () => {
    expect(await asPerson(s.teacher, (u) => loadSchoolSummary(u))).toBeNull();
    expect(await asPerson(s.homeroom, (u) => loadSchoolSummary(u, String(s.schoolId)))).toBeNull();
    expect(await asPerson(second.admin, (u) => loadSchoolSummary(u, String(s.schoolId)))).toBeNull();
    const viaRegion = await asPerson(regionAdmin, (u) => loadSchoolSummary(u, String(s.schoolId), "2"));
    expect(viaRegion?.summary?.total.counted).toBe(6);
    const foreignRegion = await createPerson(db, null, ["REGION_ADMIN"], "Чужой", { regionId: second.regionId });
    expect(await asPerson(foreignRegion, (u) => loadSchoolSummary(u, String(s.schoolId)))).toBeNull();
  });
});

describe("the region summary", () => {
  it("gives each school of the region and the region's total", async () => {
    const r = await asPerson(regionAdmin, (u) => loadRegionSummary(u, "2"));
    const summary = r!.summary!;
    expect(summary.schools.map((x) => x.id).sort()).toEqual([s.schoolId, second.schoolId].sort());
    const first = summary.schools.find((x) => x.id === s.schoolId)!;
    expect(first).toMatchObject({ classes: 2, pupils: 6, figures: { counted: 6, successRate: 66.7 } });
    expect(summary.schools.find((x) => x.id === second.schoolId)).toMatchObject({ classes: 1, pupils: 2, figures: { counted: 2, successRate: 100, sou: 64 } });
    // Eight outcomes: 5, 4, 3, н/а, 5, 2, 4, 4 → 6/8 = 75 %, 5/8 = 62.5 %, (200 + 192 + 36 + 16 + 7) / 8 = 56.4
    expect(summary.total).toMatchObject({ counted: 8, successRate: 75, qualityRate: 62.5, sou: 56.4 });
    expect(summary.pupils).toBe(8);
  });

  it("is the regional administrator's only", async () => {
    expect(await asPerson(s.admin, (u) => loadRegionSummary(u))).toBeNull();
  });
});

describe("class attendance for a month", () => {
  it("counts lessons missed by reason, lateness apart, whole days, and the class total", async () => {
    const codes = await db.absenceCode.findMany({ where: { schoolId: s.schoolId }, select: { id: true, kind: true } });
    const code = (kind: string) => codes.find((c) => c.kind === kind)?.id;
    const late = await db.absenceCode.create({
      data: { schoolId: s.schoolId, letterRu: "О", letterTt: "К", nameRu: "Опоздание", nameTt: "Соңга калу", kind: "LATE" },
    });
    const excused = await db.absenceCode.create({
      data: { schoolId: s.schoolId, letterRu: "У", letterTt: "С", nameRu: "Уважительная", nameTt: "Дәлилле", kind: "EXCUSED" },
    });
    const [l23, l24, l25] = s.lessons.map((l) => l.id);
    const cancelled = await db.lesson.create({
      data: { schoolId: s.schoolId, assignmentId: s.assignmentId, date: d("2026-11-26"), period: 1, isCancelled: true },
      select: { id: true },
    });
    const p = s.pupils.map((x) => x.id);
    const absent = (lessonId: bigint, studentId: number, absenceCodeId: number) =>
      db.attendance.create({ data: { schoolId: s.schoolId, lessonId, studentId, absenceCodeId, authorId: s.teacher.id } });
    // 23 Nov: maths (1st) and history (2nd). p0 ill at both: a whole day. p3 away with reason at maths only.
    await absent(l23, p[0], code("ILLNESS")!);
    await absent(s.otherLessonId, p[0], code("ILLNESS")!);
    await absent(l23, p[3], excused.id);
    // 24 Nov: maths only. p1 away without reason: a whole day of one lesson.
    await absent(l24, p[1], code("UNEXCUSED")!);
    // 25 Nov: p2 late (not an absence).
    await absent(l25, p[2], late.id);
    // 26 Nov: the lesson was cancelled; a mark left on it does not count.
    await absent(cancelled.id, p[3], code("ILLNESS")!);
    const r = await asPerson(s.homeroom, (u) => loadAttendance(u, String(s.classId), "2026-11"));
    const by = new Map(r!.attendance.pupils.map((x) => [x.id, x.totals]));
    expect(by.get(p[0])).toMatchObject({ lessons: 4, illness: 2, missed: 2, wholeDays: 1, wholeDaysIllness: 1 });
    expect(by.get(p[1])).toMatchObject({ unexcused: 1, missed: 1, wholeDays: 1 });
    expect(by.get(p[2])).toMatchObject({ late: 1, missed: 0, wholeDays: 0 });
    expect(by.get(p[3])).toMatchObject({ excused: 1, illness: 0, missed: 1, wholeDays: 0 });
    expect(r!.attendance.total).toMatchObject({ illness: 2, excused: 1, unexcused: 1, missed: 4, late: 1, wholeDays: 2, lessons: 16 });
    // As of 24 November, the lessons of the 25th have not taken place yet.
    const cls = await db.schoolClass.findUniqueOrThrow({ where: { id: s.classId } });
    const early = await getClassAttendance(cls, "2026-11", "2026-11-24");
    expect(early.total).toMatchObject({ lessons: 12, late: 0, missed: 4, wholeDays: 2 });
    // October has no lessons: every pupil is listed with zeros.
    const october = await asPerson(s.homeroom, (u) => loadAttendance(u, String(s.classId), "2026-10"));
    expect(october!.attendance.pupils).toHaveLength(4);
    expect(october!.attendance.total.missed).toBe(0);
  });

  it("opens for the homeroom teacher and the administration only", async () => {
    expect(await asPerson(s.teacher, (u) => loadAttendance(u, String(s.classId)))).toBeNull();
    expect(await asPerson(s.admin, (u) => loadAttendance(u, String(classB)))).not.toBeNull();
    expect(await asPerson(second.admin, (u) => loadAttendance(u, String(s.classId)))).toBeNull();
  });
});

// Whose diary a person may open: own, linked children, any pupil of one's school for admins, the
// pupils a teacher teaches (or substitutes for today, or is homeroom teacher of); anything else is
// indistinguishable from an id nobody has.
import { beforeAll, describe, expect, it } from "vitest";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { schoolToday } from "@/lib/i18n/dates";
import { createPerson, createTestSchool, type TTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { getReadablePupil } from "./access";
import { getDiaryPupils } from "./pupil-queries";

let school: TTestSchool;
let other: TTestSchool;
let nobodyId: number;

const readable = (who: { id: number }, studentId: number) => asUser(who, async () => (await getReadablePupil(await requireUser(), studentId))?.id ?? null);

beforeAll(async () => {
  [school, other] = [await createTestSchool(db), await createTestSchool(db)];
  // The parent has a second child in the same class.
  await db.parentLink.create({ data: { schoolId: school.schoolId, parentId: school.parent.id, childId: school.pupils[1].id } });
  nobodyId = (await db.user.aggregate({ _max: { id: true } }))._max.id! + 1000;
});

describe("a student", () => {
  it("opens their own diary", async () => {
    expect(await readable(school.pupils[0], school.pupils[0].id)).toBe(school.pupils[0].id);
  });
  it("cannot open a classmate's, another school's pupil's, or a nonexistent id", async () => {
    expect(await readable(school.pupils[0], school.pupils[2].id)).toBeNull();
    expect(await readable(school.pupils[0], other.pupils[0].id)).toBeNull();
    expect(await readable(school.pupils[0], nobodyId)).toBeNull();
  });
});

describe("a parent", () => {
  it("opens each linked child's diary", async () => {
    expect(await readable(school.parent, school.pupils[0].id)).toBe(school.pupils[0].id);
    expect(await readable(school.parent, school.pupils[1].id)).toBe(school.pupils[1].id);
  });
  it("lists both children with their class, and no one else", async () => {
    const pupils = await asUser(school.parent, async () => getDiaryPupils(await requireUser()));
    expect(pupils.map((p) => p.id).sort()).toEqual([school.pupils[0].id, school.pupils[1].id].sort());
    expect(pupils.every((p) => p.className === "5 «А»" && p.schoolId === school.schoolId)).toBe(true);
  });
  it("cannot open another child of the class, of another school, or a nonexistent id", async () => {
    expect(await readable(school.parent, school.pupils[2].id)).toBeNull();
    expect(await readable(school.parent, other.pupils[0].id)).toBeNull();
    expect(await readable(school.parent, nobodyId)).toBeNull();
  });
  it("cannot open a teacher's or their own id as a diary (not pupils)", async () => {
    expect(await readable(school.parent, school.teacher.id)).toBeNull();
    expect(await readable(school.parent, school.parent.id)).toBeNull();
  });
  it("loses access when the link is in a school where they are no parent", async () => {
    // A link into another school does not count unless the person is a parent there.
    await db.parentLink.create({ data: { schoolId: other.schoolId, parentId: school.parent.id, childId: other.pupils[1].id } });
    expect(await readable(school.parent, other.pupils[1].id)).toBeNull();
  });
});

describe("teachers and admins", () => {
  it("open the diaries of pupils they teach, or of their homeroom class; admins any pupil of the school", async () => {
    expect(await readable(school.teacher, school.pupils[2].id)).toBe(school.pupils[2].id);
    expect(await readable(school.otherTeacher, school.pupils[0].id)).toBe(school.pupils[0].id);
    expect(await readable(school.homeroom, school.pupils[1].id)).toBe(school.pupils[1].id);
    expect(await readable(school.admin, school.pupils[1].id)).toBe(school.pupils[1].id);
  });

  it("a teacher cannot open a pupil of a class they neither teach nor lead; a subgroup's teacher only its members", async () => {
    const classB = await db.schoolClass.create({ data: { schoolId: school.schoolId, yearId: school.yearId, grade: 6, letter: "Б" }, select: { id: true } });
    const pupilB = await createPerson(db, school.schoolId, ["STUDENT"], "Ученик");
    await db.enrolment.create({ data: { schoolId: school.schoolId, classId: classB.id, studentId: pupilB.id, startDate: new Date("2026-09-01T00:00:00Z") } });
    for (const t of [school.teacher, school.otherTeacher, school.homeroom]) expect(await readable(t, pupilB.id)).toBeNull();
    expect(await readable(school.admin, pupilB.id)).toBe(pupilB.id);
    // A teacher of one subgroup of class B reads its member, not the classmate outside it.
    const pupilB2 = await createPerson(db, school.schoolId, ["STUDENT"], "Ученик");
    await db.enrolment.create({ data: { schoolId: school.schoolId, classId: classB.id, studentId: pupilB2.id, startDate: new Date("2026-09-01T00:00:00Z") } });
    const group = await db.subgroup.create({ data: { schoolId: school.schoolId, classId: classB.id, name: "1 группа" }, select: { id: true } });
    await db.subgroupMember.create({ data: { schoolId: school.schoolId, subgroupId: group.id, studentId: pupilB.id } });
    const groupTeacher = await createPerson(db, school.schoolId, ["TEACHER"], "Группа");
    await db.teachingAssignment.create({
      data: {
        schoolId: school.schoolId,
        yearId: school.yearId,
        teacherId: groupTeacher.id,
        subjectId: school.subjectId,
        classId: classB.id,
        subgroupId: group.id,
      },
    });
    expect(await readable(groupTeacher, pupilB.id)).toBe(pupilB.id);
    expect(await readable(groupTeacher, pupilB2.id)).toBeNull();
  });

  it("a substitute reads the class's diaries on the day of the lesson they cover, not on another day", async () => {
    const sub = await createPerson(db, other.schoolId, ["TEACHER"], "Замена");
    const today = new Date(`${schoolToday()}T00:00:00Z`);
    const lesson = await db.lesson.create({
      data: {
        schoolId: other.schoolId,
        assignmentId: other.assignmentId,
        date: new Date(today.getTime() - 86_400_000),
        period: 3,
        substituteTeacherId: sub.id,
      },
      select: { id: true },
    });
    expect(await readable(sub, other.pupils[0].id)).toBeNull();
    await db.lesson.update({ where: { id: lesson.id }, data: { date: today } });
    expect(await readable(sub, other.pupils[0].id)).toBe(other.pupils[0].id);
  });
  it("cannot open another school's pupil or a nonexistent id", async () => {
    expect(await readable(school.teacher, other.pupils[0].id)).toBeNull();
    expect(await readable(school.admin, other.pupils[0].id)).toBeNull();
    expect(await readable(school.admin, nobodyId)).toBeNull();
  });
  it("have no diaries of their own in the navigation", async () => {
    expect(await asUser(school.teacher, async () => getDiaryPupils(await requireUser()))).toEqual([]);
  });
});

describe("people with no school role over the pupil", () => {
  it("a regional administrator opens no pupil's diary", async () => {
    const regional = await createPerson(db, null, ["REGION_ADMIN"], "Регион", { regionId: school.regionId });
    expect(await readable(regional, school.pupils[0].id)).toBeNull();
  });
  it("a teacher who is also a parent sees their child and the pupils they teach, nothing more", async () => {
    const both = await createPerson(db, school.schoolId, ["TEACHER", "PARENT"], "Оба");
    await db.parentLink.create({ data: { schoolId: school.schoolId, parentId: both.id, childId: school.pupils[2].id } });
    expect(await readable(both, school.pupils[2].id)).toBe(school.pupils[2].id);
    expect(await readable(both, school.pupils[0].id)).toBeNull();
    await db.teachingAssignment.create({
      data: { schoolId: school.schoolId, yearId: school.yearId, teacherId: both.id, subjectId: school.subjectId, classId: school.classId },
    });
    expect(await readable(both, school.pupils[0].id)).toBe(school.pupils[0].id);
    expect(await readable(both, other.pupils[0].id)).toBeNull();
    const own = await asUser(both, async () => getDiaryPupils(await requireUser()));
    expect(own.map((p) => p.id)).toEqual([school.pupils[2].id]);
  });
});

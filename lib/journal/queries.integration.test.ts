// What the journal page reads: the right pupils on the right dates, the reader's rights, and a
// fixed number of statements whatever the class size.
import { beforeEach, describe, expect, it } from "vitest";
import { getCurrentUser, getSession, type TCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getDiaryUnreadTotal } from "@/lib/diary/pupil-queries";
import { createPerson, createTestSchool, type TTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { countStatements } from "../../test/support/statements";
import { saveCellAction } from "./actions";
import { setFinalMarkAction } from "./final-mark-actions";
import { getJournalTerm, getJournalYear } from "./queries";

let s: TTestSchool;
beforeEach(async () => {
  s = await createTestSchool(db, { pupils: 4, lessonDates: ["2026-10-20", "2026-11-23", "2026-11-24", "2026-11-25"] });
});

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const readAs = <T>(person: { id: number }, fn: (user: TCurrentUser) => Promise<T>) => asUser(person, async () => fn((await getCurrentUser()) as TCurrentUser));

describe("the term grid", () => {
  it("holds the term's lessons, pupils by surname, marks, absences and term marks: five statements with the session", async () => {
    const answer = s.workKinds[0].id;
    const lesson = s.lessons[1].id;
    await asUser(s.teacher, () =>
      saveCellAction({
        assignmentId: s.assignmentId,
        lessonId: lesson,
        studentId: s.pupils[0].id,
        upsert: [{ key: "a", value: 5, workKindId: answer, isPending: false, comment: "у доски" }],
        remove: [],
      }),
    );
    await asUser(s.teacher, () =>
      saveCellAction({
        assignmentId: s.assignmentId,
        lessonId: lesson,
        studentId: s.pupils[1].id,
        upsert: [],
        remove: [],
        absence: { absenceCodeId: s.absenceCodes[1].id },
      }),
    );
    await asUser(s.teacher, () =>
      setFinalMarkAction({ assignmentId: s.assignmentId, studentId: s.pupils[0].id, period: 2, mark: { status: "GRADED", value: 5 } }),
    );
    await db.lesson.update({ where: { id: lesson }, data: { topic: "Дроби" } });
    await db.homework.create({ data: { schoolId: s.schoolId, lessonId: lesson, dueDate: d("2026-11-24"), text: "№ 5", createdById: s.teacher.id } });

    // What the page reads in one request (React cache makes every later session read free): the
    // session with the shell's school, the shell's diary badge (nothing for a teacher), the journal.
    const { result, statements } = await asUser(s.teacher, () =>
      countStatements(async () => {
        const session = await getSession();
        if (!session) throw new Error("no session");
        expect(session.place.school?.shortNameRu).toBeTruthy();
        await getDiaryUnreadTotal(session.user);
        return getJournalTerm(session.user, s.assignmentId);
      }),
    );
    // Issue 8's target is 6: the session (1), the header (1), lessons, pupils and cells (3).
    expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(5);
    // Every read of the big tables names the school first, so the (schoolId, …) indexes are used.
    for (const sql of statements.filter((q) => /"(Lesson|Mark|Attendance|Enrolment|FinalMark)"/.test(q))) {
      for (const [, alias] of sql.matchAll(/FROM "(?:Lesson|Mark|Attendance|Enrolment|FinalMark)" (\w+)/g)) {
        expect(sql, sql).toMatch(new RegExp(`${alias}\\."schoolId" = `));
      }
    }
    const j = result!;
    expect(j.term.number).toBe(2);
    expect(j.lessons.map((l) => l.date)).toEqual(["2026-11-23", "2026-11-24", "2026-11-25"]);
    expect(j.lessons[0]).toMatchObject({ topic: "Дроби", hasHomework: true });
    expect(j.lessons[1].hasHomework).toBe(false);
    expect(j.pupils.map((p) => p.lastName)).toEqual(["Ученик1", "Ученик2", "Ученик3", "Ученик4"]);
    expect(j.pupils[0].spans).toEqual([{ from: "2026-09-01", to: null }]);
    expect(j.marks).toEqual([expect.objectContaining({ lessonId: String(lesson), studentId: s.pupils[0].id, value: 5, comment: "у доски" })]);
    expect(j.absences).toEqual([{ lessonId: String(lesson), studentId: s.pupils[1].id, absenceCodeId: s.absenceCodes[1].id }]);
    expect(j.finalMarks).toEqual([expect.objectContaining({ studentId: s.pupils[0].id, period: 2, value: 5 })]);
    expect(j.header).toMatchObject({
      className: "5 «А»",
      grade: 5,
      settings: { allowedValues: [2, 3, 4, 5], thresholds: { three: 2.6, four: 3.6, five: 4.6 }, isUngraded: false },
    });
    expect(j.header.workKinds.map((w) => w.code)).toEqual(["answer", "test"]);
    expect(j.access).toMatchObject({ canWrite: true, canWriteFinalMarks: true });
  });

  it("shows pupils who joined or left mid-term with their dates, and leaves out those gone before it", async () => {
    await db.enrolment.updateMany({ where: { studentId: s.pupils[0].id }, data: { endDate: d("2026-10-30") } });
    await db.enrolment.updateMany({ where: { studentId: s.pupils[1].id }, data: { endDate: d("2026-11-23") } });
    await db.enrolment.updateMany({ where: { studentId: s.pupils[2].id }, data: { startDate: d("2026-11-24") } });
    const j = (await readAs(s.teacher, (user) => getJournalTerm(user, s.assignmentId)))!;
    expect(j.pupils.map((p) => [p.id, p.spans])).toEqual([
      [s.pupils[1].id, [{ from: "2026-09-01", to: "2026-11-23" }]],
      [s.pupils[2].id, [{ from: "2026-11-24", to: null }]],
      [s.pupils[3].id, [{ from: "2026-09-01", to: null }]],
    ]);
  });

  it("lists only a subgroup's members in a subgroup's journal", async () => {
    const group = await db.subgroup.create({ data: { schoolId: s.schoolId, classId: s.classId, name: "2 группа" }, select: { id: true } });
    await db.subgroupMember.createMany({ data: [s.pupils[1], s.pupils[3]].map((p) => ({ schoolId: s.schoolId, subgroupId: group.id, studentId: p.id })) });
    await db.teachingAssignment.update({ where: { id: s.assignmentId }, data: { subgroupId: group.id } });
    const j = (await readAs(s.teacher, (user) => getJournalTerm(user, s.assignmentId)))!;
    expect(j.pupils.map((p) => p.id)).toEqual([s.pupils[1].id, s.pupils[3].id]);
    expect(j.header.subgroupName).toBe("2 группа");
  });

  it("opens the term asked for, or the term of a focused lesson", async () => {
    const byParam = await readAs(s.teacher, (user) => getJournalTerm(user, s.assignmentId, { term: "1" }));
    expect(byParam?.lessons.map((l) => l.date)).toEqual(["2026-10-20"]);
    const byLesson = await readAs(s.teacher, (user) => getJournalTerm(user, s.assignmentId, { lessonId: String(s.lessons[0].id) }));
    expect(byLesson?.term.number).toBe(1);
    const foreign = await readAs(s.teacher, (user) => getJournalTerm(user, s.assignmentId, { lessonId: String(s.otherLessonId) }));
    expect(foreign?.term.number).toBe(2);
  });
});

describe("who may open a journal", () => {
  it("gives the homeroom teacher reading only, the admin writing, and nobody else anything", async () => {
    expect((await readAs(s.homeroom, (user) => getJournalTerm(user, s.assignmentId)))?.access).toMatchObject({ canWrite: false, canWriteFinalMarks: false });
    expect((await readAs(s.admin, (user) => getJournalTerm(user, s.assignmentId)))?.access.canWrite).toBe(true);
    const other = await createTestSchool(db);
    const outsider = await createPerson(db, s.schoolId, ["TEACHER"], "Посторонний");
    for (const person of [s.otherTeacher, outsider, s.pupils[0], s.parent, other.admin]) {
      expect(await readAs(person, (user) => getJournalTerm(user, s.assignmentId))).toBeNull();
      expect(await readAs(person, (user) => getJournalYear(user, s.assignmentId))).toBeNull();
    }
    expect(await readAs(s.teacher, (user) => getJournalTerm(user, 2_000_000_000))).toBeNull();
  });

  it("lets a substitute read the journal and write only their lesson", async () => {
    await db.lesson.update({ where: { id: s.lessons[2].id }, data: { substituteTeacherId: s.otherTeacher.id } });
    const j = await readAs(s.otherTeacher, (user) => getJournalTerm(user, s.assignmentId));
    expect(j?.access).toMatchObject({ canWrite: false, substituteLessonIds: [String(s.lessons[2].id)] });
  });
});

describe("the year page", () => {
  it("holds term and year marks of the year's pupils", async () => {
    for (const period of [1, 2, 0]) {
      await asUser(s.teacher, () =>
        setFinalMarkAction({ assignmentId: s.assignmentId, studentId: s.pupils[0].id, period, mark: { status: "GRADED", value: 4 } }),
      );
    }
    const y = (await readAs(s.teacher, (user) => getJournalYear(user, s.assignmentId)))!;
    expect(y.pupils).toHaveLength(4);
    expect(y.finalMarks.map((f) => f.period).sort()).toEqual([0, 1, 2]);
  });
});

// Ids past 2^31, as the region reaches them in its first year: the sequences of lessons, marks,
// absences, homework and term marks start beyond int4 (beyond 2^53 even, so an id that went through
// a JavaScript number would come back as another id), and everything a teacher, a pupil and a
// parent do goes through the real actions and is read back by the journal's and the diary's reads.
import { beforeAll, describe, expect, it } from "vitest";
import { getCurrentUser, type TCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getHomeworkList } from "@/lib/diary/homework-queries";
import { getTermMarks } from "@/lib/diary/marks-queries";
import { getDiaryDays } from "@/lib/diary/queries";
import { saveHomeworkAction } from "@/lib/homework/actions";
import { setHomeworkDoneAction } from "@/lib/homework/completion-actions";
import { decideAbsenceExplanationAction, explainAbsenceAction } from "@/lib/messages/absence-explanation-actions";
import { pupilAbsences } from "@/lib/messages/absence-explanations";
import { fanOut } from "@/lib/notifications/fan-out";
import { publishTimetableAction } from "@/lib/timetable/publish-actions";
import { addSlotAction } from "@/lib/timetable/slot-actions";
import { bigIdSequenceSql } from "@/test/support/big-ids";
import { createTestSchool, type TTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { getCellHistoryAction, saveCellAction, saveCellsAction } from "./actions";
import { setFinalMarkAction } from "./final-mark-actions";
import { getJournalTerm } from "./queries";

const INT4_MAX = 2n ** 31n - 1n;
const readAs = <T>(person: { id: number }, fn: (user: TCurrentUser) => Promise<T>) => asUser(person, async () => fn((await getCurrentUser()) as TCurrentUser));

let s: TTestSchool;
let answer: number;
/** The Monday lesson of the second quarter the timetable published, id past 2^31. */
let lessonId: string;

beforeAll(async () => {
  for (const sql of bigIdSequenceSql()) await db.$queryRawUnsafe(sql);
  // The factory's own lessons fall in the first quarter: the second is the timetable's to fill.
  s = await createTestSchool(db, { lessonDates: ["2026-10-05", "2026-10-06"] });
  answer = s.workKinds.find((w) => w.code === "answer")!.id;
  const slot = await asUser(s.admin, () => addSlotAction({ classId: s.classId, assignmentId: s.assignmentId, weekday: 1, period: 2, room: "101" }));
  expect(slot?.serverError).toBeUndefined();
  const published = await asUser(s.admin, () => publishTimetableAction({ termId: s.terms[1].id, classId: s.classId }));
  expect(published?.serverError).toBeUndefined();
  const lesson = await db.lesson.findFirstOrThrow({
    where: { assignmentId: s.assignmentId, date: new Date("2026-11-23T00:00:00.000Z") },
    select: { id: true },
  });
  expect(lesson.id).toBeGreaterThan(INT4_MAX);
  lessonId = String(lesson.id);
});

describe("64-bit ids", () => {
  it("a mark and an absence are saved, read back by the journal and the diary, told to the family, edited and removed by their ids", async () => {
    const five = { key: "n1", value: 5, workKindId: answer, isPending: false, comment: null };
    const cell = { assignmentId: s.assignmentId, lessonId, studentId: s.pupils[0].id, remove: [] };
    const created = await asUser(s.teacher, () => saveCellAction({ ...cell, upsert: [five] }));
    expect(created?.serverError).toBeUndefined();
    expect(created?.validationErrors).toBeUndefined();
    const markId = created!.data!.createdIds.n1;
    expect(BigInt(markId)).toBeGreaterThan(INT4_MAX);
    expect(created!.data!.lessonId).toBe(lessonId);
    // An absence of the second pupil, in a burst with nothing else: the burst path takes the same ids.
    const unexcused = s.absenceCodes.find((c) => c.kind === "UNEXCUSED")!.id;
    const absent = await asUser(s.teacher, () =>
      saveCellsAction({
        cells: [
          { ...cell, studentId: s.pupils[1].id, upsert: [], absence: { absenceCodeId: unexcused } },
          { ...cell, studentId: s.pupils[0].id, upsert: [{ ...five, id: markId }] },
        ],
      }),
    );
    expect(absent?.data?.results.map((r) => r.ok)).toEqual([true, true]);
    const attendance = await db.attendance.findFirstOrThrow({ where: { lessonId: BigInt(lessonId), studentId: s.pupils[1].id }, select: { id: true } });
    expect(attendance.id).toBeGreaterThan(INT4_MAX);

    // The journal: the lesson, its mark and its absence under the same ids, as strings.
    const term = await readAs(s.teacher, (user) => getJournalTerm(user, s.assignmentId, { term: "2", lessonId }));
    expect(term?.header.focusDate).toBe("2026-11-23");
    expect(term?.lessons.find((l) => l.date === "2026-11-23")?.id).toBe(lessonId);
    expect(term?.marks).toEqual([expect.objectContaining({ id: markId, lessonId, studentId: s.pupils[0].id, value: 5 })]);
    expect(term?.absences).toEqual([{ lessonId, studentId: s.pupils[1].id, absenceCodeId: unexcused }]);

    // The diary of each pupil.
    const week = await getDiaryDays({ id: s.pupils[0].id, schoolId: s.schoolId }, "2026-11-23", "2026-11-29");
    expect(week.find((l) => l.id === lessonId)?.marks).toEqual([expect.objectContaining({ id: markId, value: 5 })]);
    const other = await getDiaryDays({ id: s.pupils[1].id, schoolId: s.schoolId }, "2026-11-23", "2026-11-29");
    expect(other.find((l) => l.id === lessonId)?.absence).toMatchObject({ letterRu: "Н" });
    const marks = await getTermMarks({ id: s.pupils[0].id, schoolId: s.schoolId }, "2026-12-05", "2");
    expect(marks?.rows.flatMap((row) => row.marks.map((m) => m.id))).toEqual([markId]);

    // The outbox names the mark by its id; the worker finds it and tells the family.
    await fanOut({ quietMs: 0 });
    const told = await db.notification.findMany({ where: { schoolId: s.schoolId, kind: { in: ["mark", "absence"] } }, select: { kind: true } });
    expect(new Set(told.map((n) => n.kind))).toEqual(new Set(["mark", "absence"]));

    // Edited by its id, then removed by it; the cell's history follows.
    const edited = await asUser(s.teacher, () => saveCellAction({ ...cell, upsert: [{ ...five, id: markId, value: 3 }] }));
    expect(edited?.data?.marks).toEqual([expect.objectContaining({ id: markId, value: 3 })]);
    expect((await db.mark.findUniqueOrThrow({ where: { id: BigInt(markId) }, select: { value: true } })).value).toBe(3);
    const removed = await asUser(s.teacher, () => saveCellAction({ ...cell, upsert: [], remove: [markId] }));
    expect(removed?.data?.marks).toEqual([]);
    expect(await db.mark.count({ where: { id: BigInt(markId) } })).toBe(0);
    const history = await asUser(s.teacher, () => getCellHistoryAction({ lessonId, studentId: s.pupils[0].id }));
    expect(history?.data?.map((e) => e.action)).toEqual(["mark.delete", "mark.update", "mark.create"]);
  });

  it("homework is set on the lesson, shown in the diary and ticked done by the pupil by its id", async () => {
    const saved = await asUser(s.teacher, () =>
      saveHomeworkAction({ lessonId, text: "№ 12–14", dueLessonId: null, dueDate: "2026-11-30", removeAttachmentIds: [], files: [] }),
    );
    expect(saved?.serverError).toBeUndefined();
    const homeworkId = saved!.data!.homework!.id;
    expect(BigInt(homeworkId)).toBeGreaterThan(INT4_MAX);
    expect(saved!.data!.lessonId).toBe(lessonId);

    const list = await getHomeworkList({ id: s.pupils[0].id, schoolId: s.schoolId }, "2026-11-23", "2026-12-06");
    expect(list).toEqual([expect.objectContaining({ id: homeworkId, text: "№ 12–14", isDone: false })]);
    const ticked = await asUser(s.pupils[0], () => setHomeworkDoneAction({ homeworkId, isDone: true }));
    expect(ticked?.data).toEqual({ homeworkId, isDone: true });
    const again = await getHomeworkList({ id: s.pupils[0].id, schoolId: s.schoolId }, "2026-11-23", "2026-12-06");
    expect(again[0].isDone).toBe(true);
    // A forged id past int8 is refused as bad input, and nothing changes.
    const forged = await asUser(s.pupils[0], () => setHomeworkDoneAction({ homeworkId: "9223372036854775808", isDone: false }));
    expect(forged?.validationErrors).toBeDefined();
    expect(await db.homeworkCompletion.count({ where: { homeworkId: BigInt(homeworkId) } })).toBe(1);
  });

  it("a parent explains the absence, the homeroom teacher accepts it, and the journal's cell changes", async () => {
    const unexcused = s.absenceCodes.find((c) => c.kind === "UNEXCUSED")!.id;
    await asUser(s.teacher, () =>
      saveCellAction({ assignmentId: s.assignmentId, lessonId, studentId: s.pupils[0].id, upsert: [], remove: [], absence: { absenceCodeId: unexcused } }),
    );
    const [absence] = await pupilAbsences(s.schoolId, s.pupils[0].id, "2026-11-23", "2026-11-23");
    expect(absence.lessonId).toBe(lessonId);
    const explained = await asUser(s.parent, () =>
      explainAbsenceAction({ studentId: s.pupils[0].id, lessonId: absence.lessonId, reason: "Был у врача", files: [] }),
    );
    expect(explained?.serverError).toBeUndefined();
    const explanation = await db.absenceExplanation.findUniqueOrThrow({ where: { id: explained!.data!.id }, select: { lessonIds: true } });
    expect(explanation.lessonIds).toEqual([BigInt(lessonId)]);
    const decided = await asUser(s.homeroom, () => decideAbsenceExplanationAction({ explanationId: explained!.data!.id, decision: "accept" }));
    expect(decided?.data).toEqual({ status: "ACCEPTED", lessons: 1 });
    const illness = s.absenceCodes.find((c) => c.kind === "ILLNESS")!.id;
    const term = await readAs(s.teacher, (user) => getJournalTerm(user, s.assignmentId, { term: "2" }));
    expect(term?.absences.find((a) => a.studentId === s.pupils[0].id)).toEqual({ lessonId, studentId: s.pupils[0].id, absenceCodeId: illness });
  });

  it("a term mark is set past 2^31 and the diary's marks page shows it", async () => {
    const set = await asUser(s.teacher, () =>
      setFinalMarkAction({ assignmentId: s.assignmentId, studentId: s.pupils[2].id, period: 2, mark: { status: "GRADED", value: 4 } }),
    );
    expect(set?.serverError).toBeUndefined();
    const row = await db.finalMark.findFirstOrThrow({ where: { studentId: s.pupils[2].id, period: 2 }, select: { id: true, value: true } });
    expect(row.id).toBeGreaterThan(INT4_MAX);
    // Changed, then removed, by the action that finds it by the pupil's row.
    await asUser(s.teacher, () =>
      setFinalMarkAction({ assignmentId: s.assignmentId, studentId: s.pupils[2].id, period: 2, mark: { status: "GRADED", value: 5 } }),
    );
    const term = await readAs(s.teacher, (user) => getJournalTerm(user, s.assignmentId, { term: "2" }));
    expect(term?.finalMarks.find((f) => f.studentId === s.pupils[2].id)).toMatchObject({ status: "GRADED", value: 5 });
    const marks = await getTermMarks({ id: s.pupils[2].id, schoolId: s.schoolId }, "2026-12-05", "2");
    expect(marks?.rows.find((row) => row.subject.nameRu === "Математика")?.final).toMatchObject({ value: 5 });
    await asUser(s.teacher, () => setFinalMarkAction({ assignmentId: s.assignmentId, studentId: s.pupils[2].id, period: 2, mark: null }));
    expect(await db.finalMark.count({ where: { id: row.id } })).toBe(0);
  });
});

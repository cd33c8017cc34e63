// The timetable as an administrator runs it: bells, slots with clash checks, publishing a term's
// lessons, republishing after a change (lessons with marks stay and are reported), day changes.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, isoWeekday, schoolToday } from "@/lib/i18n/dates";
import { createPerson, createTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { saveBellsAction } from "./bell-actions";
import { changeLessonAction, publishTimetableAction } from "./publish-actions";
import { getTeacherLessons } from "./queries";
import { addSlotAction, deleteSlotAction } from "./slot-actions";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const iso = (x: Date) => x.toISOString().slice(0, 10);
/** Days of the second quarter (3 Nov – 28 Dec 2026) with the given ISO weekday. */
const q2Days = (weekday: number) => {
  const out: string[] = [];
  for (let day = "2026-11-03"; day <= "2026-12-28"; day = addDays(day, 1)) if (isoWeekday(day) === weekday) out.push(day);
  return out;
};

async function school() {
  // Lessons of the factory fall in the first quarter, so the second one starts empty.
  const s = await createTestSchool(db, { lessonDates: ["2026-10-05", "2026-10-06"] });
  await db.holiday.create({
    data: {
      schoolId: s.schoolId,
      yearId: s.yearId,
      startDate: d("2026-11-04"),
      endDate: d("2026-11-04"),
      nameRu: "День народного единства",
      nameTt: "Халык бердәмлеге көне",
    },
  });
  return { ...s, q2: s.terms[1].id };
}

describe("bells", () => {
  it("saves a schedule and refuses overlapping periods on the period that overlaps", async () => {
    const s = await school();
    const bad = await asUser(s.admin, () =>
      saveBellsAction({
        variant: "SHORT",
        name: "Сокращённый",
        periods: [
          { number: 1, start: "08:00", end: "08:30" },
          { number: 2, start: "08:25", end: "09:00" },
        ],
      }),
    );
    expect(bad?.validationErrors?.fieldErrors).toEqual({ "periods.1.start": ["admin:validation.periodOverlap"] });
    const ok = await asUser(s.admin, () =>
      saveBellsAction({
        variant: "SHORT",
        name: "Сокращённый",
        periods: [
          { number: 1, start: "8:00", end: "08:30" },
          { number: 2, start: "08:40", end: "09:10" },
        ],
      }),
    );
    expect(ok?.serverError).toBeUndefined();
    const periods = await db.bellPeriod.findMany({
      where: { bellSchedule: { schoolId: s.schoolId, variant: "SHORT" } },
      orderBy: { number: "asc" },
      select: { number: true, startMinute: true, endMinute: true },
    });
    expect(periods).toEqual([
      { number: 1, startMinute: 480, endMinute: 510 },
      { number: 2, startMinute: 520, endMinute: 550 },
    ]);
  });
});

describe("slots", () => {
  it("refuses a teacher in two classes at once and a taken cell, but lets subgroups sit side by side", async () => {
    const s = await school();
    const first = await asUser(s.admin, () => addSlotAction({ classId: s.classId, assignmentId: s.assignmentId, weekday: 1, period: 2, room: "101" }));
    expect(first?.data?.slotId).toBeGreaterThan(0);
    const taken = await asUser(s.admin, () => addSlotAction({ classId: s.classId, assignmentId: s.otherAssignmentId, weekday: 1, period: 2 }));
    expect(taken?.validationErrors?.fieldErrors).toEqual({ period: ["admin:validation.slotTaken"] });
    const classB = await db.schoolClass.create({ data: { schoolId: s.schoolId, yearId: s.yearId, grade: 6, letter: "Б" }, select: { id: true } });
    const inB = await db.teachingAssignment.create({
      data: { schoolId: s.schoolId, yearId: s.yearId, classId: classB.id, subjectId: s.subjectId, teacherId: s.teacher.id },
      select: { id: true },
    });
    const busy = await asUser(s.admin, () => addSlotAction({ classId: classB.id, assignmentId: inB.id, weekday: 1, period: 2 }));
    expect(busy?.validationErrors?.fieldErrors).toEqual({ assignmentId: ["admin:validation.teacherBusy"] });
    const odd = await asUser(s.admin, () => addSlotAction({ classId: classB.id, assignmentId: inB.id, weekday: 1, period: 3, parity: "ODD" }));
    expect(odd?.data?.slotId).toBeGreaterThan(0);
    const [g1, g2] = await Promise.all(
      ["1", "2"].map((n) => db.subgroup.create({ data: { schoolId: s.schoolId, classId: s.classId, name: `Группа ${n}` }, select: { id: true } })),
    );
    const [a1, a2] = await Promise.all(
      [g1, g2].map((g, i) =>
        db.teachingAssignment.create({
          data: {
            schoolId: s.schoolId,
            yearId: s.yearId,
            classId: s.classId,
            subjectId: s.subjectId,
            teacherId: i ? s.otherTeacher.id : s.homeroom.id,
            subgroupId: g.id,
          },
          select: { id: true },
        }),
      ),
    );
    expect((await asUser(s.admin, () => addSlotAction({ classId: s.classId, assignmentId: a1.id, weekday: 2, period: 1 })))?.data).toBeDefined();
    expect((await asUser(s.admin, () => addSlotAction({ classId: s.classId, assignmentId: a2.id, weekday: 2, period: 1 })))?.data).toBeDefined();
  });

  it("refuses a slot for another class's assignment", async () => {
    const s = await school();
    const other = await createTestSchool(db);
    const result = await asUser(s.admin, () => addSlotAction({ classId: s.classId, assignmentId: other.assignmentId, weekday: 1, period: 1 }));
    expect(result?.validationErrors?.fieldErrors).toEqual({ assignmentId: ["field.invalid_value"] });
  });
});

describe("publishing", () => {
  it("generates the term's lessons, and republishing keeps lessons that have marks and reports them", async () => {
    const s = await school();
    const monday = await asUser(s.admin, () => addSlotAction({ classId: s.classId, assignmentId: s.assignmentId, weekday: 1, period: 2, room: "101" }));
    await asUser(s.admin, () => addSlotAction({ classId: s.classId, assignmentId: s.assignmentId, weekday: 3, period: 1 }));
    const first = await asUser(s.admin, () => publishTimetableAction({ termId: s.q2, classId: s.classId }));
    expect(first?.serverError).toBeUndefined();
    const wednesdays = q2Days(3).filter((day) => day !== "2026-11-04");
    expect(first?.data).toMatchObject({ classes: 1, skipped: 0, created: q2Days(1).length + wednesdays.length, removed: 0, kept: [] });
    const lessons = await db.lesson.findMany({
      where: { assignmentId: s.assignmentId, date: { gte: d("2026-11-03") } },
      orderBy: [{ date: "asc" }],
      select: { id: true, date: true, period: true, room: true },
    });
    expect(lessons.map((l) => iso(l.date))).toEqual([...q2Days(1), ...wednesdays].sort());
    expect(lessons.find((l) => iso(l.date) === "2026-11-09")).toMatchObject({ period: 2, room: "101" });

    // Publishing the same timetable again changes nothing.
    const same = await asUser(s.admin, () => publishTimetableAction({ termId: s.q2, classId: s.classId }));
    expect(same?.data).toMatchObject({ created: 0, updated: 0, removed: 0, kept: [] });

    // A mark on the Monday lesson of 7 December; then Monday's lesson moves to Tuesday.
    const marked = lessons.find((l) => iso(l.date) === "2026-12-07")!;
    await db.mark.create({
      data: { schoolId: s.schoolId, lessonId: marked.id, studentId: s.pupils[0].id, workKindId: s.workKinds[0].id, value: 5, authorId: s.teacher.id },
    });
    await asUser(s.admin, () => deleteSlotAction({ slotId: monday!.data!.slotId }));
    await asUser(s.admin, () => addSlotAction({ classId: s.classId, assignmentId: s.assignmentId, weekday: 2, period: 2, room: "101" }));
    const again = await asUser(s.admin, () => publishTimetableAction({ termId: s.q2, classId: s.classId }));
    const today = schoolToday();
    const futureMondays = q2Days(1).filter((day) => day >= today);
    expect(again?.data?.kept).toEqual(
      futureMondays.includes("2026-12-07")
        ? [
            {
              id: String(marked.id),
              date: "2026-12-07",
              period: 2,
              className: "5 «А»",
              subject: { nameRu: "Математика", nameTt: "Математика" },
              records: ["marks"],
            },
          ]
        : [],
    );
    expect(again?.data?.removed).toBe(futureMondays.filter((day) => day !== "2026-12-07").length);
    expect(again?.data?.created).toBe(q2Days(2).filter((day) => day >= today).length);
    const after = await db.lesson.findMany({ where: { assignmentId: s.assignmentId, date: { gte: d("2026-11-03") } }, select: { date: true } });
    const dates = new Set(after.map((l) => iso(l.date)));
    for (const day of q2Days(1)) expect(dates.has(day), day).toBe(day < today || day === "2026-12-07");
    for (const day of q2Days(2)) expect(dates.has(day), day).toBe(day >= today);
    expect(await db.mark.count({ where: { lessonId: marked.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { schoolId: s.schoolId, action: "timetable.publish" } })).toBe(3);
  });

  it("refuses a locked term and a class with no timetable", async () => {
    const s = await school();
    const empty = await asUser(s.admin, () => publishTimetableAction({ termId: s.q2, classId: s.classId }));
    expect(empty?.validationErrors?.formErrors).toEqual(["admin:validation.noSlots"]);
    await db.term.update({ where: { id: s.q2 }, data: { isLocked: true } });
    const locked = await asUser(s.admin, () => publishTimetableAction({ termId: s.q2, classId: "" }));
    expect(locked?.serverError?.code).toBe("term_locked");
  });
});

describe("changes for one day", () => {
  it("puts in a substitute, who then sees the lesson, and cancels a lesson only when it holds no marks", async () => {
    const s = await createTestSchool(db, { lessonDates: ["2026-11-23", "2026-11-24"] });
    const [monday, tuesday] = s.lessons;
    const substitute = await createPerson(db, s.schoolId, ["TEACHER"], "Замена");
    const changed = await asUser(s.admin, () =>
      changeLessonAction({ lessonId: monday.id, isCancelled: false, substituteTeacherId: substitute.id, room: "205" }),
    );
    expect(changed?.data).toEqual({ lessonId: String(monday.id), isCancelled: false, substituteTeacherId: substitute.id, room: "205" });
    const seen = await getTeacherLessons(substitute.id, "2026-11-23", 7);
    expect(seen.map((l) => [l.id, l.room])).toEqual([[String(monday.id), "205"]]);
    await db.mark.create({
      data: { schoolId: s.schoolId, lessonId: tuesday.id, studentId: s.pupils[0].id, workKindId: s.workKinds[0].id, value: 4, authorId: s.teacher.id },
    });
    const refused = await asUser(s.admin, () => changeLessonAction({ lessonId: tuesday.id, isCancelled: true, substituteTeacherId: "", room: "" }));
    expect(refused?.validationErrors?.fieldErrors).toEqual({ isCancelled: ["admin:validation.lessonHasRecords"] });
    const cancelled = await asUser(s.admin, () => changeLessonAction({ lessonId: monday.id, isCancelled: "on", substituteTeacherId: substitute.id, room: "" }));
    expect(cancelled?.data).toMatchObject({ isCancelled: true, substituteTeacherId: null });
    expect(await db.auditEvent.count({ where: { schoolId: s.schoolId, action: "lesson.dayChange", lessonId: monday.id } })).toBe(2);
  });
});

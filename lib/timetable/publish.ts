// Publishing a class's timetable for a term: the first time, lessons for every school day of the
// term; afterwards, only from today on, keeping lessons that hold records (generate.ts). The
// writes of all classes go in one transaction.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { fromIsoDate, schoolToday, type TIsoDate, toIsoDate } from "@/lib/i18n/dates";
import { className } from "@/lib/school/names";
import { generateLessons, planRegeneration, type TExistingLesson } from "./generate";

export type TKeptLesson = {
  /** The lesson's 64-bit id, as its decimal string (the list goes to the browser). */
  id: string;
  date: TIsoDate;
  period: number;
  className: string;
  subject: { nameRu: string; nameTt: string };
  records: ("marks" | "attendance" | "homework" | "topic")[];
};
/** `skipped`: classes with no timetable yet, left as they are rather than emptied. */
export type TPublishResult = { classes: number; skipped: number; created: number; updated: number; removed: number; kept: TKeptLesson[] };

const iso = toIsoDate;

export async function publishTimetable(opts: {
  schoolId: number;
  actorId: number;
  term: { id: number; yearId: number; startDate: Date; endDate: Date };
  classIds: number[];
}): Promise<TPublishResult> {
  const { schoolId, term } = opts;
  const today = schoolToday();
  const [settings, holidays, slots] = await Promise.all([
    db.gradingSettings.findUnique({ where: { schoolId }, select: { usesWeekParity: true } }),
    db.holiday.findMany({ where: { schoolId, yearId: term.yearId }, select: { startDate: true, endDate: true } }),
    db.timetableSlot.findMany({
      where: { schoolId, yearId: term.yearId, classId: { in: opts.classIds } },
      select: { id: true, classId: true, assignmentId: true, weekday: true, period: true, parity: true, room: true, validFrom: true, validTo: true },
    }),
  ]);
  const classIds = opts.classIds.filter((id) => slots.some((s) => s.classId === id));
  const existing = await db.lesson.findMany({
    where: { schoolId, date: { gte: term.startDate, lte: term.endDate }, assignment: { classId: { in: classIds } } },
    select: {
      id: true,
      date: true,
      period: true,
      assignmentId: true,
      slotId: true,
      room: true,
      topic: true,
      assignment: { select: { classId: true, class: { select: { grade: true, letter: true } }, subject: { select: { nameRu: true, nameTt: true } } } },
      _count: { select: { marks: true, attendance: true, homeworkGiven: true } },
    },
  });
  const spans = holidays.map((h) => ({ startDate: iso(h.startDate), endDate: iso(h.endDate) }));
  const result: TPublishResult = { classes: classIds.length, skipped: opts.classIds.length - classIds.length, created: 0, updated: 0, removed: 0, kept: [] };
  const writes: { create: ReturnType<typeof planRegeneration>["create"]; update: ReturnType<typeof planRegeneration>["update"]; remove: bigint[] } = {
    create: [],
    update: [],
    remove: [],
  };
  for (const classId of classIds) {
    const mine = existing.filter((l) => l.assignment.classId === classId);
    // First publication of the term: every day of it, so a journal can be filled in afterwards.
    const from = mine.length === 0 ? iso(term.startDate) : [iso(term.startDate), today].sort()[1];
    const to = iso(term.endDate);
    if (from > to) continue;
    const desired = generateLessons({
      from,
      to,
      holidays: spans,
      usesWeekParity: settings?.usesWeekParity ?? false,
      slots: slots.filter((s) => s.classId === classId).map((s) => ({ ...s, validFrom: iso(s.validFrom), validTo: s.validTo ? iso(s.validTo) : null })),
    });
    const inWindow: (TExistingLesson & { source: (typeof mine)[number] })[] = mine
      .filter((l) => iso(l.date) >= from)
      .map((l) => ({
        id: l.id,
        date: iso(l.date),
        period: l.period,
        assignmentId: l.assignmentId,
        slotId: l.slotId,
        room: l.room,
        hasRecords: l._count.marks + l._count.attendance + l._count.homeworkGiven > 0 || Boolean(l.topic?.trim()),
        source: l,
      }));
    const plan = planRegeneration(inWindow, desired);
    writes.create.push(...plan.create);
    writes.update.push(...plan.update);
    writes.remove.push(...plan.remove);
    for (const k of plan.kept) {
      const l = inWindow.find((x) => x.id === k.id)!.source;
      const records: TKeptLesson["records"] = [];
      if (l._count.marks) records.push("marks");
      if (l._count.attendance) records.push("attendance");
      if (l._count.homeworkGiven) records.push("homework");
      if (l.topic?.trim()) records.push("topic");
      result.kept.push({
        id: String(l.id),
        date: iso(l.date),
        period: l.period,
        className: className(l.assignment.class),
        subject: l.assignment.subject,
        records,
      });
    }
  }
  await db.$transaction(
    async (tx) => {
      if (writes.create.length) {
        await tx.lesson.createMany({
          data: writes.create.map((l) => ({
            schoolId,
            assignmentId: l.assignmentId,
            slotId: l.slotId,
            date: fromIsoDate(l.date),
            period: l.period,
            room: l.room,
          })),
        });
      }
      for (const u of writes.update) await tx.lesson.update({ where: { id: u.id, schoolId }, data: { slotId: u.slotId, room: u.room }, select: { id: true } });
      // Checked again inside the transaction: a mark entered a moment ago keeps its lesson.
      const removed = writes.remove.length
        ? await tx.lesson.deleteMany({
            where: {
              schoolId,
              id: { in: writes.remove },
              marks: { none: {} },
              attendance: { none: {} },
              homeworkGiven: { none: {} },
              OR: [{ topic: null }, { topic: "" }],
            },
          })
        : { count: 0 };
      result.created = writes.create.length;
      result.updated = writes.update.length;
      result.removed = removed.count;
      await recordAudit(tx, {
        schoolId,
        actorId: opts.actorId,
        action: "timetable.publish",
        entityType: "Term",
        entityId: term.id,
        after: {
          classIds,
          skipped: result.skipped,
          created: result.created,
          updated: result.updated,
          removed: result.removed,
          kept: result.kept.map((k) => k.id),
        },
      });
    },
    { timeout: 120_000, maxWait: 15_000 },
  );
  result.kept.sort((a, b) => a.date.localeCompare(b.date) || a.period - b.period);
  return result;
}

// A pupil's diary: the lessons of a week with homework due, marks and absences.
import "server-only";
import { db } from "@/lib/db";
import { addDays, fromIsoDate, type TIsoDate, toIsoDate } from "@/lib/i18n/dates";

export type TDiaryLesson = {
  id: number;
  date: TIsoDate;
  period: number;
  startMinute: number | null;
  endMinute: number | null;
  subject: { nameRu: string; nameTt: string };
  topic: string | null;
  room: string | null;
  isCancelled: boolean;
  homework: { id: number; text: string; isDone: boolean }[];
  marks: { id: number; value: number | null; isPending: boolean; comment: string | null; workKind: { nameRu: string; nameTt: string; weight: number } }[];
  absence: { letterRu: string; letterTt: string; nameRu: string; nameTt: string } | null;
};

/** The lessons a pupil attends from Monday `weekStart` for 7 days: their class's, and their subgroups'. */
export async function getDiaryWeek(studentId: number, schoolId: number, weekStart: TIsoDate): Promise<TDiaryLesson[]> {
  const from = fromIsoDate(weekStart);
  const to = fromIsoDate(addDays(weekStart, 7));
  const [enrolments, memberships] = await Promise.all([
    db.enrolment.findMany({
      where: { schoolId, studentId, startDate: { lt: to }, OR: [{ endDate: null }, { endDate: { gte: from } }] },
      select: { classId: true, startDate: true, endDate: true },
    }),
    db.subgroupMember.findMany({ where: { schoolId, studentId }, select: { subgroupId: true } }),
  ]);
  if (enrolments.length === 0) return [];
  const subgroupIds = memberships.map((m) => m.subgroupId);
  const lessons = await db.lesson.findMany({
    where: {
      schoolId,
      date: { gte: from, lt: to },
      OR: enrolments.map((e) => ({
        date: { gte: e.startDate, ...(e.endDate ? { lte: e.endDate } : {}) },
        assignment: { classId: e.classId, OR: [{ subgroupId: null }, { subgroupId: { in: subgroupIds } }] },
      })),
    },
    orderBy: [{ date: "asc" }, { period: "asc" }],
    select: {
      id: true,
      date: true,
      period: true,
      topic: true,
      room: true,
      isCancelled: true,
      assignment: { select: { subject: { select: { nameRu: true, nameTt: true } } } },
      homeworkDue: { select: { id: true, text: true, completions: { where: { studentId }, select: { id: true } } } },
      marks: {
        where: { studentId },
        orderBy: { createdAt: "asc" },
        select: { id: true, value: true, isPending: true, comment: true, workKind: { select: { nameRu: true, nameTt: true, weight: true } } },
      },
      attendance: { where: { studentId }, select: { absenceCode: { select: { letterRu: true, letterTt: true, nameRu: true, nameTt: true } } } },
    },
  });
  const bells = await db.bellPeriod.findMany({
    where: { schoolId, bellSchedule: { variant: "NORMAL" } },
    select: { number: true, startMinute: true, endMinute: true },
  });
  const bellOf = new Map(bells.map((b) => [b.number, b]));
  return lessons.map((l) => ({
    id: l.id,
    date: toIsoDate(l.date),
    period: l.period,
    startMinute: bellOf.get(l.period)?.startMinute ?? null,
    endMinute: bellOf.get(l.period)?.endMinute ?? null,
    subject: l.assignment.subject,
    topic: l.topic,
    room: l.room,
    isCancelled: l.isCancelled,
    homework: l.homeworkDue.map((h) => ({ id: h.id, text: h.text, isDone: h.completions.length > 0 })),
    marks: l.marks,
    absence: l.attendance[0]?.absenceCode ?? null,
  }));
}

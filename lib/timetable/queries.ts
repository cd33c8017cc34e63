// Lessons in time: a teacher's day and week, with bell times.
import "server-only";
import { db } from "@/lib/db";
import { addDays, fromIsoDate, type TIsoDate, toIsoDate } from "@/lib/i18n/dates";
import { className } from "@/lib/school/names";

export type TTeacherLesson = {
  id: number;
  date: TIsoDate;
  period: number;
  startMinute: number | null;
  endMinute: number | null;
  room: string | null;
  topic: string | null;
  isCancelled: boolean;
  assignmentId: number;
  className: string;
  subgroupName: string | null;
  subject: { nameRu: string; nameTt: string };
};

/** A teacher's lessons (their own assignments, and lessons they substitute) from `from` for `days` days. */
export async function getTeacherLessons(teacherId: number, from: TIsoDate, days: number): Promise<TTeacherLesson[]> {
  const lessons = await db.lesson.findMany({
    where: {
      date: { gte: fromIsoDate(from), lt: fromIsoDate(addDays(from, days)) },
      OR: [{ assignment: { teacherId } }, { substituteTeacherId: teacherId }],
    },
    orderBy: [{ date: "asc" }, { period: "asc" }],
    select: {
      id: true,
      date: true,
      period: true,
      room: true,
      topic: true,
      isCancelled: true,
      schoolId: true,
      assignment: {
        select: {
          id: true,
          subject: { select: { nameRu: true, nameTt: true } },
          class: { select: { grade: true, letter: true } },
          subgroup: { select: { name: true } },
        },
      },
    },
  });
  const schoolIds = [...new Set(lessons.map((l) => l.schoolId))];
  const bells = schoolIds.length
    ? await db.bellPeriod.findMany({
        where: { schoolId: { in: schoolIds }, bellSchedule: { variant: "NORMAL" } },
        select: { schoolId: true, number: true, startMinute: true, endMinute: true },
      })
    : [];
  const bellOf = new Map(bells.map((b) => [`${b.schoolId}:${b.number}`, b]));
  return lessons.map((l) => {
    const bell = bellOf.get(`${l.schoolId}:${l.period}`);
    return {
      id: l.id,
      date: toIsoDate(l.date),
      period: l.period,
      startMinute: bell?.startMinute ?? null,
      endMinute: bell?.endMinute ?? null,
      room: l.room,
      topic: l.topic,
      isCancelled: l.isCancelled,
      assignmentId: l.assignment.id,
      className: className(l.assignment.class),
      subgroupName: l.assignment.subgroup?.name ?? null,
      subject: l.assignment.subject,
    };
  });
}

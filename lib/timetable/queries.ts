// Lessons in time: a teacher's day and week, with bell times (shortened on a shortened day).
import "server-only";
import { db } from "@/lib/db";
import { addDays, fromIsoDate, type TIsoDate, toIsoDate } from "@/lib/i18n/dates";
import { className } from "@/lib/school/names";
import { getBellsOnDays } from "./bell-times";

export type TTeacherLesson = {
  /** The lesson's 64-bit id as its decimal string (it goes to the browser). */
  id: string;
  date: TIsoDate;
  period: number;
  startMinute: number | null;
  endMinute: number | null;
  /** The day follows the shortened bells. */
  isShortenedDay: boolean;
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
  const bellsOn = await getBellsOnDays(lessons.map((l) => ({ schoolId: l.schoolId, date: toIsoDate(l.date) })));
  return lessons.map((l) => {
    const day = bellsOn(l.schoolId, toIsoDate(l.date));
    const bell = day.periods.get(l.period);
    return {
      id: String(l.id),
      date: toIsoDate(l.date),
      period: l.period,
      startMinute: bell?.startMinute ?? null,
      endMinute: bell?.endMinute ?? null,
      isShortenedDay: day.isShortened,
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

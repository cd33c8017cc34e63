// Column types of the tables the seed writes in bulk (bulk.ts). The row types come from Prisma's
// generated input types, so a renamed or retyped column breaks the build rather than the seed.
import type { Prisma } from "../lib/generated/prisma/client";
import type { TPgType } from "./bulk";

type TColumns<T> = Partial<Record<keyof T, TPgType>>;
/** A row with exactly the given columns, typed as Prisma types them. */
type TRow<T, C> = Pick<Required<T>, keyof C & keyof T>;

export const LESSON_COLUMNS = {
  schoolId: "int",
  assignmentId: "int",
  slotId: "int",
  date: "date",
  period: "int",
  room: "text",
  topic: "text",
  createdAt: "timestamp",
  updatedAt: "timestamp",
} as const satisfies TColumns<Prisma.LessonCreateManyInput>;
export type TLessonInsert = TRow<Prisma.LessonCreateManyInput, typeof LESSON_COLUMNS>;

export const HOMEWORK_COLUMNS = {
  schoolId: "int",
  lessonId: "int8",
  dueLessonId: "int8",
  dueDate: "date",
  text: "text",
  createdById: "int",
  createdAt: "timestamp",
  updatedAt: "timestamp",
} as const satisfies TColumns<Prisma.HomeworkCreateManyInput>;
export type THomeworkInsert = TRow<Prisma.HomeworkCreateManyInput, typeof HOMEWORK_COLUMNS>;

export const ATTENDANCE_COLUMNS = {
  schoolId: "int",
  lessonId: "int8",
  studentId: "int",
  absenceCodeId: "int",
  authorId: "int",
  createdAt: "timestamp",
  updatedAt: "timestamp",
} as const satisfies TColumns<Prisma.AttendanceCreateManyInput>;
export type TAttendanceInsert = TRow<Prisma.AttendanceCreateManyInput, typeof ATTENDANCE_COLUMNS>;

export const MARK_COLUMNS = {
  schoolId: "int",
  lessonId: "int8",
  studentId: "int",
  workKindId: "int",
  value: "int",
  isPending: "bool",
  comment: "text",
  authorId: "int",
  createdAt: "timestamp",
  updatedAt: "timestamp",
} as const satisfies TColumns<Prisma.MarkCreateManyInput>;
export type TMarkInsert = TRow<Prisma.MarkCreateManyInput, typeof MARK_COLUMNS>;

export const COMPLETION_COLUMNS = {
  schoolId: "int",
  homeworkId: "int8",
  studentId: "int",
  doneAt: "timestamp",
} as const satisfies TColumns<Prisma.HomeworkCompletionCreateManyInput>;
export type TCompletionInsert = TRow<Prisma.HomeworkCompletionCreateManyInput, typeof COMPLETION_COLUMNS>;

export const FINAL_MARK_COLUMNS = {
  schoolId: "int",
  yearId: "int",
  termId: "int",
  kind: "enum:FinalMarkKind",
  period: "int",
  studentId: "int",
  subjectId: "int",
  status: "enum:FinalMarkStatus",
  value: "int",
  average: "float8",
  suggested: "int",
  isOverride: "bool",
  authorId: "int",
  createdAt: "timestamp",
  updatedAt: "timestamp",
} as const satisfies TColumns<Prisma.FinalMarkCreateManyInput>;
export type TFinalMarkInsert = TRow<Prisma.FinalMarkCreateManyInput, typeof FINAL_MARK_COLUMNS>;

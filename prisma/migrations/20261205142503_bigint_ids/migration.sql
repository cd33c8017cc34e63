-- 64-bit ids for the tables that grow with every lesson (decision 025): Lesson, Mark, Attendance,
-- Homework, FinalMark, and every column that names one of them. Each ALTER COLUMN … TYPE rewrites
-- its table and rebuilds its indexes under an ACCESS EXCLUSIVE lock held to the end of the
-- migration: run in a maintenance window, with the app stopped.
--
-- Prisma's diff wrote `SET DATA TYPE BIGSERIAL` for the ids (not a type PostgreSQL knows) and
-- dropped and re-added the primary keys (the type change rebuilds them anyway): the ids are plain
-- BIGINT here, and their sequences are widened below, which the diff does not see.

-- The foreign keys between the changed columns go first and come back at the end, checked once
-- against the rewritten tables.
ALTER TABLE "Attendance" DROP CONSTRAINT "Attendance_lessonId_fkey";
ALTER TABLE "Homework" DROP CONSTRAINT "Homework_dueLessonId_fkey";
ALTER TABLE "Homework" DROP CONSTRAINT "Homework_lessonId_fkey";
ALTER TABLE "HomeworkAttachment" DROP CONSTRAINT "HomeworkAttachment_homeworkId_fkey";
ALTER TABLE "HomeworkCompletion" DROP CONSTRAINT "HomeworkCompletion_homeworkId_fkey";
ALTER TABLE "Mark" DROP CONSTRAINT "Mark_lessonId_fkey";

ALTER TABLE "Lesson" ALTER COLUMN "id" SET DATA TYPE BIGINT;

ALTER TABLE "Homework" ALTER COLUMN "id" SET DATA TYPE BIGINT,
ALTER COLUMN "lessonId" SET DATA TYPE BIGINT,
ALTER COLUMN "dueLessonId" SET DATA TYPE BIGINT;

ALTER TABLE "HomeworkAttachment" ALTER COLUMN "homeworkId" SET DATA TYPE BIGINT;

ALTER TABLE "HomeworkCompletion" ALTER COLUMN "homeworkId" SET DATA TYPE BIGINT;

ALTER TABLE "Mark" ALTER COLUMN "id" SET DATA TYPE BIGINT,
ALTER COLUMN "lessonId" SET DATA TYPE BIGINT;

ALTER TABLE "Attendance" ALTER COLUMN "id" SET DATA TYPE BIGINT,
ALTER COLUMN "lessonId" SET DATA TYPE BIGINT;

ALTER TABLE "FinalMark" ALTER COLUMN "id" SET DATA TYPE BIGINT;

ALTER TABLE "AuditEvent" ALTER COLUMN "lessonId" SET DATA TYPE BIGINT;

ALTER TABLE "AbsenceExplanation" ALTER COLUMN "lessonIds" SET DATA TYPE BIGINT[];

-- A serial's sequence stays AS integer (and so stops at 2^31 - 1) when its column changes type;
-- AS bigint also lifts its maximum to the bigint one. Instant: no table is read.
ALTER SEQUENCE "Lesson_id_seq" AS bigint;
ALTER SEQUENCE "Homework_id_seq" AS bigint;
ALTER SEQUENCE "Mark_id_seq" AS bigint;
ALTER SEQUENCE "Attendance_id_seq" AS bigint;
ALTER SEQUENCE "FinalMark_id_seq" AS bigint;

ALTER TABLE "Homework" ADD CONSTRAINT "Homework_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Homework" ADD CONSTRAINT "Homework_dueLessonId_fkey" FOREIGN KEY ("dueLessonId") REFERENCES "Lesson"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "HomeworkAttachment" ADD CONSTRAINT "HomeworkAttachment_homeworkId_fkey" FOREIGN KEY ("homeworkId") REFERENCES "Homework"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "HomeworkCompletion" ADD CONSTRAINT "HomeworkCompletion_homeworkId_fkey" FOREIGN KEY ("homeworkId") REFERENCES "Homework"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Mark" ADD CONSTRAINT "Mark_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

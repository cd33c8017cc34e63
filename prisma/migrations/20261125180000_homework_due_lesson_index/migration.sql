-- CreateIndex
CREATE INDEX "Homework_schoolId_dueLessonId_idx" ON "Homework"("schoolId", "dueLessonId");

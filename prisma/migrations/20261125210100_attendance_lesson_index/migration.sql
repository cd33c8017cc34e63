-- CreateIndex
CREATE INDEX "Attendance_schoolId_lessonId_idx" ON "Attendance"("schoolId", "lessonId");

-- CreateEnum
CREATE TYPE "AbsenceExplanationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- CreateTable
CREATE TABLE "AbsenceExplanation" (
    "id" SERIAL NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "studentId" INTEGER NOT NULL,
    "parentId" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "lessonIds" INTEGER[],
    "reason" TEXT NOT NULL,
    "fileName" TEXT,
    "mimeType" TEXT,
    "size" INTEGER,
    "storageKey" TEXT,
    "status" "AbsenceExplanationStatus" NOT NULL DEFAULT 'PENDING',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" INTEGER,
    "absenceCodeId" INTEGER,

    CONSTRAINT "AbsenceExplanation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AbsenceExplanation_storageKey_key" ON "AbsenceExplanation"("storageKey");

-- CreateIndex
CREATE INDEX "AbsenceExplanation_schoolId_studentId_date_idx" ON "AbsenceExplanation"("schoolId", "studentId", "date");

-- AddForeignKey
ALTER TABLE "AbsenceExplanation" ADD CONSTRAINT "AbsenceExplanation_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

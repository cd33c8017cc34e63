-- AlterTable
ALTER TABLE "Mark" ADD COLUMN     "clientKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Mark_schoolId_clientKey_key" ON "Mark"("schoolId", "clientKey");

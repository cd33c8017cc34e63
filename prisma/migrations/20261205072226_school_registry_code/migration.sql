-- AlterTable
ALTER TABLE "School" ADD COLUMN     "registryCode" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "School_regionId_registryCode_key" ON "School"("regionId", "registryCode");

-- CreateTable
CREATE TABLE "ShortenedDay" (
    "id" SERIAL NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShortenedDay_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ShortenedDay_schoolId_date_key" ON "ShortenedDay"("schoolId", "date");

-- AddForeignKey
ALTER TABLE "ShortenedDay" ADD CONSTRAINT "ShortenedDay_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

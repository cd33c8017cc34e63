-- AlterEnum
ALTER TYPE "ThresholdPreset" ADD VALUE 'CUSTOM';

-- AlterTable
ALTER TABLE "GradingSettings" ADD COLUMN     "customFive" DOUBLE PRECISION,
ADD COLUMN     "customFour" DOUBLE PRECISION,
ADD COLUMN     "customThree" DOUBLE PRECISION;

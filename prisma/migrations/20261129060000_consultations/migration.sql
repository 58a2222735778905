-- Consultations get their window as instants, five statuses, an introduction and a version: questions
-- of five kinds with SECAS's summary: responses carry their respondent category, who entered them and
-- whether they came late: answers carry confidentiality, party impact and themes: per-requirement
-- answers are new. No consultation existed before this migration, so the new NOT NULL columns need no backfill.
-- CreateEnum
CREATE TYPE "ConsultationStatus" AS ENUM ('PLANNED', 'OPEN', 'CLOSED', 'COLLATED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "RespondentCategory" AS ENUM ('LARGE_SUPPLIER', 'SMALL_SUPPLIER', 'ELECTRICITY_NETWORK_PARTY', 'GAS_NETWORK_PARTY', 'OTHER_SEC_PARTY', 'DCC', 'CONSUMER_BODY');

-- CreateEnum
CREATE TYPE "CostBand" AS ENUM ('NONE', 'UNDER_10K', 'FROM_10K_TO_100K', 'FROM_100K_TO_1M', 'OVER_1M');

-- CreateEnum
CREATE TYPE "ImpactLevel" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "QuestionKind" ADD VALUE 'PER_REQUIREMENT';
ALTER TYPE "QuestionKind" ADD VALUE 'PARTY_IMPACT';

-- AlterEnum
ALTER TYPE "ResponseStatus" ADD VALUE 'WITHDRAWN';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Position" ADD VALUE 'SUPPORT';
ALTER TYPE "Position" ADD VALUE 'OPPOSE';

-- DropForeignKey
ALTER TABLE "Answer" DROP CONSTRAINT "Answer_responseId_fkey";

-- DropForeignKey
ALTER TABLE "Answer" DROP CONSTRAINT "Answer_questionId_fkey";

-- AlterTable
ALTER TABLE "Consultation" DROP COLUMN "closesOn",
DROP COLUMN "opensOn",
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "closesAt" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "collatedAt" TIMESTAMP(3),
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "introduction" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "openedAt" TIMESTAMP(3),
ADD COLUMN     "opensAt" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "publishedById" TEXT,
ADD COLUMN     "reportId" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
DROP COLUMN "status",
ADD COLUMN     "status" "ConsultationStatus" NOT NULL DEFAULT 'PLANNED';

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "summary" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "category" "RespondentCategory" NOT NULL,
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "enteredById" TEXT,
ADD COLUMN     "late" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "confidential" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "consultationId" TEXT NOT NULL,
ADD COLUMN     "costBand" "CostBand",
ADD COLUMN     "impactLevel" "ImpactLevel",
ADD COLUMN     "leadTimeWeeks" INTEGER,
ADD COLUMN     "themes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ALTER COLUMN "rationale" SET DEFAULT '';

-- CreateTable
CREATE TABLE "RequirementAnswer" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "requirementVersionId" TEXT NOT NULL,
    "position" "Position" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "confidential" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "RequirementAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RequirementAnswer_questionId_requirementVersionId_idx" ON "RequirementAnswer"("questionId", "requirementVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "RequirementAnswer_responseId_questionId_requirementVersionI_key" ON "RequirementAnswer"("responseId", "questionId", "requirementVersionId");

-- CreateIndex
CREATE INDEX "Consultation_status_closesAt_idx" ON "Consultation"("status", "closesAt");

-- CreateIndex
CREATE UNIQUE INDEX "Consultation_id_modificationId_key" ON "Consultation"("id", "modificationId");

-- CreateIndex
CREATE UNIQUE INDEX "Question_id_consultationId_key" ON "Question"("id", "consultationId");

-- CreateIndex
CREATE INDEX "Response_consultationId_status_idx" ON "Response"("consultationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Response_id_consultationId_key" ON "Response"("id", "consultationId");

-- CreateIndex
CREATE INDEX "Answer_questionId_idx" ON "Answer"("questionId");

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_responseId_consultationId_fkey" FOREIGN KEY ("responseId", "consultationId") REFERENCES "Response"("id", "consultationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_questionId_consultationId_fkey" FOREIGN KEY ("questionId", "consultationId") REFERENCES "Question"("id", "consultationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementAnswer" ADD CONSTRAINT "RequirementAnswer_responseId_consultationId_fkey" FOREIGN KEY ("responseId", "consultationId") REFERENCES "Response"("id", "consultationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementAnswer" ADD CONSTRAINT "RequirementAnswer_questionId_consultationId_fkey" FOREIGN KEY ("questionId", "consultationId") REFERENCES "Question"("id", "consultationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementAnswer" ADD CONSTRAINT "RequirementAnswer_requirementVersionId_fkey" FOREIGN KEY ("requirementVersionId") REFERENCES "RequirementVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A window closes after it opens, and a lead time is not negative.
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_window_check" CHECK ("closesAt" > "opensAt");
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_leadTimeWeeks_check" CHECK ("leadTimeWeeks" IS NULL OR "leadTimeWeeks" BETWEEN 0 AND 520);
-- Compared as text: a value added to an enum cannot be used in the transaction that added it.
ALTER TABLE "RequirementAnswer" ADD CONSTRAINT "RequirementAnswer_position_check" CHECK ("position"::text IN ('SUPPORT', 'OPPOSE', 'NEUTRAL'));

-- A per-requirement answer is about a requirement version the consultation's baseline froze.
CREATE FUNCTION refuse_requirement_answer_outside_baseline() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN IF NOT EXISTS (SELECT 1 FROM "Consultation" c JOIN "BaselineEntry" e ON e."baselineId" = c."baselineId" WHERE c."id" = NEW."consultationId" AND e."requirementVersionId" = NEW."requirementVersionId") THEN RAISE EXCEPTION ''RequirementAnswer: the requirement version is not in the consultation''''s baseline'' USING ERRCODE = ''foreign_key_violation''\073 END IF\073 RETURN NEW\073 END';
CREATE TRIGGER "RequirementAnswer_in_baseline" BEFORE INSERT OR UPDATE ON "RequirementAnswer"
  FOR EACH ROW EXECUTE FUNCTION refuse_requirement_answer_outside_baseline();

-- DCC Preliminary and Impact Assessments replace the unused ImpactAssessment table (a party's own
-- impact is recorded on its consultation answers instead).

-- CreateEnum
CREATE TYPE "DccAssessmentKind" AS ENUM ('PRELIMINARY', 'IMPACT');

-- CreateEnum
CREATE TYPE "DccAssessmentStatus" AS ENUM ('REQUESTED', 'RECEIVED', 'SUPERSEDED');

-- DropForeignKey
ALTER TABLE "ImpactAssessment" DROP CONSTRAINT "ImpactAssessment_modificationId_fkey";

-- DropForeignKey
ALTER TABLE "ImpactAssessment" DROP CONSTRAINT "ImpactAssessment_requirementId_fkey";

-- DropForeignKey
ALTER TABLE "ImpactAssessment" DROP CONSTRAINT "ImpactAssessment_organisationId_fkey";

-- DropForeignKey
ALTER TABLE "ImpactAssessment" DROP CONSTRAINT "ImpactAssessment_authorId_fkey";

-- DropTable
DROP TABLE "ImpactAssessment";

-- DropEnum
DROP TYPE "ImpactKind";

-- CreateTable
CREATE TABLE "DccAssessment" (
    "id" TEXT NOT NULL,
    "modificationId" TEXT NOT NULL,
    "kind" "DccAssessmentKind" NOT NULL,
    "baselineId" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "request" TEXT NOT NULL DEFAULT '',
    "status" "DccAssessmentStatus" NOT NULL DEFAULT 'REQUESTED',
    "requestedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DccAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DccAssessmentVersion" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "designAndBuildPence" BIGINT NOT NULL,
    "testingPence" BIGINT NOT NULL,
    "implementationPence" BIGINT NOT NULL,
    "ongoingPerYearPence" BIGINT NOT NULL,
    "leadTimeWeeks" INTEGER NOT NULL,
    "earliestRelease" TEXT NOT NULL,
    "systems" TEXT[],
    "assumptions" TEXT NOT NULL,
    "validUntil" DATE NOT NULL,
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "authorId" TEXT NOT NULL,
    "changeNote" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DccAssessmentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DccAssessment_modificationId_createdAt_idx" ON "DccAssessment"("modificationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DccAssessmentVersion_assessmentId_number_key" ON "DccAssessmentVersion"("assessmentId", "number");

-- AddForeignKey
ALTER TABLE "DccAssessment" ADD CONSTRAINT "DccAssessment_modificationId_fkey" FOREIGN KEY ("modificationId") REFERENCES "Modification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DccAssessment" ADD CONSTRAINT "DccAssessment_baselineId_fkey" FOREIGN KEY ("baselineId") REFERENCES "Baseline"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DccAssessment" ADD CONSTRAINT "DccAssessment_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DccAssessmentVersion" ADD CONSTRAINT "DccAssessmentVersion_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "DccAssessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DccAssessmentVersion" ADD CONSTRAINT "DccAssessmentVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The ImpactAssessment trigger went with its table: its function goes too.
DROP FUNCTION refuse_other_modification_impact();

-- Rules Prisma's schema language cannot express (bodies as E'' strings, \073 for each semicolon).
-- Money is never negative, the lead time is whole weeks, a SEC release is June or November.
ALTER TABLE "DccAssessmentVersion" ADD CONSTRAINT "DccAssessmentVersion_amounts"
  CHECK ("designAndBuildPence" >= 0 AND "testingPence" >= 0 AND "implementationPence" >= 0 AND "ongoingPerYearPence" >= 0 AND "leadTimeWeeks" >= 0);
ALTER TABLE "DccAssessmentVersion" ADD CONSTRAINT "DccAssessmentVersion_release"
  CHECK ("earliestRelease" ~ '^[0-9]{4}-(06|11)$');

-- Versions are append-only, like requirement versions.
CREATE TRIGGER "DccAssessmentVersion_append_only" BEFORE UPDATE OR DELETE ON "DccAssessmentVersion"
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();

-- The baseline assessed is one of the assessment's own modification (as for rounds and consultations).
CREATE TRIGGER "DccAssessment_same_modification" BEFORE INSERT OR UPDATE ON "DccAssessment"
  FOR EACH ROW EXECUTE FUNCTION refuse_other_modification_baseline();

-- One request awaited and one assessment current (received) per modification at any moment: the
-- commands check both, and two saves racing cannot leave two.
CREATE UNIQUE INDEX "DccAssessment_one_awaited" ON "DccAssessment"("modificationId") WHERE "status" = 'REQUESTED';
CREATE UNIQUE INDEX "DccAssessment_one_current" ON "DccAssessment"("modificationId") WHERE "status" = 'RECEIVED';

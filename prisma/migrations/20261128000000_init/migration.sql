-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('SECAS', 'WORKING_GROUP', 'DCC_ANALYST', 'REVIEWER', 'PARTY_RESPONDENT');

-- CreateEnum
CREATE TYPE "Committee" AS ENUM ('OPSG', 'TABASC', 'SSC', 'CSC');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('SEC_PARTY', 'DCC', 'CONSUMER_REPRESENTATIVE', 'CODE_ADMINISTRATOR', 'REGULATOR');

-- CreateEnum
CREATE TYPE "PartyCategory" AS ENUM ('LARGE_SUPPLIER', 'SMALL_SUPPLIER', 'ELECTRICITY_NETWORK_PARTY', 'GAS_NETWORK_PARTY', 'OTHER_SEC_PARTY');

-- CreateEnum
CREATE TYPE "ModificationStage" AS ENUM ('DEVELOPMENT', 'REFINEMENT', 'REPORT', 'DECISION', 'IMPLEMENTATION', 'CLOSED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ModificationPath" AS ENUM ('PATH_1_AUTHORITY_LED', 'PATH_2_AUTHORITY_DETERMINATION', 'PATH_3_SELF_GOVERNANCE', 'FAST_TRACK');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('PROBLEM_STATEMENT', 'INITIAL_FEEDBACK_PAPER', 'BUSINESS_REQUIREMENTS', 'DCC_PRELIMINARY_ASSESSMENT', 'DCC_IMPACT_ASSESSMENT', 'WORKING_GROUP_SUMMARY', 'CONSULTATION', 'COLLATED_RESPONSES', 'MODIFICATION_REPORT', 'LEGAL_TEXT', 'CHANGE_BOARD_VOTE', 'DECISION_LETTER', 'OTHER');

-- CreateEnum
CREATE TYPE "RequirementStatus" AS ENUM ('DRAFT', 'PROPOSED', 'AGREED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "TraceTargetKind" AS ENUM ('SEC_SECTION', 'TOM_ITEM', 'SERVICE_REQUEST', 'REQUIREMENT');

-- CreateEnum
CREATE TYPE "ImpactKind" AS ENUM ('DCC_PRELIMINARY', 'DCC_FULL', 'PARTY');

-- CreateEnum
CREATE TYPE "ConsultationKind" AS ENUM ('REFINEMENT', 'MODIFICATION_REPORT');

-- CreateEnum
CREATE TYPE "WindowStatus" AS ENUM ('PLANNED', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "QuestionKind" AS ENUM ('AGREE_DISAGREE', 'YES_NO', 'FREE_TEXT');

-- CreateEnum
CREATE TYPE "ResponseStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "Position" AS ENUM ('AGREE', 'DISAGREE', 'NEUTRAL', 'YES', 'NO');

-- CreateEnum
CREATE TYPE "CommentStatus" AS ENUM ('OPEN', 'ANSWERED', 'RESOLVED');

-- CreateEnum
CREATE TYPE "ReportKind" AS ENUM ('MODIFICATION_REPORT', 'CONCLUSIONS_REPORT');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "partyCategory" "PartyCategory",

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "committee" "Committee",
    "organisationId" TEXT,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Modification" (
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "draftRef" TEXT NOT NULL,
    "proposalRef" TEXT,
    "title" TEXT NOT NULL,
    "stage" "ModificationStage" NOT NULL,
    "path" "ModificationPath",
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "proposerId" TEXT NOT NULL,
    "leadAnalyst" TEXT,
    "raisedOn" DATE NOT NULL,
    "implementationRelease" TEXT,
    "latestUpdate" TEXT,
    "summary" TEXT NOT NULL,
    "issue" TEXT NOT NULL,
    "solution" TEXT NOT NULL,
    "whoIsImpacted" TEXT NOT NULL,
    "secDocumentsAffected" TEXT NOT NULL,
    "nextRequirementNumber" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Modification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "modificationId" TEXT NOT NULL,
    "occurredOn" DATE NOT NULL,
    "dateLabel" TEXT,
    "event" TEXT NOT NULL,
    "confirmed" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "modificationId" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "title" TEXT NOT NULL,
    "publishedOn" DATE NOT NULL,
    "note" TEXT,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequirementArea" (
    "id" TEXT NOT NULL,
    "modificationId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "RequirementArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Requirement" (
    "id" TEXT NOT NULL,
    "modificationId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "ref" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "RequirementStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Requirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequirementVersion" (
    "id" TEXT NOT NULL,
    "requirementId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "areaId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "RequirementStatus" NOT NULL,
    "authorId" TEXT NOT NULL,
    "changeNote" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequirementVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Baseline" (
    "id" TEXT NOT NULL,
    "modificationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Baseline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BaselineEntry" (
    "baselineId" TEXT NOT NULL,
    "requirementVersionId" TEXT NOT NULL,

    CONSTRAINT "BaselineEntry_pkey" PRIMARY KEY ("baselineId","requirementVersionId")
);

-- CreateTable
CREATE TABLE "TraceLink" (
    "id" TEXT NOT NULL,
    "requirementId" TEXT NOT NULL,
    "kind" "TraceTargetKind" NOT NULL,
    "targetRequirementId" TEXT,
    "serviceRequestId" TEXT,
    "reference" TEXT,
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TraceLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceRequest" (
    "id" TEXT NOT NULL,
    "modificationId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "eligibleForMdr" BOOLEAN NOT NULL,
    "targetResponseTime" TEXT NOT NULL,
    "testingScenario" TEXT NOT NULL,
    "illustrative" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ServiceRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImpactAssessment" (
    "id" TEXT NOT NULL,
    "modificationId" TEXT NOT NULL,
    "requirementId" TEXT,
    "organisationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "kind" "ImpactKind" NOT NULL,
    "costGbp" DECIMAL(14,2),
    "leadTimeWeeks" INTEGER,
    "systems" TEXT[],
    "summary" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImpactAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consultation" (
    "id" TEXT NOT NULL,
    "modificationId" TEXT NOT NULL,
    "kind" "ConsultationKind" NOT NULL,
    "title" TEXT NOT NULL,
    "status" "WindowStatus" NOT NULL DEFAULT 'PLANNED',
    "opensOn" DATE,
    "closesOn" DATE,
    "baselineId" TEXT,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" "QuestionKind" NOT NULL,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Response" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "respondentId" TEXT NOT NULL,
    "status" "ResponseStatus" NOT NULL DEFAULT 'DRAFT',
    "confidential" BOOLEAN NOT NULL DEFAULT false,
    "submittedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "position" "Position",
    "rationale" TEXT NOT NULL,

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewRound" (
    "id" TEXT NOT NULL,
    "modificationId" TEXT NOT NULL,
    "committee" "Committee" NOT NULL,
    "title" TEXT NOT NULL,
    "status" "WindowStatus" NOT NULL DEFAULT 'PLANNED',
    "opensOn" DATE,
    "closesOn" DATE,
    "baselineId" TEXT,

    CONSTRAINT "ReviewRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewQuestion" (
    "id" TEXT NOT NULL,
    "reviewRoundId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "ReviewQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "modificationId" TEXT NOT NULL,
    "reviewRoundId" TEXT,
    "requirementVersionId" TEXT,
    "parentId" TEXT,
    "authorId" TEXT NOT NULL,
    "quotedText" TEXT,
    "body" TEXT NOT NULL,
    "status" "CommentStatus" NOT NULL DEFAULT 'OPEN',
    "disposition" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "modificationId" TEXT NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "version" TEXT NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "baselineId" TEXT,
    "content" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "modificationId" TEXT,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_name_key" ON "Organisation"("name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_createdAt_idx" ON "SignInAttempt"("email", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Modification_number_key" ON "Modification"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Modification_draftRef_key" ON "Modification"("draftRef");

-- CreateIndex
CREATE UNIQUE INDEX "Modification_proposalRef_key" ON "Modification"("proposalRef");

-- CreateIndex
CREATE UNIQUE INDEX "Milestone_modificationId_occurredOn_event_key" ON "Milestone"("modificationId", "occurredOn", "event");

-- CreateIndex
CREATE UNIQUE INDEX "Document_modificationId_title_key" ON "Document"("modificationId", "title");

-- CreateIndex
CREATE UNIQUE INDEX "RequirementArea_modificationId_code_key" ON "RequirementArea"("modificationId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "RequirementArea_modificationId_position_key" ON "RequirementArea"("modificationId", "position");

-- CreateIndex
CREATE INDEX "Requirement_areaId_position_idx" ON "Requirement"("areaId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Requirement_modificationId_ref_key" ON "Requirement"("modificationId", "ref");

-- CreateIndex
CREATE UNIQUE INDEX "Requirement_modificationId_number_key" ON "Requirement"("modificationId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "RequirementVersion_requirementId_version_key" ON "RequirementVersion"("requirementId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Baseline_modificationId_name_key" ON "Baseline"("modificationId", "name");

-- CreateIndex
CREATE INDEX "TraceLink_targetRequirementId_idx" ON "TraceLink"("targetRequirementId");

-- CreateIndex
CREATE INDEX "TraceLink_serviceRequestId_idx" ON "TraceLink"("serviceRequestId");

-- CreateIndex
CREATE UNIQUE INDEX "TraceLink_requirementId_kind_targetRequirementId_serviceReq_key" ON "TraceLink"("requirementId", "kind", "targetRequirementId", "serviceRequestId", "reference");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceRequest_modificationId_number_key" ON "ServiceRequest"("modificationId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Consultation_modificationId_title_key" ON "Consultation"("modificationId", "title");

-- CreateIndex
CREATE UNIQUE INDEX "Question_consultationId_number_key" ON "Question"("consultationId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Response_consultationId_organisationId_key" ON "Response"("consultationId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Answer_responseId_questionId_key" ON "Answer"("responseId", "questionId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewRound_modificationId_title_key" ON "ReviewRound"("modificationId", "title");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewQuestion_reviewRoundId_number_key" ON "ReviewQuestion"("reviewRoundId", "number");

-- CreateIndex
CREATE INDEX "Comment_modificationId_createdAt_idx" ON "Comment"("modificationId", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_requirementVersionId_idx" ON "Comment"("requirementVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "Report_modificationId_kind_version_key" ON "Report"("modificationId", "kind", "version");

-- CreateIndex
CREATE INDEX "AuditEvent_modificationId_createdAt_idx" ON "AuditEvent"("modificationId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Modification" ADD CONSTRAINT "Modification_proposerId_fkey" FOREIGN KEY ("proposerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_modificationId_fkey" FOREIGN KEY ("modificationId") REFERENCES "Modification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_modificationId_fkey" FOREIGN KEY ("modificationId") REFERENCES "Modification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementArea" ADD CONSTRAINT "RequirementArea_modificationId_fkey" FOREIGN KEY ("modificationId") REFERENCES "Modification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Requirement" ADD CONSTRAINT "Requirement_modificationId_fkey" FOREIGN KEY ("modificationId") REFERENCES "Modification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Requirement" ADD CONSTRAINT "Requirement_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "RequirementArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementVersion" ADD CONSTRAINT "RequirementVersion_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "Requirement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementVersion" ADD CONSTRAINT "RequirementVersion_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "RequirementArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementVersion" ADD CONSTRAINT "RequirementVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Baseline" ADD CONSTRAINT "Baseline_modificationId_fkey" FOREIGN KEY ("modificationId") REFERENCES "Modification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Baseline" ADD CONSTRAINT "Baseline_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BaselineEntry" ADD CONSTRAINT "BaselineEntry_baselineId_fkey" FOREIGN KEY ("baselineId") REFERENCES "Baseline"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BaselineEntry" ADD CONSTRAINT "BaselineEntry_requirementVersionId_fkey" FOREIGN KEY ("requirementVersionId") REFERENCES "RequirementVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TraceLink" ADD CONSTRAINT "TraceLink_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "Requirement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TraceLink" ADD CONSTRAINT "TraceLink_targetRequirementId_fkey" FOREIGN KEY ("targetRequirementId") REFERENCES "Requirement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TraceLink" ADD CONSTRAINT "TraceLink_serviceRequestId_fkey" FOREIGN KEY ("serviceRequestId") REFERENCES "ServiceRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TraceLink" ADD CONSTRAINT "TraceLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRequest" ADD CONSTRAINT "ServiceRequest_modificationId_fkey" FOREIGN KEY ("modificationId") REFERENCES "Modification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactAssessment" ADD CONSTRAINT "ImpactAssessment_modificationId_fkey" FOREIGN KEY ("modificationId") REFERENCES "Modification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactAssessment" ADD CONSTRAINT "ImpactAssessment_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "Requirement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactAssessment" ADD CONSTRAINT "ImpactAssessment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactAssessment" ADD CONSTRAINT "ImpactAssessment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_modificationId_fkey" FOREIGN KEY ("modificationId") REFERENCES "Modification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_baselineId_fkey" FOREIGN KEY ("baselineId") REFERENCES "Baseline"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRound" ADD CONSTRAINT "ReviewRound_modificationId_fkey" FOREIGN KEY ("modificationId") REFERENCES "Modification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRound" ADD CONSTRAINT "ReviewRound_baselineId_fkey" FOREIGN KEY ("baselineId") REFERENCES "Baseline"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewQuestion" ADD CONSTRAINT "ReviewQuestion_reviewRoundId_fkey" FOREIGN KEY ("reviewRoundId") REFERENCES "ReviewRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_modificationId_fkey" FOREIGN KEY ("modificationId") REFERENCES "Modification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_reviewRoundId_fkey" FOREIGN KEY ("reviewRoundId") REFERENCES "ReviewRound"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_requirementVersionId_fkey" FOREIGN KEY ("requirementVersionId") REFERENCES "RequirementVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_modificationId_fkey" FOREIGN KEY ("modificationId") REFERENCES "Modification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_baselineId_fkey" FOREIGN KEY ("baselineId") REFERENCES "Baseline"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_modificationId_fkey" FOREIGN KEY ("modificationId") REFERENCES "Modification"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------
-- Rules Prisma's schema language cannot express. Written by hand.
-- ---------------------------------------------------------------------------

-- History is append-only: versions and audit events are never changed or removed.
-- The body is an E'' string with \073 for its semicolon: the JS schema engine's adapter
-- splits migration scripts at every semicolon, which would cut a dollar-quoted body in two.
CREATE FUNCTION refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN RAISE EXCEPTION ''% is append-only'', TG_TABLE_NAME USING ERRCODE = ''restrict_violation''\073 END';

CREATE TRIGGER "RequirementVersion_append_only" BEFORE UPDATE OR DELETE ON "RequirementVersion"
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();

-- A Party Category belongs to SEC Parties only, and every SEC Party has one.
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_party_category"
  CHECK (("kind" = 'SEC_PARTY') = ("partyCategory" IS NOT NULL));

-- Reviewers sit on exactly one committee, and no other role has one.
ALTER TABLE "User" ADD CONSTRAINT "User_reviewer_committee"
  CHECK (("role" = 'REVIEWER') = ("committee" IS NOT NULL));

ALTER TABLE "User" ADD CONSTRAINT "User_email_lower" CHECK ("email" = lower("email"));

-- Human references follow their numbers: BR-01, BR-02, ... BR-100.
ALTER TABLE "Requirement" ADD CONSTRAINT "Requirement_ref_matches_number"
  CHECK ("number" > 0 AND "ref" = 'BR-' || CASE WHEN "number" < 10 THEN '0' ELSE '' END || "number");
ALTER TABLE "Requirement" ADD CONSTRAINT "Requirement_version_positive" CHECK ("version" > 0);
ALTER TABLE "RequirementVersion" ADD CONSTRAINT "RequirementVersion_version_positive" CHECK ("version" > 0);

-- A trace link names exactly the target its kind calls for.
ALTER TABLE "TraceLink" ADD CONSTRAINT "TraceLink_target_matches_kind" CHECK (
  CASE "kind"
    WHEN 'REQUIREMENT' THEN "targetRequirementId" IS NOT NULL AND "serviceRequestId" IS NULL AND "reference" IS NULL
    WHEN 'SERVICE_REQUEST' THEN "serviceRequestId" IS NOT NULL AND "targetRequirementId" IS NULL AND "reference" IS NULL
    ELSE "reference" IS NOT NULL AND "targetRequirementId" IS NULL AND "serviceRequestId" IS NULL
  END);
ALTER TABLE "TraceLink" ADD CONSTRAINT "TraceLink_not_to_itself" CHECK ("targetRequirementId" <> "requirementId");

ALTER TABLE "ImpactAssessment" ADD CONSTRAINT "ImpactAssessment_cost_not_negative" CHECK ("costGbp" >= 0);
ALTER TABLE "ImpactAssessment" ADD CONSTRAINT "ImpactAssessment_lead_time_not_negative" CHECK ("leadTimeWeeks" >= 0);

ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_window" CHECK ("closesOn" >= "opensOn");
ALTER TABLE "ReviewRound" ADD CONSTRAINT "ReviewRound_window" CHECK ("closesOn" >= "opensOn");

-- A published report records when and by whom, a draft records neither.
ALTER TABLE "Report" ADD CONSTRAINT "Report_published_fields" CHECK (
  ("status" = 'PUBLISHED') = ("publishedAt" IS NOT NULL AND "publishedById" IS NOT NULL));
ALTER TABLE "Report" ADD CONSTRAINT "Report_version_format" CHECK ("version" ~ '^[0-9]+\.[0-9]+$');

-- CreateEnum
CREATE TYPE "ChangeBoardGroup" AS ENUM ('LARGE_SUPPLIER', 'SMALL_SUPPLIER', 'NETWORK_PARTY', 'OTHER_SEC_PARTY', 'CONSUMER');

-- CreateEnum
CREATE TYPE "ChangeBoardVoteChoice" AS ENUM ('APPROVE', 'REJECT', 'ABSTAIN');

-- CreateEnum
CREATE TYPE "ChangeBoardRecommendation" AS ENUM ('APPROVE', 'REJECT', 'NONE');

-- CreateEnum
CREATE TYPE "DecisionMaker" AS ENUM ('CHANGE_BOARD', 'OFGEM');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "ChangeBoardMeeting" (
    "id" TEXT NOT NULL,
    "modificationId" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "closedAt" TIMESTAMP(3),
    "recommendation" "ChangeBoardRecommendation",
    "tally" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeBoardMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeBoardVote" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "memberName" TEXT NOT NULL,
    "organisation" TEXT,
    "votingGroup" "ChangeBoardGroup" NOT NULL,
    "vote" "ChangeBoardVoteChoice" NOT NULL,
    "rationale" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeBoardVote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModificationDecision" (
    "id" TEXT NOT NULL,
    "modificationId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "decidedBy" "DecisionMaker" NOT NULL,
    "outcome" "DecisionOutcome" NOT NULL,
    "decidedOn" DATE NOT NULL,
    "reference" TEXT NOT NULL,
    "implementationRelease" TEXT,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModificationDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ChangeBoardMeeting_modificationId_heldOn_idx" ON "ChangeBoardMeeting"("modificationId", "heldOn");

-- CreateIndex
CREATE UNIQUE INDEX "ChangeBoardMeeting_modificationId_reference_key" ON "ChangeBoardMeeting"("modificationId", "reference");

-- CreateIndex
CREATE UNIQUE INDEX "ChangeBoardVote_meetingId_memberName_key" ON "ChangeBoardVote"("meetingId", "memberName");

-- CreateIndex
CREATE UNIQUE INDEX "ModificationDecision_modificationId_key" ON "ModificationDecision"("modificationId");

-- AddForeignKey
ALTER TABLE "ChangeBoardMeeting" ADD CONSTRAINT "ChangeBoardMeeting_modificationId_fkey" FOREIGN KEY ("modificationId") REFERENCES "Modification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeBoardMeeting" ADD CONSTRAINT "ChangeBoardMeeting_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeBoardMeeting" ADD CONSTRAINT "ChangeBoardMeeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeBoardVote" ADD CONSTRAINT "ChangeBoardVote_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "ChangeBoardMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeBoardVote" ADD CONSTRAINT "ChangeBoardVote_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModificationDecision" ADD CONSTRAINT "ModificationDecision_modificationId_fkey" FOREIGN KEY ("modificationId") REFERENCES "Modification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModificationDecision" ADD CONSTRAINT "ModificationDecision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "ChangeBoardMeeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModificationDecision" ADD CONSTRAINT "ModificationDecision_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


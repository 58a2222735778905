-- The data model of sub-committee reviews (issue 8): review rounds with a Markdown introduction and
-- a window as instants, numbered comments anchored to a requirement and the version they were made
-- on, their revisions, the versions that address them, the in-app inbox and the email outbox.
-- Existing rows are kept: the seed's rounds get their window from their dates (09:00 to 17:00 London),
-- existing comments a number and their requirement, the old free-text disposition becomes its reason.
-- No semicolon may appear in this script except between statements (the migration engine splits
-- scripts at every one of them): function bodies are E'' strings with \073.

-- ---------- enums ----------
CREATE TYPE "NotificationPreference" AS ENUM ('EACH', 'DAILY_DIGEST', 'NONE');
CREATE TYPE "CommentKind" AS ENUM ('COMMENT', 'QUESTION', 'PROPOSED_WORDING');
CREATE TYPE "CommentSeverity" AS ENUM ('CRITICAL', 'MAJOR', 'MINOR', 'EDITORIAL');
CREATE TYPE "CommentDisposition" AS ENUM ('ACCEPTED', 'ACCEPTED_IN_PART', 'REJECTED', 'NOTED');
CREATE TYPE "NotificationKind" AS ENUM ('REPLY_IN_THREAD', 'COMMENT_ON_EDITED_REQUIREMENT', 'DISPOSITION_ON_COMMENT', 'ROUND_OPENED', 'ROUND_CLOSING_SOON', 'MENTION');
ALTER TYPE "Committee" ADD VALUE 'WORKING_GROUP';
ALTER TYPE "CommentStatus" RENAME VALUE 'ANSWERED' TO 'RESPONDED';

-- ---------- people and the modification ----------
ALTER TABLE "User" ADD COLUMN "notificationPreference" "NotificationPreference" NOT NULL DEFAULT 'EACH';
ALTER TABLE "Modification" ADD COLUMN "nextCommentNumber" INTEGER NOT NULL DEFAULT 1;

-- ---------- review rounds: dates become instants ----------
ALTER TABLE "ReviewRound"
  ADD COLUMN "introduction" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "opensAt" TIMESTAMP(3),
  ADD COLUMN "closesAt" TIMESTAMP(3),
  ADD COLUMN "openedAt" TIMESTAMP(3),
  ADD COLUMN "closedAt" TIMESTAMP(3),
  ADD COLUMN "createdById" TEXT,
  ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1,
  ADD COLUMN "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
-- Timestamps are stored in UTC: a London wall-clock time → timestamptz → UTC.
UPDATE "ReviewRound" SET
  "opensAt" = ((COALESCE("opensOn", CURRENT_DATE) + TIME '09:00') AT TIME ZONE 'Europe/London') AT TIME ZONE 'UTC',
  "closesAt" = ((COALESCE("closesOn", COALESCE("opensOn", CURRENT_DATE) + 14) + TIME '17:00') AT TIME ZONE 'Europe/London') AT TIME ZONE 'UTC';
UPDATE "ReviewRound" SET "openedAt" = "opensAt" WHERE "status" <> 'PLANNED';
UPDATE "ReviewRound" SET "closedAt" = "closesAt" WHERE "status" = 'CLOSED';
ALTER TABLE "ReviewRound" ALTER COLUMN "opensAt" SET NOT NULL, ALTER COLUMN "closesAt" SET NOT NULL, ALTER COLUMN "updatedAt" DROP DEFAULT;
ALTER TABLE "ReviewRound" DROP COLUMN "opensOn", DROP COLUMN "closesOn";
ALTER TABLE "ReviewRound" ADD CONSTRAINT "ReviewRound_window" CHECK ("closesAt" > "opensAt");
-- openedAt exactly when it has opened, closedAt exactly when it has closed.
ALTER TABLE "ReviewRound" ADD CONSTRAINT "ReviewRound_status_times" CHECK (("status" = 'PLANNED') = ("openedAt" IS NULL) AND ("status" = 'CLOSED') = ("closedAt" IS NOT NULL));

-- ---------- comments ----------
ALTER TABLE "Comment" DROP CONSTRAINT "Comment_reviewRoundId_fkey";
ALTER TABLE "Comment" DROP CONSTRAINT "Comment_requirementVersionId_fkey";
ALTER TABLE "Comment" DROP CONSTRAINT "Comment_parentId_fkey";
ALTER TABLE "Comment"
  ADD COLUMN "number" INTEGER,
  ADD COLUMN "requirementId" TEXT,
  ADD COLUMN "questionId" TEXT,
  ADD COLUMN "kind" "CommentKind" NOT NULL DEFAULT 'COMMENT',
  ADD COLUMN "proposedWording" TEXT,
  ADD COLUMN "severity" "CommentSeverity",
  ADD COLUMN "dispositionReason" TEXT,
  ADD COLUMN "withdrawnAt" TIMESTAMP(3),
  ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "Comment" ALTER COLUMN "updatedAt" DROP DEFAULT;
-- The old free-text disposition is kept as the reason of a "Noted" disposition.
UPDATE "Comment" SET "dispositionReason" = "disposition";
ALTER TABLE "Comment" ALTER COLUMN "disposition" TYPE "CommentDisposition" USING (CASE WHEN "disposition" IS NULL THEN NULL ELSE 'NOTED' END)::"CommentDisposition";
UPDATE "Comment" SET "disposition" = 'NOTED' WHERE "status" = 'RESOLVED' AND "parentId" IS NULL AND "disposition" IS NULL;
UPDATE "Comment" SET "disposition" = NULL, "dispositionReason" = NULL WHERE "parentId" IS NOT NULL;
UPDATE "Comment" c SET "requirementId" = v."requirementId" FROM "RequirementVersion" v WHERE v."id" = c."requirementVersionId";
UPDATE "Comment" c SET "number" = n."number" FROM (
  SELECT "id", row_number() OVER (PARTITION BY "modificationId" ORDER BY "createdAt", "id") AS "number" FROM "Comment" WHERE "parentId" IS NULL
) n WHERE n."id" = c."id";
UPDATE "Modification" m SET "nextCommentNumber" = n."next" FROM (
  SELECT "modificationId", max("number") + 1 AS "next" FROM "Comment" GROUP BY "modificationId"
) n WHERE n."modificationId" = m."id";

-- A top-level comment has a number, a reply none (nor a severity or a disposition).
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_number_top_level" CHECK (("parentId" IS NULL) = ("number" IS NOT NULL));
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_reply_plain" CHECK ("parentId" IS NULL OR ("severity" IS NULL AND "disposition" IS NULL AND "dispositionReason" IS NULL AND "questionId" IS NULL));
-- The requirement and the version made on: both or neither (the composite foreign key then ties them).
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_requirement_and_version" CHECK (("requirementId" IS NULL) = ("requirementVersionId" IS NULL));
-- An answer names its round, so that the composite foreign key checks the question is the round's.
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_question_in_round" CHECK ("questionId" IS NULL OR "reviewRoundId" IS NOT NULL);
-- Proposed wording: exactly the comments of that kind carry it, and they quote what it replaces.
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_proposed_wording" CHECK (("kind" = 'PROPOSED_WORDING') = ("proposedWording" IS NOT NULL) AND ("kind" <> 'PROPOSED_WORDING' OR "quotedText" IS NOT NULL));
-- Resolved with a disposition, and a rejection with its reason.
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_resolved_disposition" CHECK ("parentId" IS NOT NULL OR "status" <> 'RESOLVED' OR "disposition" IS NOT NULL);
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_rejection_reason" CHECK ("disposition" IS DISTINCT FROM 'REJECTED' OR "dispositionReason" IS NOT NULL);

-- CreateTable
CREATE TABLE "CommentRevision" (
    "id" TEXT NOT NULL,
    "commentId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "quotedText" TEXT,
    "proposedWording" TEXT,
    "severity" "CommentSeverity",
    "reason" TEXT,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommentRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommentAddressedIn" (
    "commentId" TEXT NOT NULL,
    "requirementVersionId" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommentAddressedIn_pkey" PRIMARY KEY ("commentId","requirementVersionId")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "modificationId" TEXT,
    "kind" "NotificationKind" NOT NULL,
    "link" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "dedupeKey" TEXT,
    "readAt" TIMESTAMP(3),
    "emailedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" BIGSERIAL NOT NULL,
    "recipientId" TEXT,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "lockedBy" TEXT,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxEmail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CommentRevision_commentId_revision_key" ON "CommentRevision"("commentId", "revision");

-- CreateIndex
CREATE INDEX "CommentAddressedIn_requirementVersionId_idx" ON "CommentAddressedIn"("requirementVersionId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_dedupeKey_key" ON "Notification"("userId", "dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxEmail_dedupeKey_key" ON "OutboxEmail"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxEmail_sentAt_nextAttemptAt_idx" ON "OutboxEmail"("sentAt", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "RequirementVersion_id_requirementId_key" ON "RequirementVersion"("id", "requirementId");

-- CreateIndex
CREATE INDEX "ReviewRound_modificationId_opensAt_idx" ON "ReviewRound"("modificationId", "opensAt");

-- CreateIndex
CREATE INDEX "ReviewRound_status_closesAt_idx" ON "ReviewRound"("status", "closesAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewQuestion_id_reviewRoundId_key" ON "ReviewQuestion"("id", "reviewRoundId");

-- CreateIndex
CREATE INDEX "Comment_requirementId_status_idx" ON "Comment"("requirementId", "status");

-- CreateIndex
CREATE INDEX "Comment_reviewRoundId_status_idx" ON "Comment"("reviewRoundId", "status");

-- CreateIndex
CREATE INDEX "Comment_questionId_idx" ON "Comment"("questionId");

-- CreateIndex
CREATE INDEX "Comment_parentId_createdAt_idx" ON "Comment"("parentId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_modificationId_number_key" ON "Comment"("modificationId", "number");

-- AddForeignKey
ALTER TABLE "ReviewRound" ADD CONSTRAINT "ReviewRound_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_reviewRoundId_fkey" FOREIGN KEY ("reviewRoundId") REFERENCES "ReviewRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "Requirement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_requirementVersionId_requirementId_fkey" FOREIGN KEY ("requirementVersionId", "requirementId") REFERENCES "RequirementVersion"("id", "requirementId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_questionId_reviewRoundId_fkey" FOREIGN KEY ("questionId", "reviewRoundId") REFERENCES "ReviewQuestion"("id", "reviewRoundId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentRevision" ADD CONSTRAINT "CommentRevision_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentRevision" ADD CONSTRAINT "CommentRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentAddressedIn" ADD CONSTRAINT "CommentAddressedIn_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentAddressedIn" ADD CONSTRAINT "CommentAddressedIn_requirementVersionId_fkey" FOREIGN KEY ("requirementVersionId") REFERENCES "RequirementVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentAddressedIn" ADD CONSTRAINT "CommentAddressedIn_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_modificationId_fkey" FOREIGN KEY ("modificationId") REFERENCES "Modification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxEmail" ADD CONSTRAINT "OutboxEmail_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- ---------- notifications ----------
-- A link stays inside the portal: a path, never another site (nor a protocol-relative //host).
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_link_is_a_path" CHECK ("link" LIKE '/%' AND "link" NOT LIKE '//%');
ALTER TABLE "OutboxEmail" ADD CONSTRAINT "OutboxEmail_attempts" CHECK ("attempts" >= 0);

-- ---------- history is kept ----------
-- Revisions and "addressed in" records are append-only, and no comment is ever deleted (a
-- withdrawn one stays as a stub). TRUNCATE fires no row trigger, so test resets still work.
CREATE TRIGGER "CommentRevision_append_only" BEFORE UPDATE OR DELETE ON "CommentRevision"
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER "CommentAddressedIn_append_only" BEFORE UPDATE OR DELETE ON "CommentAddressedIn"
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN RAISE EXCEPTION ''% rows are never deleted'', TG_TABLE_NAME USING ERRCODE = ''restrict_violation''\073 END';
CREATE TRIGGER "Comment_never_deleted" BEFORE DELETE ON "Comment"
  FOR EACH ROW EXECUTE FUNCTION refuse_delete();

-- ---------- one modification ----------
-- A comment's requirement, round and parent are of its own modification, and a reply's parent is a
-- top-level comment (threads are one level deep). The version is its requirement's and the
-- question its round's by the composite foreign keys above. Replaces the function of
-- 20261128120000_same_modification (its trigger keeps calling it).
CREATE OR REPLACE FUNCTION refuse_other_modification_comment() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN IF (NEW."requirementId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Requirement" r WHERE r."id" = NEW."requirementId" AND r."modificationId" = NEW."modificationId")) OR (NEW."requirementVersionId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "RequirementVersion" v JOIN "Requirement" r ON r."id" = v."requirementId" WHERE v."id" = NEW."requirementVersionId" AND r."modificationId" = NEW."modificationId")) OR (NEW."reviewRoundId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "ReviewRound" rr WHERE rr."id" = NEW."reviewRoundId" AND rr."modificationId" = NEW."modificationId")) OR (NEW."parentId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Comment" p WHERE p."id" = NEW."parentId" AND p."modificationId" = NEW."modificationId")) THEN RAISE EXCEPTION ''Comment: the requirement, version, review round or parent belongs to another modification'' USING ERRCODE = ''foreign_key_violation''\073 END IF\073 IF NEW."parentId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Comment" p WHERE p."id" = NEW."parentId" AND p."parentId" IS NOT NULL) THEN RAISE EXCEPTION ''Comment: a reply answers a top-level comment'' USING ERRCODE = ''foreign_key_violation''\073 END IF\073 RETURN NEW\073 END';

-- "Addressed in version N": N is a version of the comment's own requirement.
CREATE FUNCTION refuse_other_requirement_addressed() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN IF NOT EXISTS (SELECT 1 FROM "Comment" c JOIN "RequirementVersion" v ON v."requirementId" = c."requirementId" WHERE c."id" = NEW."commentId" AND v."id" = NEW."requirementVersionId") THEN RAISE EXCEPTION ''CommentAddressedIn: the version is not of the comment''''s requirement'' USING ERRCODE = ''foreign_key_violation''\073 END IF\073 RETURN NEW\073 END';
CREATE TRIGGER "CommentAddressedIn_same_requirement" BEFORE INSERT ON "CommentAddressedIn"
  FOR EACH ROW EXECUTE FUNCTION refuse_other_requirement_addressed();

-- CreateEnum
CREATE TYPE "OverviewSection" AS ENUM ('SUMMARY', 'ISSUE', 'SOLUTION', 'WHO_IS_IMPACTED', 'DOCUMENTS_AFFECTED');

-- AlterEnum
ALTER TYPE "ModificationStage" ADD VALUE 'REJECTED';

-- AlterTable
ALTER TABLE "Modification" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "meeting" TEXT;

-- CreateTable
CREATE TABLE "ModificationSectionVersion" (
    "id" TEXT NOT NULL,
    "modificationId" TEXT NOT NULL,
    "section" "OverviewSection" NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "changeNote" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModificationSectionVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentFile" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ModificationSectionVersion_modificationId_section_number_key" ON "ModificationSectionVersion"("modificationId", "section", "number");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentFile_documentId_key" ON "DocumentFile"("documentId");

-- AddForeignKey
ALTER TABLE "ModificationSectionVersion" ADD CONSTRAINT "ModificationSectionVersion_modificationId_fkey" FOREIGN KEY ("modificationId") REFERENCES "Modification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModificationSectionVersion" ADD CONSTRAINT "ModificationSectionVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentFile" ADD CONSTRAINT "DocumentFile_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Section versions are history: never changed or removed.
CREATE TRIGGER "ModificationSectionVersion_append_only" BEFORE UPDATE OR DELETE ON "ModificationSectionVersion"
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();

-- A stored file is what was uploaded, no larger than the upload limit (10 MB).
ALTER TABLE "DocumentFile" ADD CONSTRAINT "DocumentFile_size_matches" CHECK ("size" = octet_length("bytes") AND "size" <= 10485760);
ALTER TABLE "DocumentFile" ADD CONSTRAINT "DocumentFile_sha256_hex" CHECK ("sha256" ~ '^[0-9a-f]{64}$');

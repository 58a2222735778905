-- Modification Reports: a version is addressed by its number ("0.1", kept in the old text column,
-- renamed) and ordered by major and minor. The integer "version" is the edit counter of a draft.
-- The table held no rows before this migration (nothing wrote reports).
DROP INDEX "Report_modificationId_kind_version_key";
ALTER TABLE "Report" RENAME COLUMN "version" TO "number";
ALTER TABLE "Report" RENAME CONSTRAINT "Report_version_format" TO "Report_number_format";
ALTER TABLE "Report" DROP COLUMN "content",
ADD COLUMN     "major" INTEGER NOT NULL,
ADD COLUMN     "minor" INTEGER NOT NULL,
ADD COLUMN     "summary" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "issue" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "solution" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "assessment" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "workingGroupViews" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "implementation" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "illustrative" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "generated" JSONB NOT NULL,
ADD COLUMN     "generatedAt" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "contentSha256" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL,
ALTER COLUMN "kind" SET DEFAULT 'MODIFICATION_REPORT';

CREATE UNIQUE INDEX "Report_modificationId_kind_major_minor_key" ON "Report"("modificationId", "kind", "major", "minor");
CREATE UNIQUE INDEX "Report_modificationId_kind_number_key" ON "Report"("modificationId", "kind", "number");

-- The number says the same as major and minor, and a published report carries its content hash.
ALTER TABLE "Report" ADD CONSTRAINT "Report_number_parts" CHECK ("number" = "major"::text || '.' || "minor"::text AND "major" >= 0 AND "minor" >= 0);
ALTER TABLE "Report" ADD CONSTRAINT "Report_published_hash" CHECK (("status" = 'PUBLISHED') = ("contentSha256" IS NOT NULL));

CREATE TYPE "ReportFormat" AS ENUM ('HTML', 'PDF', 'DOCX');

CREATE TABLE "ReportFile" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "format" "ReportFormat" NOT NULL,
    "bytes" BYTEA NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportFile_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ReportFile_reportId_format_key" ON "ReportFile"("reportId", "format");
ALTER TABLE "ReportFile" ADD CONSTRAINT "ReportFile_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ReportFile" ADD CONSTRAINT "ReportFile_sha256_format" CHECK ("sha256" ~ '^[0-9a-f]{64}$');

-- A published report is frozen, as a baseline is: its row is never changed or removed, its files
-- are never changed or removed, and no file is added to it afterwards. (TRUNCATE fires no row
-- trigger, so test resets still work.) refuse_history_change() is the first migration's.
CREATE TRIGGER "Report_published_immutable" BEFORE UPDATE OR DELETE ON "Report"
  FOR EACH ROW WHEN (OLD."status" = 'PUBLISHED') EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER "ReportFile_immutable" BEFORE UPDATE OR DELETE ON "ReportFile"
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE FUNCTION refuse_file_of_published_report() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN IF EXISTS (SELECT 1 FROM "Report" r WHERE r."id" = NEW."reportId" AND r."status" = ''PUBLISHED'') THEN RAISE EXCEPTION ''ReportFile: the report is already published'' USING ERRCODE = ''restrict_violation''\073 END IF\073 RETURN NEW\073 END';
CREATE TRIGGER "ReportFile_only_while_draft" BEFORE INSERT ON "ReportFile"
  FOR EACH ROW EXECUTE FUNCTION refuse_file_of_published_report();

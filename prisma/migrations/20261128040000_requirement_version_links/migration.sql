-- Each version records the requirement's trace links, so history shows link changes like any other field.
ALTER TABLE "RequirementVersion" ADD COLUMN "links" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "ServiceRequestVersion" (
    "id" TEXT NOT NULL,
    "serviceRequestId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "eligibleForMdr" BOOLEAN NOT NULL,
    "targetResponseTime" TEXT NOT NULL,
    "testingScenario" TEXT NOT NULL,
    "illustrative" BOOLEAN NOT NULL,
    "authorId" TEXT,
    "changeNote" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceRequestVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ServiceRequestVersion_serviceRequestId_version_key" ON "ServiceRequestVersion"("serviceRequestId", "version");

-- AddForeignKey
ALTER TABLE "ServiceRequestVersion" ADD CONSTRAINT "ServiceRequestVersion_serviceRequestId_fkey" FOREIGN KEY ("serviceRequestId") REFERENCES "ServiceRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRequestVersion" ADD CONSTRAINT "ServiceRequestVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Service Request versions are append-only, like requirement versions.
CREATE TRIGGER "ServiceRequestVersion_append_only" BEFORE UPDATE OR DELETE ON "ServiceRequestVersion"
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();

-- The rows already in the matrix become their first recorded version.
INSERT INTO "ServiceRequestVersion" ("id", "serviceRequestId", "version", "eligibleForMdr", "targetResponseTime", "testingScenario", "illustrative", "authorId", "changeNote")
SELECT 'srv-' || "id", "id", "version", "eligibleForMdr", "targetResponseTime", "testingScenario", "illustrative", NULL, 'As recorded when versions began'
FROM "ServiceRequest";

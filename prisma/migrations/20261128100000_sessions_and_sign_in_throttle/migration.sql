-- Server-side sessions (sign-out ends a session for good) and a sign-in throttle per client address.

-- AlterTable: an attempt is recorded before its password is checked (succeeded is null meanwhile,
-- and counts as a failure), so parallel guesses cannot all slip under the limit.
ALTER TABLE "SignInAttempt" ADD COLUMN     "clientAddress" TEXT NOT NULL DEFAULT 'unknown',
ALTER COLUMN "succeeded" DROP NOT NULL;

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "SignInAttempt_clientAddress_createdAt_idx" ON "SignInAttempt"("clientAddress", "createdAt");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Whatever changes an account's password, role, committee or organisation, or disables it
-- (the admin form, a future password change, an operator in psql), ends all its sessions in the
-- same transaction. Timestamps are stored as UTC, like Prisma's. The body is an E'' string with
-- \073 for its semicolons: the JS schema engine splits migration scripts at every semicolon.
CREATE FUNCTION end_user_sessions() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN UPDATE "Session" SET "revokedAt" = now() AT TIME ZONE ''UTC'' WHERE "userId" = NEW.id AND "revokedAt" IS NULL\073 RETURN NULL\073 END';

CREATE TRIGGER "User_access_change_ends_sessions" AFTER UPDATE ON "User"
  FOR EACH ROW
  WHEN (NEW.disabled AND NOT OLD.disabled
    OR NEW."passwordHash" IS DISTINCT FROM OLD."passwordHash"
    OR NEW.role IS DISTINCT FROM OLD.role
    OR NEW.committee IS DISTINCT FROM OLD.committee
    OR NEW."organisationId" IS DISTINCT FROM OLD."organisationId")
  EXECUTE FUNCTION end_user_sessions();

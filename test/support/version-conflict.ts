import { expect } from "vitest";
import { isAppError, type AppError } from "@/lib/errors";

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Awaits a save that must fail on a stale version, and checks the one shape every such refusal
 * has (lib/versioning/update-at-version.ts): CONFLICT, details naming who saved which version
 * when, and the message "… saved version N of … on <date> while you were editing. Nothing of
 * yours was lost or saved: …". Returns the error for further checks.
 */
export async function expectVersionConflict(save: Promise<unknown>, theirs: { version: number; author: string; what: string }): Promise<AppError> {
  const error = await save.then(
    () => expect.fail("the save went through, but it started from an old version"),
    (e: unknown) => e,
  );
  if (!isAppError(error)) throw error;
  expect(error).toMatchObject({ code: "CONFLICT", details: { version: theirs.version, author: theirs.author, savedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) } });
  expect(error.message).toMatch(
    new RegExp(
      `^${escaped(theirs.author)} saved version ${theirs.version} of ${escaped(theirs.what)} on \\d{1,2} \\w{3} \\d{4}, \\d\\d:\\d\\d while you were editing\\. Nothing of yours was lost or saved: \\S`,
    ),
  );
  return error;
}

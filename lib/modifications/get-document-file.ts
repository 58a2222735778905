import "server-only";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isLookupKey } from "@/lib/validation/text";

/** A document's stored file, looked up by its id AND its modification (an id from another modification is not found). */
export async function getDocumentFile(db: DbOrTx, modificationId: string, documentId: string) {
  const file = isLookupKey(documentId, 64)
    ? await db.documentFile.findFirst({
        where: { documentId, document: { modificationId } },
        select: { fileName: true, contentType: true, size: true, sha256: true, bytes: true },
      })
    : null;
  if (!file) throw new AppError("NOT_FOUND", "There is no such document.");
  return file;
}

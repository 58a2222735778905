import "server-only";
import { createHash } from "node:crypto";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ACCEPTED_TEXT, bytesFit, declaredTypeFits, DOCUMENT_FILE_TYPES, extensionOf, MAX_DOCUMENT_BYTES, safeFileName } from "./document-file-types";
import { parseInput } from "./parse-input";
import { documentFieldsSchema } from "./schemas";
import { isUniqueViolation } from "@/lib/database-errors";

type Upload = { name: string; type: string; bytes: Uint8Array };
type Target = { modificationId: string; fields: Record<string, unknown>; file: Upload | null };

const refuse = (message: string) => new AppError("VALIDATION", message, { file: [message] });

/**
 * SECAS publishes a document on a modification: its kind, title, date and note, with the file.
 * The file must be one of the allowed kinds by extension, with a declared type that fits and first
 * bytes of that format, and at most 10 MB. Its bytes are stored as uploaded (never unpacked or
 * parsed: an Office file is a ZIP that is never opened here) with their SHA-256, and served later
 * as the type its extension names. The name is kept only in a safe form.
 */
export async function attachDocument(db: Db, actor: CurrentUser | null, target: Target): Promise<{ id: string }> {
  requirePermission(actor, "modification.manage");
  const fields = parseInput(documentFieldsSchema, target.fields);
  const file = checkedFile(target.file);
  try {
    return await db.$transaction(async (tx) => {
      const m = await tx.modification.findUnique({ where: { id: target.modificationId }, select: { id: true } });
      if (!m) throw new AppError("NOT_FOUND", "That modification does not exist.");
      const created = await tx.document.create({
        data: {
          modificationId: target.modificationId,
          kind: fields.kind,
          title: fields.title,
          publishedOn: fields.publishedOn,
          note: fields.note ?? null,
          file: { create: { fileName: file.fileName, contentType: file.contentType, size: file.size, sha256: file.sha256, bytes: file.bytes } },
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        modificationId: target.modificationId,
        action: "document.attached",
        entityType: "Document",
        entityId: created.id,
        after: {
          title: fields.title,
          kind: fields.kind,
          publishedOn: fields.publishedOn.toISOString().slice(0, 10),
          note: fields.note ?? null,
          fileName: file.fileName,
          contentType: file.contentType,
          size: file.size,
          sha256: file.sha256,
        },
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      const message = "This modification already has a document with that title: choose another.";
      throw new AppError("CONFLICT", message, { title: [message] });
    }
    throw error;
  }
}

function checkedFile(upload: Upload | null) {
  if (!upload || upload.bytes.byteLength === 0) throw refuse("Choose the file to upload.");
  if (upload.bytes.byteLength > MAX_DOCUMENT_BYTES) throw refuse(`The file is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`);
  const extension = extensionOf(upload.name);
  const type = DOCUMENT_FILE_TYPES[extension];
  if (!type) throw refuse(`Upload one of these kinds of file: ${ACCEPTED_TEXT}.`);
  if (!declaredTypeFits(extension, upload.type) || !bytesFit(extension, upload.bytes)) {
    throw refuse(`The file does not look like a ${type.label} file, as its name says it is.`);
  }
  return {
    fileName: safeFileName(upload.name, extension),
    contentType: type.contentType,
    size: upload.bytes.byteLength,
    sha256: createHash("sha256").update(upload.bytes).digest("hex"),
    bytes: Buffer.from(upload.bytes.buffer, upload.bytes.byteOffset, upload.bytes.byteLength) as Uint8Array<ArrayBuffer>,
  };
}

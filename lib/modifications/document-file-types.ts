/*
 * Which files may be attached to a modification, and how a file's name is made safe. Shared by
 * the upload form (its `accept` list) and attachDocument, which enforces it.
 */

/** The upload limit: the largest document SECAS publishes is a few megabytes. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

type FileType = { contentType: string; label: string; /** The file's first bytes, as its format starts. */ magic: "pdf" | "zip" | "text" };

/**
 * By extension: the type the file is served as (never the one the browser declared) and how its
 * first bytes must look. Office formats are ZIP containers: stored as uploaded, never unpacked,
 * so a decompression bomb named .docx is only its few compressed bytes here.
 */
export const DOCUMENT_FILE_TYPES: Record<string, FileType> = {
  pdf: { contentType: "application/pdf", label: "PDF", magic: "pdf" },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word", magic: "zip" },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "Excel", magic: "zip" },
  pptx: { contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", label: "PowerPoint", magic: "zip" },
  odt: { contentType: "application/vnd.oasis.opendocument.text", label: "OpenDocument text", magic: "zip" },
  ods: { contentType: "application/vnd.oasis.opendocument.spreadsheet", label: "OpenDocument spreadsheet", magic: "zip" },
  csv: { contentType: "text/csv; charset=utf-8", label: "CSV", magic: "text" },
  txt: { contentType: "text/plain; charset=utf-8", label: "plain text", magic: "text" },
};

export const ACCEPTED_EXTENSIONS = Object.keys(DOCUMENT_FILE_TYPES).map((e) => `.${e}`).join(",");
export const ACCEPTED_TEXT = Object.keys(DOCUMENT_FILE_TYPES).map((e) => e.toUpperCase()).join(", ");

/**
 * What a browser may declare for a file of each kind: its own type, or the generic ones browsers
 * send when they do not know. Anything else (text/html for a .pdf) is refused.
 */
export function declaredTypeFits(extension: string, declared: string): boolean {
  const type = DOCUMENT_FILE_TYPES[extension];
  if (!type) return false;
  const bare = declared.split(";")[0]!.trim().toLowerCase();
  const generic = ["", "application/octet-stream", "binary/octet-stream"];
  const alike: Record<string, string[]> = { csv: ["text/csv", "application/vnd.ms-excel", "text/plain"], txt: ["text/plain"], zip: ["application/zip", "application/x-zip-compressed"] };
  return bare === type.contentType.split(";")[0] || generic.includes(bare) || (alike[extension] ?? []).includes(bare) || (type.magic === "zip" && alike.zip!.includes(bare));
}

/** Do the first bytes look like the format the extension names? */
export function bytesFit(extension: string, bytes: Uint8Array): boolean {
  const type = DOCUMENT_FILE_TYPES[extension];
  if (!type) return false;
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  switch (type.magic) {
    case "pdf":
      return starts(0x25, 0x50, 0x44, 0x46, 0x2d); // %PDF-
    case "zip":
      return starts(0x50, 0x4b, 0x03, 0x04); // PK\3\4
    case "text":
      return isUtf8Text(bytes);
  }
}

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const UNSAFE_IN_NAME = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF"\\/:*?<>|;]/gu;

/**
 * A file name safe to store and to offer back in a download: the last path segment only, no
 * control, direction or zero-width characters, no quotes or separators, no leading dots, at most
 * 150 characters with its extension kept. An empty result becomes "document.<ext>".
 */
export function safeFileName(name: string, extension: string): string {
  const last = (name.split(/[\\/]/).pop() ?? "").replace(/\.[^.]*$/, "");
  const stem = last.normalize("NFC").replace(UNSAFE_IN_NAME, "").replace(/\s+/g, " ").replace(/^[.\s]+/, "").slice(0, 140).trim();
  return `${stem || "document"}.${extension}`;
}

/** The extension a name ends with, lower case ("" when none). */
export function extensionOf(name: string): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(name.trim());
  return match ? match[1]!.toLowerCase() : "";
}

/**
 * The Content-Disposition of a download: always an attachment, the name as an ASCII fallback (any
 * other character as "_", no quote or backslash can remain) and in full as RFC 5987 UTF-8.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7E]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

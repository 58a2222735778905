import "server-only";
import { isAppError } from "@/lib/errors";

/** A file a route handler sends: its bytes, type and the name the browser saves it under. */
export type FileDownload = { body: string | Uint8Array; contentType: string; filename: string };

/** A short message for whoever made the request (a script or a browser tab). */
export function plainTextResponse(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** The download: always an attachment, never cached by a shared cache (drafts are not public). */
export function fileResponse(file: FileDownload): Response {
  return new Response(file.body as BodyInit, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** For a download's .catch: a NOT_FOUND becomes a plain answer with `status`; anything else goes on up. */
export function answerNotFound(status: 400 | 404) {
  return (error: unknown): Response => {
    if (isAppError(error) && error.code === "NOT_FOUND") return plainTextResponse(status, error.message);
    throw error;
  };
}

import { authorizeRoute } from "@/lib/auth/authorize-route";
import { db } from "@/lib/db";
import { answerNotFound } from "@/lib/http/route-responses";
import { attachmentDisposition } from "@/lib/modifications/document-file-types";
import { getDocumentFile } from "@/lib/modifications/get-document-file";
import { getModificationByRef } from "@/lib/modifications/get-modification";

/**
 * GET …/documents/<id>: a published document's file, to anyone (documents are published). Always
 * a download, as the type its extension names, never sniffed, and sandboxed should a browser
 * render it anyway.
 */
export async function GET(_request: Request, { params }: RouteContext<"/modifications/[ref]/documents/[documentId]">) {
  const access = await authorizeRoute("modification.readOverview");
  if (!access.ok) return access.response;
  const { ref, documentId } = await params;
  const file = await getModificationByRef(db(), ref)
    .then((m) => getDocumentFile(db(), m.id, documentId))
    .catch(answerNotFound(404));
  if (file instanceof Response) return file;
  return new Response(file.bytes as BodyInit, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": attachmentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-cache",
      ETag: `"${file.sha256}"`,
    },
  });
}

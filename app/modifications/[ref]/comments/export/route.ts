import { z } from "zod";
import { authorizeRoute } from "@/lib/auth/authorize-route";
import { commentsExportQuerySchema, exportCommentsLog } from "@/lib/comments/export-comments-log";
import { db } from "@/lib/db";
import { answerNotFound, fileResponse, plainTextResponse } from "@/lib/http/route-responses";
import { getModificationByRef } from "@/lib/modifications/get-modification";

/** GET …/comments/export?format=csv|xlsx[&round=…&status=…]: the comments log, filtered as the page is, as a spreadsheet. */
export async function GET(request: Request, { params }: RouteContext<"/modifications/[ref]/comments/export">) {
  const access = await authorizeRoute("comment.read");
  if (!access.ok) return access.response;
  const url = new URL(request.url);
  const query = commentsExportQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return plainTextResponse(400, z.prettifyError(query.error));
  const m = await getModificationByRef(db(), (await params).ref).catch(answerNotFound(404));
  if (m instanceof Response) return m;
  const { format, ...filter } = query.data;
  return fileResponse(await exportCommentsLog(db(), m, format, filter));
}

import { z } from "zod";
import { authorizeRoute } from "@/lib/auth/authorize-route";
import { collationExportQuerySchema, exportCollation } from "@/lib/collation/export-collation";
import { db } from "@/lib/db";
import { answerNotFound, fileResponse, plainTextResponse } from "@/lib/http/route-responses";
import { getModificationByRef } from "@/lib/modifications/get-modification";
import { isLookupKey } from "@/lib/validation/text";

/** GET …/published/export?format=csv|xlsx|docx: the published collation, as everyone may read it (confidential material as counts). */
export async function GET(request: Request, { params }: RouteContext<"/modifications/[ref]/consultations/[consultationId]/published/export">) {
  const access = await authorizeRoute("consultation.readCollated");
  if (!access.ok) return access.response;
  const query = collationExportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return plainTextResponse(400, z.prettifyError(query.error));
  const { ref, consultationId } = await params;
  if (!isLookupKey(consultationId, 64)) return plainTextResponse(404, "That consultation does not exist.");
  const m = await getModificationByRef(db(), ref).catch(answerNotFound(404));
  if (m instanceof Response) return m;
  const file = await exportCollation(db(), m, consultationId, query.data.format).catch(answerNotFound(404));
  return file instanceof Response ? file : fileResponse(file);
}

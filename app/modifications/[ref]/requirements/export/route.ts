import { z } from "zod";
import { authorizeRoute } from "@/lib/auth/authorize-route";
import { db } from "@/lib/db";
import { exportQuerySchema, exportRequirements } from "@/lib/exchange/export-requirements";
import { answerNotFound, fileResponse, plainTextResponse } from "@/lib/http/route-responses";
import { getModificationByRef } from "@/lib/modifications/get-modification";

/** GET …/requirements/export?format=csv|xlsx[&baseline=<id>]: the requirements as a spreadsheet. */
export async function GET(request: Request, { params }: RouteContext<"/modifications/[ref]/requirements/export">) {
  const access = await authorizeRoute("requirement.read");
  if (!access.ok) return access.response;
  const query = exportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return plainTextResponse(400, z.prettifyError(query.error));
  const m = await getModificationByRef(db(), (await params).ref).catch(answerNotFound(404));
  if (m instanceof Response) return m;
  // The baseline is part of the query: one that is not this modification's makes it a bad request.
  return exportRequirements(db(), m, query.data).then(fileResponse, answerNotFound(400));
}

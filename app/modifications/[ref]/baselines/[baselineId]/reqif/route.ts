import { authorizeRoute } from "@/lib/auth/authorize-route";
import { db } from "@/lib/db";
import { exportBaselineReqif } from "@/lib/exchange/export-requirements";
import { answerNotFound, fileResponse } from "@/lib/http/route-responses";
import { getModificationByRef } from "@/lib/modifications/get-modification";

/** GET …/baselines/<id>/reqif: the baseline as a ReqIF 1.2 file for requirements tools. */
export async function GET(_request: Request, { params }: RouteContext<"/modifications/[ref]/baselines/[baselineId]/reqif">) {
  const access = await authorizeRoute("requirement.read");
  if (!access.ok) return access.response;
  const { ref, baselineId } = await params;
  const m = await getModificationByRef(db(), ref).catch(answerNotFound(404));
  if (m instanceof Response) return m;
  return exportBaselineReqif(db(), m, baselineId).then(fileResponse, answerNotFound(404));
}

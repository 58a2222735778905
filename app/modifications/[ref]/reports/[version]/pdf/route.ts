import { authorizeRoute } from "@/lib/auth/authorize-route";
import { db } from "@/lib/db";
import { answerNotFound } from "@/lib/http/route-responses";
import { getModificationByRef } from "@/lib/modifications/get-modification";
import { reportDownload } from "@/lib/reports/report-download";

/** GET …/reports/0.1/pdf: the published version's PDF, the exact bytes stored when it was published. */
export async function GET(_request: Request, { params }: RouteContext<"/modifications/[ref]/reports/[version]/pdf">) {
  const access = await authorizeRoute("report.readPublished");
  if (!access.ok) return access.response;
  const { ref, version } = await params;
  const m = await getModificationByRef(db(), ref).catch(answerNotFound(404));
  if (m instanceof Response) return m;
  return reportDownload(db(), m, version, "PDF");
}

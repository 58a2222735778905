import "server-only";
import { z } from "zod";
import { getBaseline, getBaselineRequirements, getCurrentRequirements } from "@/lib/baselines/get-baseline-requirements";
import type { DbOrTx } from "@/lib/db";
import type { FileDownload } from "@/lib/http/route-responses";
import { toCsv } from "./csv";
import { toReqif } from "./reqif";
import { requirementsTable, slugify } from "./requirements-table";
import { toXlsx } from "./xlsx";

type Modification = { id: string; draftRef: string; title: string };

export const exportQuerySchema = z.object({
  format: z.enum(["csv", "xlsx"], "format must be csv or xlsx"),
  baseline: z
    .string()
    .regex(/^[a-z0-9]{1,64}$/i, "baseline must be the id of one of this modification's baselines")
    .optional(),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The requirements as they stand, or as a baseline froze them, as CSV or XLSX. */
export async function exportRequirements(db: DbOrTx, m: Modification, query: ExportQuery): Promise<FileDownload> {
  const baseline = query.baseline ? await getBaseline(db, m.id, query.baseline) : null;
  const requirements = baseline ? await getBaselineRequirements(db, baseline.id) : await getCurrentRequirements(db, m.id);
  const { columns, rows } = requirementsTable(requirements, baseline?.name);
  const name = `${m.draftRef}-requirements${baseline ? `-${slugify(baseline.name)}` : ""}`;
  if (query.format === "csv") {
    return { body: toCsv(columns.map((c) => c.header), rows), contentType: "text/csv; charset=utf-8", filename: `${name}.csv` };
  }
  const sheet = baseline ? baseline.name : `${m.draftRef} requirements`;
  return { body: new Uint8Array(await toXlsx(sheet, columns, rows)), contentType: XLSX_TYPE, filename: `${name}.xlsx` };
}

/** A baseline as a ReqIF 1.2 document. */
export async function exportBaselineReqif(db: DbOrTx, m: Modification, baselineId: string): Promise<FileDownload> {
  const baseline = await getBaseline(db, m.id, baselineId);
  const requirements = await getBaselineRequirements(db, baseline.id);
  const body = toReqif({
    id: baseline.id,
    title: `${m.draftRef} ${m.title}: ${baseline.name}`,
    comment: baseline.description ?? undefined,
    specificationName: baseline.name,
    createdAt: baseline.createdAt,
    requirements,
  });
  return { body, contentType: "application/xml; charset=utf-8", filename: `${m.draftRef}-${slugify(baseline.name)}.reqif` };
}

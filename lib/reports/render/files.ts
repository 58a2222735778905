import type { ReportFormat } from "@/lib/generated/prisma/enums";
import { contentSha256, sha256, type ReportContent } from "../content";
import { renderReportDocx } from "./docx";
import { renderReportHtml } from "./html";
import { renderReportPdf } from "./pdf";

export type RenderedFile = { format: ReportFormat; bytes: Uint8Array<ArrayBuffer>; sha256: string };
export type RenderedReport = { contentSha256: string; files: RenderedFile[]; timings: Record<ReportFormat, number> };

/** Thrown when one of the three copies cannot be made: the report stays unpublished, with this message. */
export class RenderError extends Error {}

/**
 * The three copies of a report being published, each with its own SHA-256, all carrying the
 * content's hash. Pure: reads nothing but the content.
 */
export async function renderReportFiles(content: ReportContent): Promise<RenderedReport> {
  const hash = contentSha256(content);
  const timings = {} as Record<ReportFormat, number>;
  const timed = async (format: ReportFormat, make: () => Promise<Uint8Array> | Uint8Array): Promise<RenderedFile> => {
    const start = performance.now();
    let made: Uint8Array;
    try {
      made = await make();
    } catch (error) {
      throw new RenderError(`The ${format} copy could not be generated: ${error instanceof Error ? error.message : String(error)}`);
    }
    timings[format] = performance.now() - start;
    const bytes = new Uint8Array(made.byteLength);
    bytes.set(made);
    return { format, bytes, sha256: sha256(bytes) };
  };
  const files = [
    await timed("HTML", () => new TextEncoder().encode(renderReportHtml(content, hash))),
    await timed("PDF", () => renderReportPdf(content, hash)),
    await timed("DOCX", () => renderReportDocx(content, hash)),
  ];
  return { contentSha256: hash, files, timings };
}

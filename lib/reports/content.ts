import { createHash } from "node:crypto";
import type { Narrative } from "./narrative";
import type { GeneratedSections } from "./sections/types";

/** Everything a report version shows, from which its HTML, PDF and DOCX are all rendered. */
export type ReportContent = {
  reference: string;
  title: string;
  number: string;
  status: "DRAFT" | "PUBLISHED";
  /** ISO instant, once published. */
  publishedAt: string | null;
  /** Narrative written as an example (the seed's), said so on every copy. */
  illustrative: boolean;
  narrative: Narrative;
  generated: GeneratedSections;
};

/**
 * The SHA-256 shown on every copy: of the content itself (keys sorted, so the JSONB the generated
 * sections come back as hashes the same), not of one file — a PDF and a DOCX differ in bytes but
 * carry the same content. Each stored file has its own hash beside it.
 */
export function contentSha256(content: ReportContent): string {
  return sha256(canonicalJson(content));
}

export const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

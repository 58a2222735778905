import "server-only";
import { z } from "zod";
import { plainText } from "@/lib/validation/text";
import type { DbOrTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { LESS_THAN_STAND_IN, splitHighlights, START_MARK, STOP_MARK, withoutMarkdown, type Segment } from "./highlight";

export const SEARCH_LIMIT = 50;

export const searchQuerySchema = z.object({
  q: z.preprocess((v) => (Array.isArray(v) ? v[0] : v) ?? "", plainText(z.string().trim().max(200, "Search for at most 200 characters"))),
});

/**
 * The searched document. It must stay exactly the expression of the "Requirement_search" GIN index
 * (migration 20261128020000_requirement_search), or PostgreSQL cannot use the index.
 * Reference and title weigh A and the body B, so a title match ranks above a mention in the body.
 */
export const SEARCH_DOCUMENT = Prisma.sql`(setweight(to_tsvector('english', r."ref" || ' ' || r."title"), 'A') || setweight(to_tsvector('english', r."body"), 'B'))`;

// Markers ask ts_headline for plain-text highlights (see highlight.ts). The text is cleaned first:
// marker characters are removed and "<" stands aside so that ts_headline keeps tag-like text.
const forHeadline = (column: Prisma.Sql) =>
  Prisma.sql`replace(translate(${column}, ${START_MARK + STOP_MARK + LESS_THAN_STAND_IN}, ''), '<', ${LESS_THAN_STAND_IN})`;
const TITLE_OPTIONS = `HighlightAll=true, StartSel=${START_MARK}, StopSel=${STOP_MARK}`;
const BODY_OPTIONS = `StartSel=${START_MARK}, StopSel=${STOP_MARK}, MaxFragments=2, MinWords=8, MaxWords=24, FragmentDelimiter=" … "`;

export type SearchResult = {
  ref: string;
  title: Segment[];
  snippet: Segment[];
  status: RequirementStatus;
  draftRef: string;
  proposalRef: string | null;
  rank: number;
  /** The query was this requirement's reference (BR-05, br-5). */
  exactRef: boolean;
};

type Row = Omit<SearchResult, "title" | "snippet"> & { titleMarked: string; bodyMarked: string; total: bigint };

/** "BR-05", "br-5", "BR 5" → 5: a reference typed on its own is looked up, and listed first. */
export function requirementNumberIn(query: string): number | null {
  const match = /^br[\s-]*0*(\d{1,6})$/i.exec(query.trim());
  return match && Number(match[1]) > 0 ? Number(match[1]) : null;
}

/**
 * Requirements whose reference, title or body match `query` (web-search syntax: words, "phrases",
 * or, -not), best first, with matched words marked. One query whatever the number of matches.
 */
export async function searchRequirements(db: DbOrTx, query: string): Promise<{ total: number; results: SearchResult[] }> {
  const text = query.trim();
  if (!text) return { total: 0, results: [] };
  const number = requirementNumberIn(text);
  const rows = await db.$queryRaw<Row[]>`
    WITH query AS (SELECT websearch_to_tsquery('english', ${text}) AS q)
    SELECT r."ref", r."status"::text AS "status", m."draftRef", m."proposalRef",
      COALESCE(r."number" = ${number}::int, false) AS "exactRef",
      ts_rank(${SEARCH_DOCUMENT}, query.q) AS "rank",
      ts_headline('english', ${forHeadline(Prisma.sql`r."title"`)}, query.q, ${TITLE_OPTIONS}) AS "titleMarked",
      ts_headline('english', ${forHeadline(Prisma.sql`r."body"`)}, query.q, ${BODY_OPTIONS}) AS "bodyMarked",
      count(*) OVER () AS "total"
    FROM "Requirement" r JOIN "Modification" m ON m."id" = r."modificationId" CROSS JOIN query
    WHERE ${SEARCH_DOCUMENT} @@ query.q OR r."number" = ${number}::int
    ORDER BY "exactRef" DESC, "rank" DESC, m."number", r."number"
    LIMIT ${SEARCH_LIMIT}`;
  return {
    total: Number(rows[0]?.total ?? 0),
    results: rows.map((row) => ({
      ref: row.ref,
      status: row.status,
      draftRef: row.draftRef,
      proposalRef: row.proposalRef,
      exactRef: row.exactRef,
      rank: Number(row.rank),
      title: splitHighlights(row.titleMarked),
      snippet: splitHighlights(withoutMarkdown(row.bodyMarked)),
    })),
  };
}

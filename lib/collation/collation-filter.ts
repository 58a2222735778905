import "server-only";
import type { RespondentCategory } from "@/lib/generated/prisma/enums";
import { CATEGORIES, isTallyKey, type TallyKey } from "./visible-responses";

export const ANSWERS_PER_PAGE = 25;
/** Requirements in a page of the heat table: 50 rows × 7 categories of links, not 3,500. */
export const HEAT_ROWS_PER_PAGE = 50;

/** What the collation and published pages read from their address; nonsense is ignored, never an error. */
export type CollationFilter = { question: number | null; position: TallyKey | null; category: RespondentCategory | null; requirement: string | null; page: number; heat: number };

export function parseCollationFilter(params: Record<string, string | string[] | undefined>): CollationFilter {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : undefined);
  const number = (key: string) => {
    const value = Number(one(key));
    return Number.isInteger(value) && value > 0 && value < 100_000 ? value : null;
  };
  const position = one("position");
  const category = one("category");
  const requirement = one("requirement");
  return {
    question: number("question"),
    position: isTallyKey(position) ? position : null,
    category: (CATEGORIES as string[]).includes(category ?? "") ? (category as RespondentCategory) : null,
    requirement: requirement && /^[A-Za-z0-9_-]{1,64}$/.test(requirement) ? requirement : null,
    page: number("page") ?? 1,
    heat: number("heat") ?? 1,
  };
}

/** The address of the page with `filter` (null values left out). */
export function filterQuery(filter: Partial<Record<"question" | "position" | "category" | "requirement" | "page" | "heat", string | number | null>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value !== null && value !== undefined && value !== "") params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : "";
}

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getModificationByRef } from "@/lib/modifications/get-modification";
import { formatRequirementRef } from "@/lib/requirements/refs";
import { seedDatabase } from "@/lib/seed/seed-database";
import { resetDatabase } from "@/test/support/database";
import { splitHighlights, withoutMarkdown } from "./highlight";
import { SEARCH_DOCUMENT, requirementNumberIn, searchQuerySchema, searchRequirements, type SearchResult } from "./search-requirements";

const matched = (segments: SearchResult["snippet"]) => segments.filter((s) => s.match).map((s) => s.text);
const plain = (segments: SearchResult["snippet"]) => segments.map((s) => s.text).join("");

describe("searching requirements", () => {
  let number = 15;
  async function addRequirement(title: string, body: string) {
    const { id } = await getModificationByRef(db(), "DP162");
    const area = await db().requirementArea.findFirstOrThrow({ where: { modificationId: id }, select: { id: true } });
    number += 1;
    await db().requirement.create({ data: { modificationId: id, areaId: area.id, number, ref: formatRequirementRef(number), position: number, title, body } });
    return formatRequirementRef(number);
  }

  beforeAll(async () => {
    await resetDatabase();
    await seedDatabase(db(), { demoAccounts: false });
  });

  it("ranks a requirement whose title matches above one whose body merely mentions the word", async () => {
    const inBody = await addRequirement("Retention of logs", "Zymurgy logs are kept. Zymurgy again, and zymurgy once more.");
    const inTitle = await addRequirement("Zymurgy controls", "Nothing else to say here.");
    const { total, results } = await searchRequirements(db(), "zymurgy");
    expect(total).toBe(2);
    expect(results.map((r) => r.ref)).toEqual([inTitle, inBody]);
    expect(results[0]!.rank).toBeGreaterThan(results[1]!.rank);
    expect(results[0]).toMatchObject({ status: "DRAFT", draftRef: "DP162", proposalRef: "MP162", exactRef: false });
  });

  it("marks the matched words, stemmed, in the title and the snippet", async () => {
    const { results } = await searchRequirements(db(), "retrieve");
    const br01 = results.find((r) => r.ref === "BR-01")!;
    expect(matched(br01.title)).toEqual(["Retrieval"]);
    expect(plain(br01.title)).toBe("Create a Metering Data Retrieval User Role");
    const br05 = results.find((r) => r.ref === "BR-05")!;
    expect(matched(br05.snippet).map((w) => w.toLowerCase())).toContain("retrieve");
    // the Markdown table around the words reads as text
    expect(plain(br05.snippet)).not.toMatch(/\||---|\*\*/);
  });

  it("finds a requirement by its reference typed exactly, first", async () => {
    for (const query of ["BR-05", "br-5", "BR 05", " br05 "]) {
      const { results } = await searchRequirements(db(), query);
      expect(results[0], query).toMatchObject({ ref: "BR-05", exactRef: true });
      expect(results.filter((r) => r.exactRef)).toHaveLength(1);
    }
    expect(requirementNumberIn("BR-0")).toBeNull();
    expect(requirementNumberIn("BR-05 security")).toBeNull();
    expect((await searchRequirements(db(), "BR-99")).results.filter((r) => r.exactRef)).toEqual([]);
  });

  it("treats SQL and HTML metacharacters as text", async () => {
    const ref = await addRequirement("Escaping <b>bold</b> claims", "Quarkly text with <script>alert(1)</script> and a < b & c.");
    const before = await db().requirement.count();
    // None of these words is in any requirement: each runs, as text, and finds nothing.
    for (const query of [`'); DROP TABLE "Requirement"; --`, `"unterminated`, "a & | ! :* <-> ()", "\\", "%_%", "⟦x⟧"]) {
      expect(await searchRequirements(db(), query), query).toEqual({ total: 0, results: [] });
    }
    expect(await db().requirement.count()).toBe(before);
    // Around a word that is there, the same characters are ignored rather than breaking the query.
    for (const query of [`"quarkly`, `quarkly & | ! :* <-> () %_% \\`, `(quarkly)`, `'quarkly';`]) {
      expect((await searchRequirements(db(), query)).results.map((r) => r.ref), query).toEqual([ref]);
    }

    const { results } = await searchRequirements(db(), "quarkly");
    expect(results.map((r) => r.ref)).toEqual([ref]);
    expect(plain(results[0]!.snippet)).toMatch(/^Quarkly text with <script>alert\(1\)<\/script/);
    expect(matched(results[0]!.snippet)).toEqual(["Quarkly"]);
    expect(plain(results[0]!.title)).toBe("Escaping <b>bold</b> claims");
  });

  it("returns nothing for an empty query or one of stop words only", async () => {
    for (const query of ["", "   ", "the and of"]) {
      expect(await searchRequirements(db(), query), JSON.stringify(query)).toEqual({ total: 0, results: [] });
    }
  });

  it("uses the GIN index: the query's document is the index's expression", async () => {
    const plan = await db().$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>`
        EXPLAIN SELECT r."id" FROM "Requirement" r WHERE ${SEARCH_DOCUMENT} @@ websearch_to_tsquery('english', ${"metering"})`;
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Requirement_search");
  });
});

describe("the search query and its highlights", () => {
  it("trims the query and refuses more than 200 characters", () => {
    expect(searchQuerySchema.parse({ q: "  metering data " })).toEqual({ q: "metering data" });
    expect(searchQuerySchema.parse({})).toEqual({ q: "" });
    expect(searchQuerySchema.parse({ q: ["first", "second"] })).toEqual({ q: "first" });
    expect(searchQuerySchema.safeParse({ q: "x".repeat(201) }).error?.issues[0]?.message).toBe("Search for at most 200 characters");
  });

  it("splits marked text into segments, ignoring stray markers", () => {
    expect(splitHighlights("a ⟦b⟧ c ⟦d⟧")).toEqual([
      { text: "a ", match: false },
      { text: "b", match: true },
      { text: " c ", match: false },
      { text: "d", match: true },
    ]);
    expect(splitHighlights("x ⟦y")).toEqual([{ text: "x ", match: false }, { text: "y", match: false }]);
    expect(splitHighlights("")).toEqual([]);
  });

  it("drops Markdown punctuation from snippets", () => {
    expect(withoutMarkdown("## Heading\n- **bold** and `code`, *MDR User*.\n| a | b |\n| --- | --- |\nSee [the TOM](https://x.example)")).toBe(
      "Heading bold and code, MDR User. a b See the TOM",
    );
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { auditFilterSchema, findAuditEvents } from "@/lib/audit/find-audit-events";
import { baselineFormSchema } from "@/lib/baselines/schemas";
import { getBaseline } from "@/lib/baselines/get-baseline-requirements";
import { db } from "@/lib/db";
import { planRequirementsImport } from "@/lib/exchange/plan-requirements-import";
import { addLinkSchema } from "@/lib/requirements/change-trace-links";
import { getRequirement } from "@/lib/requirements/get-requirement";
import { getRequirementForEditing } from "@/lib/requirements/get-requirement-for-editing";
import { requirementEditSchema, statusChangeSchema } from "@/lib/requirements/schemas";
import { searchQuerySchema, searchRequirements } from "@/lib/search/search-requirements";
import { seedDatabase } from "@/lib/seed/seed-database";
import { getServiceRequestWithVersions } from "@/lib/service-requests/get-service-request";
import { serviceRequestEditSchema } from "@/lib/service-requests/update-service-request";
import { resetDatabase } from "@/test/support/database";
import { newUserSchema } from "@/lib/users/schemas";
import { BIDI_MESSAGE, CONTROL_MESSAGE, idSchema } from "./text";

// Hostile text every schema and lookup gets: each must end in a field message or "not found", never
// a database error (PostgreSQL refuses NUL in text: "invalid byte sequence for encoding UTF8: 0x00").
const NUL = "a\u0000b";
const BIDI = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"].map((c) => `Access ${c}denied`);

let modificationId: string;

/** The messages a schema gives `field` when it holds `value` (other fields valid). */
function messagesFor<S extends z.ZodType>(schema: S, valid: Record<string, unknown>, field: string, value: string): string[] {
  const result = schema.safeParse({ ...valid, [field]: value });
  return result.success ? [] : result.error.issues.filter((i) => i.path[0] === field).map((i) => i.message);
}

const FORMS: [string, z.ZodType, Record<string, unknown>, string[]][] = [
  ["requirement", requirementEditSchema, { areaId: "a", title: "T", body: "B", changeNote: "N", expectedVersion: "1" }, ["title", "body", "changeNote"]],
  ["status change", statusChangeSchema, { status: "PROPOSED", reason: "R", expectedVersion: "1" }, ["reason"]],
  ["trace link", addLinkSchema, { kind: "SEC_SECTION", target: "Section H", note: "n", expectedVersion: "1" }, ["target", "note"]],
  ["service request", serviceRequestEditSchema, { targetResponseTime: "1s", testingScenario: "S", changeNote: "N", expectedVersion: "1" }, ["targetResponseTime", "testingScenario", "changeNote"]],
  ["baseline", baselineFormSchema, { name: "v0.1", description: "d" }, ["name", "description"]],
  ["user", newUserSchema, { name: "Ann", email: "ann@example.com", password: "a-long-password", role: "SECAS" }, ["name"]],
];

describe("hostile text in forms", () => {
  it.each(FORMS)("%s: NUL and other control characters get a field message", (_, schema, valid, fields) => {
    for (const field of fields) {
      expect(schema.safeParse(valid).success).toBe(true);
      for (const value of [NUL, "x\u0007y", "x\u001by", "x\u007fy", "x\u0085y"]) expect(messagesFor(schema, valid, field, value)).toContain(CONTROL_MESSAGE);
    }
  });

  it.each(FORMS)("%s: direction overrides and isolates get a field message", (_, schema, valid, fields) => {
    for (const field of fields) for (const value of BIDI) expect(messagesFor(schema, valid, field, value)).toContain(BIDI_MESSAGE);
  });

  it("keeps what people do type: markup as text, other scripts, line breaks and tabs", () => {
    const valid = FORMS[0]![2];
    for (const value of ["<script>alert(1)</script>", "Zähler → عداد ‏(RLM)", "line one\r\nline two\tend", "emoji ⚡"]) {
      expect(messagesFor(requirementEditSchema, valid, "body", value)).toEqual([]);
    }
    expect(messagesFor(requirementEditSchema, valid, "title", "x".repeat(201))).toEqual(["Titles are at most 200 characters"]);
    expect(messagesFor(requirementEditSchema, valid, "areaId", "\u0000")).toEqual(["Choose an area"]);
    expect(messagesFor(requirementEditSchema, valid, "body", "x".repeat(20_001))).toEqual(["The text is at most 20,000 characters"]);
  });
});

it("ids sent back by forms are checked before any query sees them", () => {
  expect(idSchema.safeParse("cmabc123def456").success).toBe(true);
  for (const id of ["", NUL, "x".repeat(65), "a b", "a/../b"]) expect(idSchema.safeParse(id).success).toBe(false);
});

describe("hostile text in addresses and queries", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedDatabase(db(), { demoAccounts: false });
    ({ id: modificationId } = await db().modification.findUniqueOrThrow({ where: { number: 162 } }));
  });

  it("a NUL (or a direction override, or 10 kB) in a requirement, Service Request or baseline key is not found", async () => {
    for (const key of ["BR-01\u0000", "\u0000", "BR-\u202E10", "B".repeat(10_000)]) {
      await expect(getRequirement(db(), modificationId, key)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getRequirementForEditing(db(), modificationId, key)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getServiceRequestWithVersions(db(), modificationId, key)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getBaseline(db(), modificationId, key)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(getRequirement(db(), modificationId, "br-01")).resolves.toMatchObject({ ref: "BR-01" });
  });

  it("a NUL in a search gets a message, and the search is not run", async () => {
    const parsed = searchQuerySchema.safeParse({ q: "\u0000" });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual([CONTROL_MESSAGE]);
    expect(searchQuerySchema.safeParse({ q: "<script>alert(1)</script>" }).success).toBe(true);
    await expect(searchRequirements(db(), "<script>alert(1)</script>")).resolves.toMatchObject({ total: 0 });
  });

  it("audit filters with a NUL or a date out of range are ignored, and the page still reads", async () => {
    const filter = auditFilterSchema.parse({ actor: "\u0000", action: "x\u0000", from: "0001-01-01", to: "99999-12-31", page: "1" });
    expect(filter).toEqual({ actor: undefined, action: undefined, from: undefined, to: undefined, page: 1 });
    await expect(findAuditEvents(db(), { role: "SECAS", committee: null, organisationId: null }, modificationId, filter)).resolves.toMatchObject({ page: 1 });
    for (const day of ["0001-01-01", "1969-12-31", "10000-01-01", "2026-02-30"]) expect(auditFilterSchema.parse({ from: day }).from).toBeUndefined();
    expect(auditFilterSchema.parse({ from: "2026-11-01" }).from).toBe("2026-11-01");
  });

  it("an imported row with a NUL or a direction override is an error row, with the reason", async () => {
    const br01 = await db().requirement.findFirstOrThrow({ where: { modificationId, ref: "BR-01" }, include: { area: true } });
    const row = { ref: "", area: br01.area.title, body: "Words", version: "" };
    const plan = await planRequirementsImport(db(), modificationId, [
      { ...row, row: 2, title: `Null${NUL}` },
      { ...row, row: 3, title: BIDI[4]! },
      { ...row, row: 4, title: "<script>alert(1)</script>" },
    ]);
    expect(plan.counts).toMatchObject({ errors: 2, new: 1 });
    expect(JSON.stringify(plan)).toContain(CONTROL_MESSAGE);
    expect(JSON.stringify(plan)).toContain(BIDI_MESSAGE);
  });
});

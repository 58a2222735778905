import pg from "pg";
import { e2eDatabaseUrl } from "./e2e-database";

/**
 * The database of the portal under test (e2e/support/serve.ts), for the few specs that must put
 * rows in place no page makes (a published Modification Report v1.0, owned by the reports work)
 * or change a row behind the portal's back (to show a page is served from the cache).
 */
export async function withDatabase<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A modification of its own (no other spec touches it), at the Report phase, with its published Modification Report v1.0. */
export async function createModificationWithReportV1(number: number, title: string, path_ = "PATH_3_SELF_GOVERNANCE") {
  return withDatabase(async (c) => {
    const { rows: [proposer] } = await c.query<{ id: string }>(`SELECT id FROM "Organisation" ORDER BY name LIMIT 1`);
    const { rows: [secas] } = await c.query<{ id: string }>(`SELECT id FROM "User" WHERE email = 'secas@example.com'`);
    const id = `e2e-modification-${number}`;
    await c.query(
      `INSERT INTO "Modification" (id, number, "draftRef", title, stage, path, "proposerId", "raisedOn", summary, issue, solution, "whoIsImpacted", "secDocumentsAffected", "updatedAt")
       VALUES ($1, $2, $3, $4, 'REPORT', $5, $6, '2026-01-15', 'Illustrative modification for the e2e tests.', 'Issue.', 'Solution.', 'Suppliers.', 'Section H.', now())`,
      [id, number, `DP${number}`, title, path_, proposer!.id],
    );
    await c.query(
      `INSERT INTO "Report" (id, "modificationId", kind, number, major, minor, status, summary, generated, "generatedAt", "contentSha256", "publishedAt", "publishedById", "updatedAt")
       VALUES ($1, $2, 'MODIFICATION_REPORT', '1.0', 1, 0, 'PUBLISHED', 'Modification Report v1.0 (e2e)', '{}', now(), repeat('0', 64), now(), $3, now())`,
      [`e2e-report-${number}`, id, secas!.id],
    );
    return { id, ref: `DP${number}` };
  });
}

/** BR-01 (version 1, by the Working Group member) in its own area of a modification made by createModificationWithReportV1. */
export async function insertRequirement(modificationId: string, title: string) {
  return withDatabase(async (c) => {
    const { rows: [author] } = await c.query<{ id: string }>(`SELECT id FROM "User" WHERE email = 'wg@example.com'`);
    const [area, requirement, version] = ["area", "requirement", "requirement-v1"].map((what) => `${modificationId}-${what}`);
    await c.query(`INSERT INTO "RequirementArea" (id, "modificationId", code, title, description, position) VALUES ($1, $2, 'BR', 'Business requirements', '', 1)`, [area, modificationId]);
    await c.query(
      `INSERT INTO "Requirement" (id, "modificationId", number, ref, "areaId", position, title, body, "updatedAt") VALUES ($1, $2, 1, 'BR-01', $3, 1, $4, 'Words to agree.', now())`,
      [requirement, modificationId, area, title],
    );
    await c.query(
      `INSERT INTO "RequirementVersion" (id, "requirementId", version, "areaId", title, body, status, "authorId", "changeNote") VALUES ($1, $2, 1, $3, $4, 'Words to agree.', 'DRAFT', $5, 'First draft')`,
      [version, requirement, area, title, author!.id],
    );
    return { requirementId: requirement!, versionId: version!, authorId: author!.id };
  });
}

/** `count` comment threads, numbered from 1, on the requirement `insertRequirement` made; `{n}` in `body` becomes each one's number. */
export async function insertThreads(modificationId: string, on: Awaited<ReturnType<typeof insertRequirement>>, count: number, body: string) {
  await withDatabase((c) =>
    c.query(
      `INSERT INTO "Comment" (id, "modificationId", number, "requirementId", "requirementVersionId", "authorId", "authorRole", body, "updatedAt")
       SELECT $1 || '-comment-' || n, $1, n, $2, $3, $4, (SELECT role FROM "User" WHERE id = $4), replace($5, '{n}', n::text), now() FROM generate_series(1, $6::int) AS n`,
      [modificationId, on.requirementId, on.versionId, on.authorId, body, count],
    ),
  );
}

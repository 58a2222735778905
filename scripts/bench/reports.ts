/**
 * Report generation bench: drafts and publishes a Modification Report of the 500-requirement
 * modification (at a baseline of all of it) through the real commands, and prints how long the
 * HTML, PDF and DOCX took, the whole publication, the files' sizes and the peak memory.
 *
 * The commands are server-only modules, so this runs in a child process of its own with the
 * react-server condition (`benchReports` starts it; bench.ts calls that). By itself:
 *   DATABASE_URL=… node --conditions=react-server --import tsx scripts/bench/reports.ts [modification number]
 * (seeds DP162 and a 500-requirement modification first if the database has none).
 */
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";

/** Runs the bench in a child process against `databaseUrl` and prints its lines. */
export function benchReports(databaseUrl: string, modificationNumber: number): void {
  const child = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench/reports.ts", String(modificationNumber)], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (child.status !== 0) console.log(`Report bench failed (exit ${child.status}).`);
}

async function main(modificationNumber: number) {
  const { db, disconnectDb } = await import("@/lib/db");
  const { createBaseline } = await import("@/lib/baselines/create-baseline");
  const { createReportDraft } = await import("@/lib/reports/create-report-draft");
  const { publishReport } = await import("@/lib/reports/publish-report");
  const { renderReportFiles } = await import("@/lib/reports/render/files");
  const { seedDatabase } = await import("@/lib/seed/seed-database");
  const { createLargeModification } = await import("@/test/support/large-modification");

  if (!(await db().modification.findUnique({ where: { number: modificationNumber } }))) {
    await seedDatabase(db(), { demoAccounts: false });
    await createLargeModification(db(), { number: modificationNumber, requirements: 500, versionsPerRequirement: 1, comments: 0 });
  }
  const m = await db().modification.findUniqueOrThrow({ where: { number: modificationNumber }, select: { id: true, draftRef: true, _count: { select: { requirements: true } } } });
  // The bench measures generation, not the publishing gate: the generated review threads (critical
  // and major among them) are resolved first, as the Working Group would before a report is published.
  await db().comment.updateMany({ where: { modificationId: m.id, parentId: null, status: { not: "RESOLVED" } }, data: { status: "RESOLVED", disposition: "ACCEPTED" } });
  const secas = await db().user.findFirstOrThrow({ where: { role: "SECAS" }, select: { id: true, email: true, name: true, role: true, committee: true, organisationId: true } });
  const actor = { ...secas, organisation: null, unreadNotifications: 0 };
  const { id: baselineId } = await createBaseline(db(), actor, { modificationId: m.id, name: `Report bench ${Date.now()}` });
  const latest = await db().report.findFirst({ where: { modificationId: m.id }, orderBy: [{ major: "desc" }, { minor: "desc" }], select: { major: true, minor: true } });
  const number = latest ? `${latest.major}.${latest.minor + 1}` : "0.1";
  const draftStarted = performance.now();
  const draft = await createReportDraft(db(), actor, { modificationId: m.id, number, baselineId });
  const drafted = performance.now() - draftStarted;

  // Peak memory while publishing: sampled every 5 ms, and the process's maximum resident set.
  const start = process.memoryUsage();
  const peak = { rss: start.rss, heap: start.heapUsed };
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peak.rss = Math.max(peak.rss, now.rss);
    peak.heap = Math.max(peak.heap, now.heapUsed);
  }, 5);
  let rendered: Awaited<ReturnType<typeof renderReportFiles>> | undefined;
  const publishStarted = performance.now();
  await publishReport(db(), actor, { modificationId: m.id, reportId: draft.id, expectedVersion: 1 }, new Date(), async (content) => (rendered = await renderReportFiles(content)));
  const published = performance.now() - publishStarted;
  clearInterval(sampler);

  const { timings, files } = rendered!;
  const ms = (n: number) => `${Math.round(n)} ms`;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  const size = (f: string) => `${(files.find((x) => x.format === f)!.bytes.byteLength / 1024).toFixed(0)} KiB`;
  console.log(`\nModification Report v${number} of ${m.draftRef} (${m._count.requirements} requirements at the baseline)`);
  console.log(`  drafting (reading every generated section): ${ms(drafted)}`);
  console.log(`  HTML  ${ms(timings.HTML).padStart(8)}  ${size("HTML")}`);
  console.log(`  PDF   ${ms(timings.PDF).padStart(8)}  ${size("PDF")}`);
  console.log(`  DOCX  ${ms(timings.DOCX).padStart(8)}  ${size("DOCX")}`);
  console.log(`  HTML + PDF + DOCX: ${ms(timings.HTML + timings.PDF + timings.DOCX)} (goal: under 5 s)`);
  console.log(`  whole publication (gate, three copies, hashes, stored in one transaction): ${ms(published)}`);
  console.log(`  peak memory while publishing: ${mb(peak.rss)} resident (${mb(peak.rss - start.rss)} above the start), ${mb(peak.heap)} JS heap; process maximum ${mb(process.resourceUsage().maxRSS * 1024)}`);
  await disconnectDb();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(Number(process.argv[2] ?? 951)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

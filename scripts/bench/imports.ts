/**
 * Import bench: how late other work runs (the event loop's worst delay: another person's request,
 * in effect) while an XLSX upload is read. Issue 6's bound is a second for another user's page.
 * Read are a 0.5 MB workbook that inflates to 510 MB, once with a header that admits it and once
 * with one that lies, and a workbook just within the 25 MB limit, which exceljs then parses on the
 * main thread. The tests check what makes these small (lib/exchange/workbook-limits.test.ts:
 * what is inflated, and that other work gets turns); the times are printed here, never asserted.
 *
 * The reader is a server-only module, so this runs in a child process of its own with the
 * react-server condition (`benchImports` starts it; bench.ts calls that). By itself:
 *   node --conditions=react-server --import tsx scripts/bench/imports.ts
 */
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";

/** Runs the bench in a child process and prints its lines. */
export function benchImports(): void {
  const child = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench/imports.ts"], { encoding: "utf8", stdio: ["ignore", "inherit", "inherit"] });
  if (child.status !== 0) console.log(`Import bench failed (exit ${child.status}).`);
}

async function main() {
  const ExcelJS = (await import("exceljs")).default;
  const { readRequirementsFile } = await import("@/lib/exchange/read-requirements-file");
  const { WORKBOOK_LIMITS } = await import("@/lib/exchange/check-workbook-limits");
  const { xlsxBomb } = await import("@/test/support/zip-bomb");

  const book = new ExcelJS.Workbook();
  book.addWorksheet("Requirements").addRow(["Ref", "Area", "Title", "Version", "Body"]);
  const workbook = Buffer.from(await book.xlsx.writeBuffer());
  const withinMB = WORKBOOK_LIMITS.inflatedBytes / 1024 / 1024 - 2;
  const files = [
    { name: "510 MB bomb, honest header", bytes: await xlsxBomb(workbook, { inflatedMB: 510 }) },
    { name: "510 MB bomb, lying header", bytes: await xlsxBomb(workbook, { inflatedMB: 510, lieAboutSize: true }) },
    { name: `${withinMB} MB, within the limit`, bytes: await xlsxBomb(workbook, { inflatedMB: withinMB }) },
  ];

  console.log("\nReading an XLSX upload as the import does (issue 6: another user's page waits under a second)");
  console.log(`${"File".padEnd(28)}${"KB".padStart(6)}${"read ms".padStart(9)}${"worst delay ms".padStart(16)}  what stopped it`);
  for (const file of files) {
    const started = performance.now();
    let outcome = "read whole";
    const delay = await worstDelayDuring(() =>
      readRequirementsFile(file.bytes, "upload.xlsx").catch((error: Error) => {
        outcome = error.message.startsWith("This workbook expands") ? "the limits check" : "exceljs read it, then the columns check";
      }),
    );
    console.log(`${file.name.padEnd(28)}${(file.bytes.length / 1024).toFixed(0).padStart(6)}${(performance.now() - started).toFixed(0).padStart(9)}${delay.toFixed(0).padStart(16)}  ${outcome}`);
  }
  console.log("worst delay: how late a timer asking every 10 ms ran at worst while the file was read (another request, in effect).");
}

/** Runs `work` while a timer asks every 10 ms to run, and returns how late it ran at worst. */
async function worstDelayDuring(work: () => Promise<unknown>): Promise<number> {
  let worst = 0;
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 10);
    last = now;
  }, 10);
  try {
    await work();
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    clearInterval(probe);
  }
  return worst;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

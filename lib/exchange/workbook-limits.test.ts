import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { xlsxBomb, xlsxWith } from "@/test/support/zip-bomb";
import { WORKBOOK_LIMITS } from "./check-workbook-limits";
import { readRequirementsFile } from "./read-requirements-file";

// No database here: reading a file is pure. The bombs are built once (deflating ~510 MB takes a few seconds).
let workbook: Buffer;
let honest: Buffer;
let lying: Buffer;

async function smallWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Requirements");
  sheet.addRow(["Ref", "Area", "Title", "Version", "Body"]);
  sheet.addRow(["BR-01", "User Entry Process", "A title", 1, "Words"]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Runs `work` while a timer asks every 10 ms to run, and returns how late it ran at worst (another user's request, in effect). */
async function worstDelayDuring(work: () => Promise<unknown>): Promise<number> {
  let worst = 0;
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 10);
    last = now;
  }, 10);
  try {
    await work().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    clearInterval(probe);
  }
  return worst;
}

describe("reading an XLSX upload within limits", () => {
  beforeAll(async () => {
    workbook = await smallWorkbook();
    honest = await xlsxBomb(workbook, { inflatedMB: 510 });
    lying = await xlsxBomb(workbook, { inflatedMB: 510, lieAboutSize: true });
  }, 120_000);

  it("refuses a 1.5 MB workbook that inflates to 510 MB, quickly and without using the memory", async () => {
    expect(honest.length).toBeLessThan(1.5 * 1024 * 1024);
    for (const bomb of [honest, lying]) {
      global.gc?.();
      const rss = process.memoryUsage().rss;
      const started = performance.now();
      await expect(readRequirementsFile(bomb, "bomb.xlsx")).rejects.toThrow(`This workbook expands to more than ${WORKBOOK_LIMITS.inflatedBytes / 1024 / 1024} MB`);
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(process.memoryUsage().rss - rss).toBeLessThan(100 * 1024 * 1024);
    }
  });

  it("keeps answering other work while a bomb is read", async () => {
    // Refusing a bomb takes almost no work: what delay there is comes from the machine being busy.
    for (const bomb of [honest, lying]) expect(await worstDelayDuring(() => readRequirementsFile(bomb, "bomb.xlsx"))).toBeLessThan(500);
  });

  it("keeps answering other work while a workbook just within the size limit is read", async () => {
    const big = await xlsxBomb(workbook, { inflatedMB: WORKBOOK_LIMITS.inflatedBytes / 1024 / 1024 - 2 });
    // exceljs parses what passed the limits on the main thread: ~80 ms of delay at worst here when
    // the machine is idle. The bound is a second for another person's page.
    const delay = await worstDelayDuring(() => readRequirementsFile(big, "big.xlsx"));
    expect(delay, `worst delay ${Math.round(delay)} ms`).toBeLessThan(1_000);
  });

  it("refuses too many rows and too many parts before exceljs reads them", async () => {
    await expect(readRequirementsFile(await xlsxWith(workbook, { rows: 5_000 }), "rows.xlsx")).rejects.toThrow("more than 1000 rows");
    await expect(readRequirementsFile(await xlsxWith(workbook, { extraEntries: WORKBOOK_LIMITS.entries }), "parts.xlsx")).rejects.toThrow(
      `more than ${WORKBOOK_LIMITS.entries} parts`,
    );
  });

  it("still reads an ordinary workbook, and one of 1,000 rows", async () => {
    expect(await readRequirementsFile(workbook, "ok.xlsx")).toEqual([{ row: 2, ref: "BR-01", area: "User Entry Process", title: "A title", body: "Words", version: "1" }]);
    const rows = await readRequirementsFile(await headed(), "full.xlsx");
    expect(rows).toHaveLength(1000);
  });
});

async function headed(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Requirements");
  sheet.addRow(["Ref", "Area", "Title", "Version", "Body"]);
  for (let i = 1; i <= 1000; i++) sheet.addRow([`BR-${i}`, "User Entry Process", `Title ${i}`, 1, `Body ${i} `.repeat(50)]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

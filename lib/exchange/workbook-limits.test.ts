import zlib from "node:zlib";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { xlsxBomb, xlsxWith } from "@/test/support/zip-bomb";
import { checkWorkbookLimits, WORKBOOK_LIMITS } from "./check-workbook-limits";
import { MAX_IMPORT_ROWS, readRequirementsFile } from "./read-requirements-file";

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

/**
 * What zlib inflated while `work` ran: yauzl inflates each entry through zlib.createInflateRaw, and
 * this counts what those streams put out. The bytes really inflated, whatever the file claims.
 */
async function inflatedDuring(work: () => Promise<unknown>): Promise<number> {
  let bytes = 0;
  const create = zlib.createInflateRaw;
  const spy = vi.spyOn(zlib, "createInflateRaw").mockImplementation((options) => {
    const stream = create(options);
    const push = stream.push.bind(stream);
    stream.push = (chunk, encoding) => {
      if (chunk) bytes += (chunk as Buffer).length;
      return push(chunk, encoding);
    };
    return stream;
  });
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return bytes;
}

/** How many times other work (a callback queued as another request's would be) ran while `work` did. */
async function turnsOfOtherWorkDuring(work: () => Promise<unknown>): Promise<number> {
  let turns = 0;
  let working = true;
  const turn = () => {
    if (!working) return;
    turns++;
    setImmediate(turn);
  };
  setImmediate(turn);
  try {
    await work();
  } finally {
    working = false;
  }
  return turns;
}

const refusedAsTooLarge = (bomb: Buffer) => expect(readRequirementsFile(bomb, "bomb.xlsx")).rejects.toThrow(`This workbook expands to more than ${WORKBOOK_LIMITS.inflatedBytes / 1024 / 1024} MB`);

describe("reading an XLSX upload within limits", () => {
  beforeAll(async () => {
    workbook = await smallWorkbook();
    honest = await xlsxBomb(workbook, { inflatedMB: 510 });
    lying = await xlsxBomb(workbook, { inflatedMB: 510, lieAboutSize: true });
  }, 120_000);

  // How long reading takes, and how late other work runs meanwhile, are printed by `npm run bench` (scripts/bench/imports.ts).
  it("refuses a 1.5 MB workbook that inflates to 510 MB having inflated a few kB, whatever its header says", async () => {
    expect(honest.length).toBeLessThan(1.5 * 1024 * 1024);
    // A header that admits the size: refused before the sheet is inflated (the small parts before it are).
    expect(await inflatedDuring(() => refusedAsTooLarge(honest))).toBeLessThan(64 * 1024);
    // A header that claims 1 kB: refused once the sheet inflates past what it claims.
    expect(await inflatedDuring(() => refusedAsTooLarge(lying))).toBeLessThan(64 * 1024);
  });

  it("refuses the bombs without the memory their contents would take", async () => {
    for (const bomb of [honest, lying]) {
      global.gc?.();
      const rss = process.memoryUsage().rss;
      await refusedAsTooLarge(bomb);
      expect(process.memoryUsage().rss - rss).toBeLessThan(100 * 1024 * 1024);
    }
  });

  it("inflates a workbook just within the limit chunk by chunk, letting other work run between the chunks", async () => {
    const withinMB = WORKBOOK_LIMITS.inflatedBytes / 1024 / 1024 - 2;
    const big = await xlsxBomb(workbook, { inflatedMB: withinMB });
    let turns = 0;
    const inflated = await inflatedDuring(async () => {
      turns = await turnsOfOtherWorkDuring(() => expect(checkWorkbookLimits(big, MAX_IMPORT_ROWS)).resolves.toBeUndefined());
    });
    expect(inflated).toBeGreaterThan(withinMB * 1024 * 1024);
    // zlib's thread pool inflates it 16 kB at a time, a trip to the pool each (~1,500), and other
    // requests' callbacks get a turn after every trip. Inflating it in one go on the request's own
    // thread gives them only the turns of reading its 25 kB of compressed bytes (32 when tried).
    expect(turns).toBeGreaterThan(1_000);
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

import "server-only";
import type { Readable } from "node:stream";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { AppError } from "@/lib/errors";

/*
 * An XLSX file is a zip: 2 MB of deflated XML can inflate to 2 GB, and exceljs inflates and
 * parses everything in memory. So before exceljs sees a workbook we stream it once, counting the
 * bytes actually inflated (not the sizes the file claims), its entries and its rows and cells,
 * and stop at the first limit passed. Inflating runs in zlib's thread pool, in chunks, so other
 * requests keep being answered meanwhile.
 *
 * Measured: a 1,000-row export with long, varied bodies fills the 2 MB upload limit at about
 * 7 MB inflated, in 16 entries. The limits leave room for Excel's own extra parts.
 */
export const WORKBOOK_LIMITS = {
  inflatedBytes: 25 * 1024 * 1024,
  entries: 100,
  /** Cells in all sheets together, per row allowed: an export has 7 columns. */
  cellsPerRow: 64,
} as const;

const MB = WORKBOOK_LIMITS.inflatedBytes / 1024 / 1024;
const fail = (message: string) => new AppError("VALIDATION", message, { file: [message] });
const tooLarge = () => fail(`This workbook expands to more than ${MB} MB when unzipped, far more than an export of requirements: it cannot be imported.`);
const notXlsx = () => fail("This file is not a valid XLSX workbook.");

// Elements counted in sheet XML, with or without a namespace prefix (`<x:row`); not `<rowBreaks` or `<cols`.
const ROW = /<(?:\w+:)?row[\s/>]/g;
const CELL = /<(?:\w+:)?c[\s/>]/g;
const SHEET = /^xl\/worksheets\/[^/]+\.xml$/i;

/**
 * Refuses a workbook that inflates past the limits, or whose sheets together hold more than
 * `maxRows` rows; resolves when the whole file has been read within them.
 */
export async function checkWorkbookLimits(bytes: Uint8Array, maxRows: number): Promise<void> {
  const zip = await open(bytes);
  try {
    if (zip.entryCount > WORKBOOK_LIMITS.entries) throw fail(`This workbook has more than ${WORKBOOK_LIMITS.entries} parts: it is not an export of requirements and cannot be imported.`);
    const seen = { bytes: 0, rows: 0, cells: 0 };
    for (let entry = await next(zip); entry; entry = await next(zip)) {
      // A header that admits the size is refused before inflating anything.
      if (entry.uncompressedSize > WORKBOOK_LIMITS.inflatedBytes - seen.bytes) throw tooLarge();
      if (entry.isEncrypted()) throw fail("This workbook is encrypted: save it without a password and try again.");
      if (entry.fileName.endsWith("/")) continue;
      await inflate(zip, entry, seen, maxRows);
    }
  } finally {
    zip.close();
  }
}

function open(bytes: Uint8Array): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // strictFileNames refuses backslashes; yauzl itself refuses absolute and `..` paths.
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, strictFileNames: true, validateEntrySizes: true }, (error, zip) =>
      error || !zip ? reject(notXlsx()) : resolve(zip),
    );
  });
}

/** The next entry, or null at the end of the central directory. */
function next(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const done = (value: Entry | null, error?: unknown) => {
      zip.removeAllListeners("entry").removeAllListeners("end").removeAllListeners("error");
      if (error) reject(error);
      else resolve(value);
    };
    zip.once("entry", (entry: Entry) => done(entry));
    zip.once("end", () => done(null));
    zip.once("error", () => done(null, notXlsx()));
    zip.readEntry();
  });
}

/** Inflates one entry, counting what comes out; stops the moment a limit is passed. */
async function inflate(zip: ZipFile, entry: Entry, seen: { bytes: number; rows: number; cells: number }, maxRows: number): Promise<void> {
  const stream = await new Promise<Readable>((resolve, reject) =>
    zip.openReadStream(entry, (error, s) => (error || !s ? reject(notXlsx()) : resolve(s))),
  );
  const isSheet = SHEET.test(entry.fileName);
  let tail = "";
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      seen.bytes += chunk.length;
      if (seen.bytes > WORKBOOK_LIMITS.inflatedBytes) throw tooLarge();
      if (!isSheet) continue;
      // Keep the end of the previous chunk, so a tag cut in two is still counted once.
      const text = tail + chunk.toString("latin1");
      const cut = Math.max(0, text.length - 16);
      seen.rows += count(text, ROW, cut);
      seen.cells += count(text, CELL, cut);
      tail = text.slice(cut);
      if (seen.rows > maxRows) throw fail(`The workbook has more than ${maxRows - 1} rows: import fewer requirements at a time.`);
      if (seen.cells > maxRows * WORKBOOK_LIMITS.cellsPerRow) throw fail("The workbook has far more cells than an export of requirements: it cannot be imported.");
    }
  } catch (error) {
    stream.destroy();
    // yauzl errors when the data is longer (or shorter) than its header says: a lie, or damage.
    if (error instanceof AppError) throw error;
    throw /too many bytes/.test(String(error)) ? tooLarge() : notXlsx();
  }
}

/** Matches that start before `before` (the rest are counted with the next chunk). */
function count(text: string, pattern: RegExp, before: number): number {
  let n = 0;
  for (const match of text.matchAll(pattern)) if (match.index < before) n++;
  return n;
}

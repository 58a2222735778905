import "server-only";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { checkWorkbookLimits } from "./check-workbook-limits";

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 1000;

/** One data row of an import file, as text; `row` is its row number in the file (the header is row 1). */
export const importRowSchema = z.object({
  row: z.number().int().min(2),
  ref: z.string().max(20),
  area: z.string().max(500),
  title: z.string().max(1_000),
  body: z.string().max(40_000),
  version: z.string().max(20),
});
export type ImportRow = z.infer<typeof importRowSchema>;

const COLUMNS = { ref: "Ref", area: "Area", title: "Title", body: "Body", version: "Version" } as const;
type Column = keyof typeof COLUMNS;

// Our CSV export puts an apostrophe before a cell that starts with one of these (see csv.ts): take it off again.
const NEUTRALISED = /^'(?=[=+\-@\t\r])/;
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

const fail = (message: string) => new AppError("VALIDATION", message, { file: [message] });

/** Reads a CSV or XLSX file exported from the portal (and perhaps edited) into rows, or explains why it cannot. */
export async function readRequirementsFile(bytes: Uint8Array, name: string): Promise<ImportRow[]> {
  if (bytes.length === 0) throw fail("Choose a CSV or XLSX file to import.");
  if (bytes.length > MAX_IMPORT_BYTES) throw fail("The file is larger than 2 MB: import fewer requirements at a time.");
  const isZip = ZIP_SIGNATURE.every((b, i) => bytes[i] === b);
  const extension = name.toLowerCase().split(".").pop();
  if (isZip) return toRows(await readXlsx(bytes));
  if (extension === "xlsx") throw fail("This file is not a valid XLSX workbook.");
  if (extension !== "csv" && extension !== "txt") throw fail("Choose a .csv or .xlsx file (other spreadsheet formats cannot be read).");
  return toRows(readCsv(bytes).map((cells) => cells.map((c) => c.replace(NEUTRALISED, ""))));
}

function readCsv(bytes: Uint8Array): string[][] {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw fail("The CSV file is not UTF-8 text: save it as \"CSV UTF-8\" and try again.");
  }
  try {
    // `to` stops parsing one record past the limit, so a file of 2 million empty lines stays cheap.
    return parse(text, { bom: true, relax_column_count: true, to: MAX_IMPORT_ROWS + 2 }) as string[][];
  } catch (error) {
    throw fail(`The CSV file cannot be read: ${(error as Error).message}`);
  }
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  await checkWorkbookLimits(bytes, MAX_IMPORT_ROWS + 1);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw fail("This file is not a valid XLSX workbook.");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw fail("The workbook has no sheet.");
  if (sheet.rowCount > MAX_IMPORT_ROWS + 1) throw tooMany();
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: row.cellCount }, (_, c) => row.getCell(c + 1).text ?? ""));
  }
  return rows;
}

const tooMany = () => fail(`The file has more than ${MAX_IMPORT_ROWS} rows: import fewer requirements at a time.`);

/** Columns by header name, in any order and case; other columns (Status, Last changed) are ignored. */
function toRows(records: string[][]): ImportRow[] {
  const [header, ...data] = records;
  if (!header) throw fail("The file is empty: it needs a header row (Ref, Area, Title, Version, Body).");
  const names = header.map((h) => h.trim().toLowerCase());
  const index = {} as Record<Column, number>;
  const missing: string[] = [];
  for (const [key, label] of Object.entries(COLUMNS) as [Column, string][]) {
    index[key] = names.indexOf(label.toLowerCase());
    if (index[key] < 0) missing.push(label);
  }
  if (missing.length > 0) throw fail(`The header row has no ${missing.join(", ")} column${missing.length > 1 ? "s" : ""}: start from a file exported from this portal.`);
  if (data.length > MAX_IMPORT_ROWS) throw tooMany();
  const cell = (cells: string[], key: Column) => cells[index[key]] ?? "";
  return data
    .map((cells, i) => ({
      row: i + 2,
      ref: cell(cells, "ref").trim().toUpperCase(),
      area: cell(cells, "area").trim(),
      title: cell(cells, "title"),
      body: cell(cells, "body"),
      version: cell(cells, "version").trim(),
    }))
    .filter((r) => r.ref || r.area || r.title.trim() || r.body.trim());
}

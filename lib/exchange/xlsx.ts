import "server-only";
import ExcelJS from "exceljs";
import type { Cell } from "./csv";

export type XlsxColumn = { header: string; width: number; wrap?: boolean };

/** One sheet: a bold, frozen header row, set column widths, dates as real dates. */
export async function toXlsx(sheetName: string, columns: XlsxColumn[], rows: Cell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "SEC Refinement Portal";
  const sheet = workbook.addWorksheet(sheetTitle(sheetName), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.wrap ? { alignment: { wrapText: true, vertical: "top" } } : { alignment: { vertical: "top" } } }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  // Any row's date marks its column (the first row may have none): without a format, exceljs writes its US default, in which 3 June reads as "06/03".
  const dateColumns = new Set(rows.flatMap((row) => row.flatMap((value, i) => (value instanceof Date ? [i] : []))));
  for (const i of dateColumns) sheet.getColumn(i + 1).numFmt = "yyyy-mm-dd hh:mm";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel refuses sheet names over 31 characters or with any of []:*?/\ in them. */
function sheetTitle(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, " ").trim().slice(0, 31) || "Sheet 1";
}

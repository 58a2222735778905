import ExcelJS from "exceljs";
import { expect } from "@playwright/test";
import { test } from "./support/test";
import { xlsxBomb } from "../test/support/zip-bomb";
import { alertWithText, expectAccessible, signIn } from "./support/fixtures";

// A 0.5 MB workbook that inflates to 510 MB used to take the portal down. It is refused with a
// reason, and while it is read another person's page still loads. How late other work runs while
// an upload is read is a figure of `npm run bench` (scripts/bench/imports.ts), not a timing here;
// lib/exchange/workbook-limits.test.ts checks what keeps it small.

test("a decompression bomb is refused with a reason while the portal keeps answering others", async ({ page, browser }) => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Requirements").addRow(["Ref", "Area", "Title", "Version", "Body"]);
  const bomb = await xlsxBomb(Buffer.from(await book.xlsx.writeBuffer()), { inflatedMB: 510 });

  await signIn(page, "wg@example.com");
  await page.goto("/modifications/DP162/requirements/import");
  await page.getByLabel("CSV or XLSX file exported from this portal").setInputFiles({ name: "bomb.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: bomb });
  // Signed in, so that Next renders the page (a visitor's copy could come whole from the web server's cache).
  const other = await (await browser.newContext()).newPage();
  await signIn(other, "opsg@example.com");

  const upload = page.getByRole("button", { name: "Preview import" }).click();
  const response = await other.goto("/modifications/DP162");
  await upload;

  expect(response?.status()).toBe(200);
  expect(response?.headers()["x-portal-cache"]).toBeUndefined();
  await expect(other.getByRole("heading", { level: 1 })).toContainText("162");
  await expect(alertWithText(page, "This workbook expands to more than 25 MB")).toBeVisible();
  await expectAccessible(page);
  await expectAccessible(other);
});

import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { expect, type Page } from "@playwright/test";
import { test } from "./support/test";
import { toCsv } from "../lib/exchange/csv";
import { alertWithText, expectAccessible, signIn } from "./support/fixtures";

const REQUIREMENTS = "/modifications/DP162/requirements";
const FILE_LABEL = "CSV or XLSX file exported from this portal";

async function createRequirement(page: Page, title: string, body: string): Promise<string> {
  await page.goto(`${REQUIREMENTS}/new`);
  await page.getByLabel("Area").selectOption({ label: "User Entry Process" });
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Requirement text").fill(body);
  await page.getByRole("button", { name: "Create requirement" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved as version 1.");
  return (await page.getByRole("heading", { level: 1 }).textContent())!.split(":")[0]!;
}

/** The CSV export as the list page offers it, parsed into rows (header first). */
async function exportCsv(page: Page): Promise<string[][]> {
  await page.goto(REQUIREMENTS);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  return parse(await readFile((await download.path())!, "utf8"), { bom: true }) as string[][];
}

/** Keeps only the rows this test owns: other tests change their own requirements meanwhile. */
function fileWith(rows: string[][], name = "DP162-requirements.csv") {
  const [header, ...data] = rows;
  return { name, mimeType: "text/csv", buffer: Buffer.from(toCsv(header!, data)) };
}

async function preview(page: Page, file: ReturnType<typeof fileWith>) {
  await page.goto(`${REQUIREMENTS}/import`);
  await page.getByLabel(FILE_LABEL).setInputFiles(file);
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByRole("heading", { name: `Preview of ${file.name}` })).toBeVisible();
}

test("a Working Group member exports, edits the file, previews and applies the import", async ({ page }) => {
  const stamp = Date.now();
  await signIn(page, "wg@example.com");
  const ref = await createRequirement(page, `Import target ${stamp}`, "Retest within 30 days.");
  const rows = await exportCsv(page);
  const [header] = rows;
  const col = (name: string) => header!.indexOf(name);
  const mine = rows.find((r) => r[col("Ref")] === ref)!;
  mine[col("Body")] = "Retest within 60 days.";
  const added = header!.map(() => "");
  added[col("Area")] = "user entry process";
  added[col("Title")] = `Imported requirement ${stamp}`;
  added[col("Body")] = "Added by import.";

  await expect(page.getByRole("link", { name: "Import CSV or XLSX" })).toBeVisible();
  await preview(page, fileWith([header!, mine, added]));
  await expect(page.getByText("1 new, 1 changed, 0 unchanged, 0 with errors.")).toBeVisible();
  const changed = page.getByRole("region", { name: `Text of ${ref}, word by word` });
  await expect(changed.locator("del")).toContainText("30");
  await expect(changed.locator("ins")).toContainText("60");
  await expect(page.getByRole("region", { name: "New requirements (1)" })).toContainText(`Imported requirement ${stamp}`);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Apply import" }).click();
  await expect(page).toHaveURL(new RegExp(`${REQUIREMENTS}\\?imported=1,1$`));
  await expect(page.getByRole("status").filter({ hasText: "Imported:" })).toHaveText("Imported: 1 new, 1 changed.");
  await expect(page.getByRole("row").filter({ hasText: `Imported requirement ${stamp}` })).toContainText("v1");

  await page.goto(`${REQUIREMENTS}/${ref}`);
  await expect(page.getByRole("article")).toContainText("Retest within 60 days.");
  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Imported from DP162-requirements.csv" })).toContainText("v2");
});

test("a file exported before someone else's save shows the stale row and offers no Apply", async ({ page }) => {
  await signIn(page, "wg2@example.com");
  const ref = await createRequirement(page, `Stale target ${Date.now()}`, "First words.");
  const rows = await exportCsv(page);
  const [header] = rows;
  const mine = rows.find((r) => r[header!.indexOf("Ref")] === ref)!;

  await page.goto(`${REQUIREMENTS}/${ref}/edit`);
  await page.getByLabel("Requirement text").fill("Someone else's words.");
  await page.getByLabel("What changed and why").fill("Meanwhile");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved as version 2.");

  mine[header!.indexOf("Body")] = "My words.";
  await preview(page, fileWith([header!, mine], "old-export.csv"));
  await expect(page.getByText("0 new, 0 changed, 0 unchanged, 1 with errors.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Rows with errors (1)" })).toContainText(
    `${ref} has changed since this file was exported (file has v1, now v2): export again and redo the change`,
  );
  await expect(page.getByRole("button", { name: "Apply import" })).toHaveCount(0);
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("preview and apply work as plain forms, and a file that is not a spreadsheet is refused with a reason", async ({ page }) => {
    await signIn(page, "wg2@example.com");
    const header = ["Ref", "Area", "Title", "Status", "Version", "Body", "Last changed"];
    await preview(page, fileWith([header, ["BR-999", "User Entry Process", "Ghost", "Draft", "1", "Words", ""]], "ghost.csv"));
    await expect(page.getByRole("region", { name: "Rows with errors (1)" })).toContainText("There is no requirement BR-999 in this modification");
    await expect(page.getByRole("button", { name: "Apply import" })).toHaveCount(0);

    const title = `Imported without JavaScript ${Date.now()}`;
    await preview(page, fileWith([header, ["", "User Entry Process", title, "", "", "Words", ""]], "new.csv"));
    await page.getByRole("button", { name: "Apply import" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Imported:" })).toHaveText("Imported: 1 new, 0 changed.");
    await expect(page.getByRole("row").filter({ hasText: title })).toContainText("v1");

    await page.goto(`${REQUIREMENTS}/import`);
    await page.getByLabel(FILE_LABEL).setInputFiles({ name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
    await page.getByRole("button", { name: "Preview import" }).click();
    await expect(alertWithText(page, "Choose a .csv or .xlsx file")).toBeVisible();
  });
});

test("a reviewer is offered no import and gets 403 at its address", async ({ page }) => {
  await signIn(page, "opsg@example.com");
  await page.goto(REQUIREMENTS);
  await expect(page.getByRole("link", { name: "Import CSV or XLSX" })).toHaveCount(0);
  expect((await page.goto(`${REQUIREMENTS}/import`))?.status()).toBe(403);
});

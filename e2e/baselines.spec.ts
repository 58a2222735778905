import { readFile } from "node:fs/promises";
import { expect, type Browser, type Page } from "@playwright/test";
import { test } from "./support/test";
import ExcelJS from "exceljs";
import { alertWithText, expectAccessible, signIn } from "./support/fixtures";
import { countsIn } from "./support/status-count";

// Baselines freeze the requirements under a name; the requirements and any baseline download as
// CSV, XLSX and (baselines) ReqIF. Only SECAS and the Working Group freeze; every participant reads.

const BASELINES = "/modifications/DP162/baselines";

async function userPage(browser: Browser, email: string, options = {}) {
  const page = await (await browser.newContext(options)).newPage();
  await signIn(page, email);
  return page;
}

/** Freezes a baseline and returns how many requirements it holds: at least the seed's fifteen (other tests add more). */
async function freeze(page: Page, name: string): Promise<number> {
  await page.goto(BASELINES);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Description (optional)").fill("Frozen by the browser suite");
  await page.getByRole("button", { name: "Freeze baseline" }).click();
  const [frozen] = await countsIn(page.getByRole("status"), new RegExp(`^Froze ${name} with (\\d+) requirements\\.$`));
  expect(frozen).toBeGreaterThanOrEqual(15);
  await expect(page.getByRole("row").filter({ hasText: name }).getByRole("cell").nth(1)).toHaveText(String(frozen));
  return frozen!;
}

async function download(page: Page, link: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link, exact: true }).click()]);
  return { name: file.suggestedFilename(), path: (await file.path())! };
}

test("a Working Group member freezes a baseline, reads it, compares it with now and downloads it", async ({ page }) => {
  const name = `E2E baseline ${Date.now()}`;
  await signIn(page, "wg@example.com");
  await page.goto("/modifications/DP162");
  await page.getByRole("navigation", { name: "Modification sections" }).getByRole("link", { name: "Baselines" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("MP162 baselines");
  await expectAccessible(page);

  const frozen = await freeze(page, name);
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Will Green");
  await expectAccessible(page);

  // The same name again is refused, next to the field.
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Freeze baseline" }).click();
  await expect(alertWithText(page, "already has a baseline with this name")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await page.goto(BASELINES);
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByRole("heading", { level: 2, name: "MDR User Role" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "BR-01: Create a Metering Data Retrieval User Role" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: /^BR-\d+: / })).toHaveCount(frozen);
  await expectAccessible(page);
  const baselineUrl = page.url();

  const reqif = await download(page, "ReqIF");
  expect(reqif.name).toMatch(/^DP162-e2e-baseline-\d+\.reqif$/);
  const xml = await readFile(reqif.path, "utf8");
  expect(xml).toContain('<REQ-IF xmlns="http://www.omg.org/spec/ReqIF/20110401/reqif.xsd">');
  expect(xml).toContain(`<TITLE>DP162 SEC changes required to deliver MHHS: ${name}</TITLE>`);
  expect(xml).toMatch(/<SPEC-OBJECT IDENTIFIER="_[a-z0-9]+" LAST-CHANGE="[^"]+" LONG-NAME="BR-01">/);

  await page.getByRole("link", { name: "Compare with the requirements now" }).click();
  await expect(page.getByRole("heading", { level: 2, name: `From ${name} to the requirements now` })).toBeVisible();
  // Other tests add and edit their own requirements meanwhile; none of them touches the seed's.
  // Whatever the counts, each matches its list, and the baseline's requirements are all accounted for.
  const counts = await countsIn(
    page.getByRole("status"),
    /^(?:No changes: all (\d+) requirements are the same in both|(\d+) requirements? added, (\d+) withdrawn, (\d+) changed, (\d+) unchanged)\.$/,
  );
  const [added, withdrawn, changed, unchanged] = counts.length === 1 ? [0, 0, 0, counts[0]!] : (counts as [number, number, number, number]);
  expect(withdrawn + changed + unchanged).toBe(frozen);
  await expect(page.getByRole("region", { name: "Added" }).getByRole("listitem")).toHaveCount(added);
  await expect(page.getByRole("region", { name: "Withdrawn" }).getByRole("listitem")).toHaveCount(withdrawn);
  await expect(page.getByRole("region", { name: "Changed" }).getByRole("article")).toHaveCount(changed);
  await expect(page.getByText("BR-01: Create a Metering Data Retrieval User Role")).toHaveCount(0);
  await expect(page.getByLabel("From (earlier)")).toHaveValue(baselineUrl.split("/").pop()!);
  await expectAccessible(page);

  await page.goto("/modifications/DP162/requirements");
  const xlsx = await download(page, "Export XLSX");
  expect(xlsx.name).toBe("DP162-requirements.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx.path);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(1).values).toEqual([undefined, "Ref", "Area", "Title", "Status", "Version", "Body", "Last changed"]);
  const br01 = sheet.getRows(2, sheet.rowCount - 1)!.find((row) => row.getCell(1).value === "BR-01")!;
  expect(br01.getCell(2).value).toBe("MDR User Role");
  expect(br01.getCell(3).value).toBe("Create a Metering Data Retrieval User Role");
  expect(String(br01.getCell(6).value)).toContain("Metering Data Retrieval service");
});

test("a reviewer reads baselines but cannot freeze one, even with a forged post", async ({ page, browser }) => {
  await signIn(page, "opsg@example.com");
  await page.goto(BASELINES);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("MP162 baselines");
  await expect(page.getByRole("heading", { name: "Freeze a baseline" })).toHaveCount(0);
  await expect(page.getByLabel("Name")).toHaveCount(0);
  await expectAccessible(page);

  // Read the real form, exactly as the browser would post it without JavaScript…
  const name = `Forged baseline ${Date.now()}`;
  const wgNoJs = await userPage(browser, "wg@example.com", { javaScriptEnabled: false });
  await wgNoJs.goto(BASELINES);
  const fields = await wgNoJs.locator("form").filter({ has: wgNoJs.getByLabel("Name") }).evaluate((form: HTMLFormElement, value: string) => {
    const data = new FormData(form);
    data.set("name", value);
    return Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v)]));
  }, name);

  // …post it with the reviewer's session: refused, and nothing is frozen…
  const forged = await page.request.post(BASELINES, { multipart: fields, maxRedirects: 0 });
  expect(forged.status()).not.toBe(303);
  expect(await forged.text()).toContain("Your role does not allow this.");
  await page.goto(BASELINES);
  await expect(page.getByRole("link", { name, exact: true })).toHaveCount(0);

  // …while the very same request from the Working Group goes through, so the refusal was the permission check.
  const genuine = await wgNoJs.request.post(BASELINES, { multipart: fields, maxRedirects: 0 });
  expect(genuine.status()).toBe(303);
  await page.goto(BASELINES);
  await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
});

test("downloads need a signed-in participant and a valid query", async ({ playwright, page }) => {
  const visitor = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  for (const url of ["/modifications/DP162/requirements/export?format=csv", `${BASELINES}/anything/reqif`]) {
    const response = await visitor.get(url);
    expect(response.status(), url).toBe(401);
    expect(await response.text()).toContain("Sign in");
  }
  await visitor.dispose();

  await signIn(page, "dcc@example.com");
  const csv = await page.request.get("/modifications/DP162/requirements/export?format=csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-disposition"]).toBe('attachment; filename="DP162-requirements.csv"');
  expect((await csv.text()).split("\r\n")[0]).toBe("\uFEFFRef,Area,Title,Status,Version,Body,Last changed");
  const badFormat = await page.request.get("/modifications/DP162/requirements/export?format=pdf");
  expect(badFormat.status()).toBe(400);
  expect(await badFormat.text()).toContain("format must be csv or xlsx");
  const badBaseline = await page.request.get("/modifications/DP162/requirements/export?format=csv&baseline=nosuchbaseline");
  expect(badBaseline.status()).toBe(400);
  expect((await page.request.get(`${BASELINES}/nosuchbaseline/reqif`)).status()).toBe(404);
});

import { parse } from "csv-parse/sync";
import { expect } from "@playwright/test";
import { test } from "./support/test";
import { expectAccessible, signIn } from "./support/fixtures";

// The comments log over the seeded, illustrative threads of DP162 (lib/seed/dp162-comments.ts):
// C-1 and C-2 in the TABASC round, C-3 and C-4 in the SSC round; C-3 addressed in BR-11 version 2.
// Other specs may add comments, so these check the seeded threads, not totals.
const LOG = "/modifications/DP162/comments";

test("a reviewer reads the comments log from the modification's tabs", async ({ page }) => {
  await signIn(page, "ssc@example.com");
  await page.goto("/modifications/DP162");
  await page.getByRole("navigation", { name: "Modification sections" }).getByRole("link", { name: "Comments" }).click();
  await expect(page).toHaveURL(/\/modifications\/DP162\/comments$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("MP162 comments log");
  await expect(page.getByRole("columnheader")).toHaveText(["Number", "About", "Comment", "Response", "Status"]);

  const c1 = page.locator("tr#C-1");
  await expect(c1).toContainText("BR-07");
  await expect(c1).toContainText("TABASC review of the business requirements (TABASC)");
  await expect(c1).toContainText("Question, Major · Tom Baxter (Northern Gas Transport)");
  await expect(c1).toContainText("The Working Group decides on the DCC's assessment");
  await expect(c1.getByRole("link", { name: "C-1" })).toHaveAttribute("href", `${LOG}/C-1`);
  const c3 = page.locator("tr#C-3");
  await expect(c3).toContainText("made on version 1; now version 2");
  await expect(c3).toContainText("ResolvedAccepted");
  await expect(c3).toContainText("Addressed in version 2");
  await expect(page.locator("tr#C-4")).toContainText("No response yet");
  // Markdown is shown as its text, not run: the illustrative marker keeps its asterisks
  await expect(c1).toContainText("*Illustrative comment, not from a public source.*");
  await expect(page.getByRole("region", { name: "By status" })).toContainText(/Resolved: \d+/);
  await expectAccessible(page);
});

test("the filters and counts round-trip through the address, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "tabasc@example.com");
  await page.goto(LOG);
  await page.getByLabel("Committee").selectOption("SSC");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]committee=SSC/);
  await expect(page.getByLabel("Committee")).toHaveValue("SSC");
  await expect(page.locator("tr#C-3")).toBeVisible();
  await expect(page.locator("tr#C-1")).toHaveCount(0);
  await expect(page.getByRole("status")).toHaveText(/^\d+ comments? matching these filters$/);

  // a count is a link that adds its value to the filters
  await page.getByRole("region", { name: "By status" }).getByRole("link", { name: /^Open: \d+$/ }).click();
  await expect(page).toHaveURL(/committee=SSC&status=OPEN/);
  await expect(page.locator("tr#C-4")).toBeVisible();
  await expect(page.locator("tr#C-3")).toHaveCount(0);

  // a requirement is typed as people write it, and shown as the log writes it
  await page.goto(LOG);
  await page.getByRole("textbox", { name: "Requirement" }).fill("br-7");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]requirement=br-7/);
  await expect(page.getByRole("textbox", { name: "Requirement" })).toHaveValue("BR-07");
  await expect(page.locator("tr#C-1")).toBeVisible();
  await expect(page.locator("tr#C-3")).toHaveCount(0);

  // nonsense in the address is ignored, not an error; a requirement that is not one is said so
  const response = await page.goto(`${LOG}?committee=NOPE&severity=huge&page=banana&requirement=%3Cscript%3E`);
  expect(response?.status()).toBe(200);
  await expect(page.locator("tr#C-1")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Requirement" })).toHaveValue("<script>");
  await expect(page.getByText("That is not a requirement reference: the log is not filtered by requirement")).toBeVisible();
  await page.goto(`${LOG}?severity=EDITORIAL`);
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/modifications\/DP162\/comments$/);
  await context.close();
});

test("the requirements list shows open threads to those who read comments", async ({ page: wg, browser }) => {
  await signIn(wg, "wg@example.com");
  await wg.goto("/modifications/DP162/requirements");
  const count = wg.locator("tr#BR-10").getByRole("link", { name: /open threads? on BR-10$/ });
  await expect(count).toBeVisible();
  await count.click();
  await expect(wg).toHaveURL(/\/comments\?requirement=BR-10&status=OPEN$/);
  await expect(wg.locator("tr#C-4")).toBeVisible();
  await expectAccessible(wg);

  const context = await browser.newContext();
  const party = await context.newPage();
  await signIn(party, "party@example.com");
  await party.goto("/modifications/DP162/requirements");
  await expect(party.getByRole("columnheader", { name: "Ref" }).first()).toBeVisible();
  await expect(party.getByRole("columnheader", { name: "Open threads" })).toHaveCount(0);
  await context.close();
});

test("the log exports as CSV and XLSX, with the page's filters", async ({ page }) => {
  await signIn(page, "dcc@example.com");
  await page.goto(`${LOG}?committee=SSC`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("DP162-comments-log.csv");

  const csv = await page.request.get(`${LOG}/export?format=csv&committee=SSC`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-disposition"]).toBe('attachment; filename="DP162-comments-log.csv"');
  const [header, ...rows] = parse(await csv.text(), { bom: true }) as string[][];
  expect(header!.slice(0, 4)).toEqual(["Number", "Round", "Committee", "Requirement / section"]);
  const c3 = rows.find((r) => r[0] === "C-3")!;
  expect(c3[3]).toBe("BR-11");
  expect(c3[header!.indexOf("Addressed in version")]).toBe("v2");
  expect(rows.every((r) => r[2] === "SSC")).toBe(true);

  const xlsx = await page.request.get(`${LOG}/export?format=xlsx`);
  expect(xlsx.status()).toBe(200);
  expect([...(await xlsx.body()).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  expect((await page.request.get(`${LOG}/export?format=pdf`)).status()).toBe(400);
  expect((await page.request.get("/modifications/DP999/comments/export?format=csv")).status()).toBe(404);
});

test("party respondents and visitors see no comments log", async ({ page, playwright }) => {
  const visitor = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  expect((await visitor.get(`${LOG}/export?format=csv`)).status()).toBe(401);
  await visitor.dispose();
  await page.goto(LOG);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);

  await signIn(page, "party@example.com");
  await page.goto("/modifications/DP162");
  await expect(page.getByRole("navigation", { name: "Modification sections" }).getByRole("link", { name: "Comments" })).toHaveCount(0);
  expect((await page.goto(LOG))?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  expect((await page.request.get(`${LOG}/export?format=xlsx`)).status()).toBe(403);
});

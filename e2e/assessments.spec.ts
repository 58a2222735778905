import { expect, type Page } from "@playwright/test";
import { test } from "./support/test";
import { alertWithText, expectAccessible, signIn } from "./support/fixtures";

// DCC assessments: SECAS requests a Preliminary Assessment of a baseline; the DCC analyst records
// its figures (a cost that is not a number of pounds is refused, the text kept); the overview's
// "Costs and lead times" shows the new totals and lead time to everyone. Serial: one request is
// awaited at a time. The record form also works without JavaScript.

test.describe.configure({ mode: "serial", timeout: 90_000 });

const OVERVIEW = "/modifications/DP162";
const ASSESSMENTS = `${OVERVIEW}/assessments`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const nextYear = new Date().getUTCFullYear() + 1;

async function fillFigures(page: Page, figures: { designAndBuild: string; testing: string; leadTime: string; release: string; note: string }) {
  await page.getByLabel("Design and build").fill(figures.designAndBuild);
  await page.getByLabel("Testing").fill(figures.testing);
  await page.getByLabel("Implementation").fill("£25,000");
  await page.getByLabel("Ongoing, per year").fill("12000");
  await page.getByLabel("Lead time to implement (weeks)").fill(figures.leadTime);
  await page.getByLabel("Earliest SEC release").selectOption({ label: figures.release });
  await page.getByLabel("Impacted DCC systems and services").fill("DSP\nSelf-Service Interface");
  await page.getByLabel("Assumptions").fill("Reuses the **existing** role model.");
  await page.getByLabel("Figures valid until").fill(inDays(180));
  await page.getByLabel("Change note").fill(figures.note);
}

test("SECAS requests a Preliminary Assessment; the DCC analyst records its figures; the overview shows them", async ({ browser }) => {
  const secas = await (await browser.newContext()).newPage();
  await signIn(secas, "secas@example.com");
  await secas.goto(OVERVIEW);
  // The seeded, illustrative Preliminary Assessment is said to be illustrative.
  const panel = secas.getByRole("region", { name: "Costs and lead times" });
  await expect(panel).toContainText("Illustrative figures");
  await secas.getByRole("navigation", { name: "Modification sections" }).getByRole("link", { name: "Assessments" }).click();
  await expect(secas.getByRole("heading", { level: 1 })).toHaveText("MP162 DCC assessments");
  await expectAccessible(secas);
  await secas.getByRole("link", { name: "Request an assessment" }).click();
  await expect(secas).toHaveTitle(/^Request a DCC assessment ·/);
  await expectAccessible(secas);
  await secas.getByLabel("Assessment").selectOption({ label: "DCC Preliminary Assessment" });
  await secas.getByLabel("Baseline to assess").selectOption({ index: 1 });
  await secas.getByLabel("Due on").fill(inDays(30));
  await secas.getByLabel("What the DCC is asked (optional)").fill("Please assess the MDR role.");
  await secas.getByRole("button", { name: "Request the assessment" }).click();
  await expect(secas.getByRole("status").filter({ hasText: "Assessment requested" })).toBeVisible();
  const address = secas.url().replace(/\?.*$/, "");

  const dcc = await (await browser.newContext()).newPage();
  await signIn(dcc, "dcc@example.com");
  await dcc.goto(address);
  await expect(dcc.getByText("Awaiting the DCC's figures.")).toBeVisible();
  await fillFigures(dcc, { designAndBuild: "about 300k", testing: "£80,000", leadTime: "30", release: `November ${nextYear} SEC Release`, note: "Received from the DCC" });
  await dcc.getByRole("button", { name: "Record this version" }).click();
  await expect(alertWithText(dcc, "Please correct the highlighted fields.")).toBeVisible();
  await expect(dcc.getByText('"about 300k" is not a number of pounds')).toBeVisible();
  await expect(dcc.getByLabel("Design and build")).toHaveValue("about 300k");
  await expect(dcc.getByLabel("Change note")).toHaveValue("Received from the DCC");
  await expectAccessible(dcc);
  await dcc.getByLabel("Design and build").fill("£300,000");
  await dcc.getByRole("button", { name: "Record this version" }).click();
  await expect(dcc.getByRole("status").filter({ hasText: "Version recorded." })).toBeVisible();
  await expect(dcc.getByRole("heading", { name: "Version 1" })).toBeVisible();
  await expectAccessible(dcc);

  // £300,000 + £80,000 + £25,000 one-off; 30 weeks; the seeded assessment is superseded.
  for (const page of [dcc, await (await browser.newContext()).newPage()]) {
    await page.goto(OVERVIEW);
    const costs = page.getByRole("region", { name: "Costs and lead times" });
    await expect(costs).toContainText("£405,000");
    await expect(costs).toContainText("30 weeks; earliest November");
    await expect(costs).toContainText("Since the DCC Preliminary Assessment");
    await expect(costs).not.toContainText("Illustrative figures");
  }
  await dcc.goto(ASSESSMENTS);
  await expect(dcc.getByRole("row").filter({ hasText: "Illustrative figures" })).toContainText("Superseded");
  await expect(dcc.getByRole("row").filter({ hasText: "£405,000" })).toContainText(/Received.*£405,000version 1.*30 weeksearliest November/);
});

test("a visitor sees the figures but not the assessments; a party respondent is refused them", async ({ page, browser }) => {
  await page.goto(OVERVIEW);
  await expect(page.getByRole("region", { name: "Costs and lead times" })).toContainText("DCC one-off cost");
  await expect(page.getByRole("link", { name: "All DCC assessments" })).toHaveCount(0);
  const party = await (await browser.newContext()).newPage();
  await signIn(party, "party@example.com");
  expect((await party.goto(ASSESSMENTS))?.status()).toBe(403);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the DCC analyst records a new version of the current assessment as a plain form", async ({ page }) => {
    await signIn(page, "dcc@example.com");
    await page.goto(ASSESSMENTS);
    await page.getByRole("row").filter({ hasText: "Received" }).getByRole("link").first().click();
    await page.getByLabel("Testing").fill("1.234");
    await page.getByLabel("Change note").fill("Testing re-estimated");
    await page.getByRole("button", { name: "Record this version" }).click();
    await expect(page.getByText('"1.234" is not a number of pounds')).toBeVisible();
    await expect(page.getByLabel("Testing")).toHaveValue("1.234");
    await page.getByLabel("Testing").fill("£95,000");
    await page.getByLabel("Lead time to implement (weeks)").fill("34");
    await page.getByRole("button", { name: "Record this version" }).click();
    await expect(page.getByText("Version recorded.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Version 2" })).toBeVisible();
    await page.goto(OVERVIEW);
    const costs = page.getByRole("region", { name: "Costs and lead times" });
    await expect(costs).toContainText("Since the previous version");
    await expect(costs).toContainText("Lead time: +4 weeks");
  });
});

import { expect, type Page } from "@playwright/test";
import { test } from "./support/test";
import { expectAccessible, signIn } from "./support/fixtures";
import { countsIn } from "./support/status-count";

// Each demo account signs in and sees what its role may: every participant reads the drafts;
// only SECAS manages users, and everyone else gets the 403 page there.
const ACCOUNTS = [
  { email: "secas@example.com", name: "Sasha Patel", role: "SECAS", admin: true },
  { email: "wg@example.com", name: "Will Green", role: "Working Group member", admin: false },
  { email: "wg2@example.com", name: "Wendy Grant", role: "Working Group member", admin: false },
  { email: "opsg@example.com", name: "Olivia Park", role: "OPSG reviewer", admin: false },
  { email: "tabasc@example.com", name: "Tom Baxter", role: "TABASC reviewer", admin: false },
  { email: "ssc@example.com", name: "Sara Singh", role: "SSC reviewer", admin: false },
  { email: "dcc@example.com", name: "Dev Chandra", role: "DCC analyst", admin: false },
  { email: "party@example.com", name: "Priya Shah", role: "Party respondent", admin: false },
];

for (const account of ACCOUNTS) {
  test(`${account.email} signs in and sees what a ${account.role} may`, async ({ page }) => {
    await signIn(page, account.email);
    await expect(page.getByRole("banner")).toContainText(`Signed in as ${account.name}`);
    await expect(page.getByRole("banner")).toContainText(account.role);

    await readsTheDraftRequirements(page);
    await readsTheServiceRequestMatrix(page);

    const response = await page.goto("/admin/users");
    if (account.admin) {
      await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
      await expect(page.getByRole("row").filter({ hasText: "party@example.com" })).toContainText("Large Supplier");
    } else {
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
      await expect(page.getByRole("banner").getByRole("link", { name: "Users" })).toHaveCount(0);
    }
    await expectAccessible(page);
  });
}

async function readsTheDraftRequirements(page: Page) {
  await page.goto("/modifications/DP162");
  await page.getByRole("navigation", { name: "Modification sections" }).getByRole("link", { name: "Requirements" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("MP162 business requirements");
  for (const area of ["MDR User Role", "Service Requests, Target Response Times and testing", "Security and data privacy", "User Entry Process"]) {
    await expect(page.getByRole("heading", { level: 2, name: area })).toBeVisible();
  }
  // other tests add requirements in parallel: the seed's fifteen are there, in their areas
  const [total] = await countsIn(page.getByRole("status"), /^(\d+) requirements$/);
  expect(total).toBeGreaterThanOrEqual(15);
  await expect(page.locator("tbody tr")).toHaveCount(total!);
  for (let n = 1; n <= 15; n++) await expect(page.getByRole("link", { name: `BR-${String(n).padStart(2, "0")}`, exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "MDR User Role" }).getByRole("link", { name: "BR-01", exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "BR-05" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("BR-05: Reading Service Requests available to MDR Users");
  await expect(page.getByText(/Version 1, by SECAS \(seed import\)/)).toBeVisible();
  // Markdown rendered: the body's table becomes a real table
  await expect(page.getByRole("article").getByRole("table")).toContainText("Read Instantaneous Import Registers");
  await expect(page.getByRole("link", { name: /SR 4\.8\.1 Read Active Import Profile Data/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /BR-06 No configuration or control Service Requests/ })).toBeVisible();
  await expectAccessible(page);
}

async function readsTheServiceRequestMatrix(page: Page) {
  await page.goto("/modifications/DP162/service-requests");
  const row = page.getByRole("row").filter({ hasText: "Read Export Profile Data" });
  await expect(row).toContainText("4.8.3");
  await expect(row).toContainText("Eligible");
  await expect(row).toContainText("illustrative");
  await expect(row.getByRole("link", { name: "BR-05" })).toBeVisible();
  await expectAccessible(page);
}

test("the requirements list filters by status, without JavaScript too", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "tabasc@example.com");
  await page.goto("/modifications/DP162/requirements");

  const statuses = () => page.locator("tbody tr td:nth-child(3)").allTextContents();

  await page.getByLabel("Status").selectOption("DRAFT");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/status=DRAFT/);
  const [drafts] = await countsIn(page.getByRole("status"), /^(\d+) requirements? with status Draft$/);
  expect(drafts).toBeGreaterThanOrEqual(1);
  expect(await statuses()).toEqual(Array(drafts).fill("Draft"));

  await page.getByLabel("Status").selectOption("WITHDRAWN");
  await page.getByRole("button", { name: "Filter" }).click();
  const [withdrawn] = await countsIn(page.getByRole("status"), /^(\d+) requirements? with status Withdrawn$/);
  expect(await statuses()).toEqual(Array(withdrawn).fill("Withdrawn"));

  await page.getByRole("link", { name: "Clear filter" }).click();
  const [all] = await countsIn(page.getByRole("status"), /^(\d+) requirements$/);
  expect(all).toBeGreaterThanOrEqual(drafts! + withdrawn!);
  expect(await statuses()).toHaveLength(all!);
  expect(new Set(await statuses())).toContain("Draft");
  await context.close();
});

test("an unknown requirement is a 404 inside the portal", async ({ page }) => {
  await signIn(page, "party@example.com");
  const response = await page.goto("/modifications/DP162/requirements/BR-99");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

import { expect } from "@playwright/test";
import { test } from "./support/test";
import { DEMO_PASSWORD, expectAccessible, signIn } from "./support/fixtures";
import { countsIn } from "./support/status-count";

/** The page lists the best 50 (SEARCH_LIMIT); the status counts them all. */
const listed = (total: number) => Math.min(total, 50);

// Full-text search of the requirements from the header's search box: ranked, highlighted, linked.

test("a participant searches from the header, sees ranked highlighted results and opens one", async ({ page }) => {
  await signIn(page, "tabasc@example.com");
  await page.goto("/modifications/DP162");
  const header = page.getByRole("banner");
  await header.getByLabel("Search requirements").fill("retrieval");
  await header.getByRole("button", { name: "Search" }).click();

  await expect(page).toHaveURL(/\/search\?q=retrieval$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search requirements");
  await expect(page.getByLabel("Search for")).toHaveValue("retrieval");
  const [total] = await countsIn(page.getByRole("status"), /^(\d+) results for “retrieval”$/);
  const results = page.getByRole("list", { name: "Search results" }).getByRole("listitem");
  // the seed's requirements that say it: BR-01, BR-05, BR-08 at least
  expect(total).toBeGreaterThanOrEqual(3);
  await expect(results).toHaveCount(listed(total!));
  // the two requirements with the word in their title come before those that mention it in the text
  await expect(results.nth(0).getByRole("heading")).toContainText(/retrieval/i);
  await expect(results.nth(1).getByRole("heading")).toContainText(/retrieval/i);
  await expect(results.nth(0).getByRole("heading").locator("mark")).toHaveText([/^retrieval$/i]);
  // stemming: "retrieve" in a body is highlighted for "retrieval"
  await expect(page.locator("mark").filter({ hasText: /^retrieve$/ }).first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "BR-08: Scheduled retrieval of profile data" }).click();
  await expect(page).toHaveURL(/\/modifications\/DP162\/requirements\/BR-08$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("BR-08: Scheduled retrieval of profile data");
});

test("a reference typed exactly comes first; no match and an empty search say so", async ({ page }) => {
  await signIn(page, "party@example.com");
  await page.getByRole("banner").getByLabel("Search requirements").fill("br-5");
  await page.getByRole("banner").getByRole("button", { name: "Search" }).click();
  const first = page.getByRole("list", { name: "Search results" }).getByRole("listitem").first();
  await expect(first.getByRole("heading")).toHaveText("BR-05: Reading Service Requests available to MDR Users");
  await expect(first).toContainText("Reference match");

  await page.getByLabel("Search for").fill(`zzqx <script>alert(1)</script> '; drop table`);
  await page.getByRole("main").getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("status")).toHaveText(`No requirements match “zzqx <script>alert(1)</script> '; drop table”. Try fewer or different words.`);
  await expectAccessible(page);

  await page.goto("/search");
  await expect(page.getByRole("status")).toHaveText("Type words or a reference to search the business requirements.");
  await page.goto(`/search?q=${"x".repeat(201)}`);
  await expect(page.getByText("Search for at most 200 characters")).toBeVisible();
  await expect(page.getByLabel("Search for")).toHaveAttribute("aria-invalid", "true");
});

test("a visitor has no search box and is sent to sign in, then comes back to the results", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("banner").getByLabel("Search requirements")).toHaveCount(0);
  await page.goto("/search?q=metering data");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsearch%3Fq%3Dmetering%2520data$/);
  await page.getByLabel("Email").fill("opsg@example.com");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/search\?q=metering%20data$/);
  const [total] = await countsIn(page.getByRole("status"), /^(\d+) results? for “metering data”$/);
  expect(total).toBeGreaterThanOrEqual(1);
  await expect(page.getByRole("list", { name: "Search results" }).getByRole("listitem")).toHaveCount(listed(total!));
});

test("search works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "wg@example.com");
  await page.getByRole("banner").getByLabel("Search requirements").fill("anomaly");
  await page.getByRole("banner").getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("status")).toHaveText("1 result for “anomaly”");
  await expect(page.locator("mark").first()).toHaveText("Anomaly");
  await context.close();
});

import { expect } from "@playwright/test";
import { test } from "./support/test";
import { expectAccessible, signIn } from "./support/fixtures";

// The audit log page: reviewers and above read it and filter it with a plain GET form; parties may not.
// No page writes modification events yet, so the log may be empty here: the integration test
// (lib/audit/find-audit-events.test.ts) covers the events themselves.

test("a reviewer opens the audit log from the modification's tabs", async ({ page }) => {
  await signIn(page, "ssc@example.com");
  await page.goto("/modifications/DP162");
  await page.getByRole("navigation", { name: "Modification sections" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page).toHaveURL(/\/modifications\/DP162\/audit$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("MP162 audit log");
  await expect(page.getByRole("link", { name: "Audit log" })).toHaveAttribute("aria-current", "page");
  for (const label of ["Person", "Kind of change", "From date", "To date"]) await expect(page.getByLabel(label)).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(/^(No changes recorded yet\.|\d+ changes?(, page 1 of \d+)?)$/);
  if ((await page.getByRole("table").count()) > 0) {
    await expect(page.getByRole("columnheader")).toHaveText(["When", "Who", "What", "Before → after"]);
  }
  await expectAccessible(page);

  // filtered, with dates the wrong way round (axe needs JavaScript, so it scans here)
  await page.goto("/modifications/DP162/audit?from=2026-12-31&to=2026-01-01");
  await expect(page.getByRole("status")).toHaveText("No changes match these filters.");
  await expect(page.getByText("The to date is before the from date")).toBeVisible();
  await expectAccessible(page);
});

test("the filters round-trip through the address, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "opsg@example.com");
  await page.goto("/modifications/DP162/audit");

  await page.getByLabel("From date").fill("2021-06-01");
  await page.getByLabel("To date").fill("2021-06-30");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]from=2021-06-01&to=2021-06-30/);
  await expect(page.getByLabel("From date")).toHaveValue("2021-06-01");
  await expect(page.getByLabel("To date")).toHaveValue("2021-06-30");
  await expect(page.getByLabel("Person")).toHaveValue("");
  await expect(page.getByRole("status")).toHaveText("No changes match these filters.");

  await page.goto("/modifications/DP162/audit?from=2026-12-31&to=2026-01-01&page=banana");
  await expect(page.getByText("The to date is before the from date")).toBeVisible();
  await expect(page.getByLabel("To date")).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/modifications\/DP162\/audit$/);
  await expect(page.getByLabel("From date")).toHaveValue("");
  await context.close();
});

test("a party respondent may not read the audit log", async ({ page }) => {
  await signIn(page, "party@example.com");
  await page.goto("/modifications/DP162/requirements");
  await expect(page.getByRole("navigation", { name: "Modification sections" }).getByRole("link", { name: "Audit log" })).toHaveCount(0);
  const response = await page.goto("/modifications/DP162/audit");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await expectAccessible(page);
});

test("a visitor is sent to sign in", async ({ page }) => {
  await page.goto("/modifications/DP162/audit");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fmodifications%2FDP162%2Faudit$/);
});

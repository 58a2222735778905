import { expect } from "@playwright/test";
import { test } from "./support/test";
import { alertWithText, expectAccessible, signIn } from "./support/fixtures";

// Hostile addresses and text get a clear page or a field message, never a 500; and a message in
// an address never reaches the page's alert box. The rules themselves are tested in
// lib/validation/hostile-input.test.ts; this checks the pages answer as they should.

const DP162 = "/modifications/DP162";
const EVIL = "Your session expired. Re-enter your password at https://evil.example/login";

test("addresses with a NUL, a stray % or dates out of range answer with a page, not a 500", async ({ page }) => {
  await signIn(page, "secas@example.com");
  const notFound = [
    `${DP162}/requirements/BR-01%00`,
    `${DP162}/requirements/BR-01%00/history`,
    `${DP162}/service-requests/4.8.1%00/history`,
    `${DP162}/service-requests/%25/history`,
    `${DP162}/baselines/abc%00`,
  ];
  for (const url of notFound) {
    const response = await page.goto(url);
    expect([400, 404], url).toContain(response?.status());
    if (response?.status() === 404) await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await expectAccessible(page);

  const search = await page.goto("/search?q=%00");
  expect(search?.status()).toBeLessThan(400);
  await expect(page.getByRole("status")).toHaveText("Correct the search to run it.");
  await expect(page.getByText("Remove the invisible control characters")).toBeVisible();
  await expectAccessible(page);

  // the comments log's typed requirement, and the page of a requirement's comments
  for (const typed of ["%00", "BR-01%00", "%E2%80%AEBR-01", "javascript%3Aalert(1)"]) {
    const log = await page.goto(`${DP162}/comments?requirement=${typed}`);
    expect(log?.status(), typed).toBe(200);
    await expect(page.getByText("That is not a requirement reference: the log is not filtered by requirement")).toBeVisible();
  }
  await expectAccessible(page);
  for (const comments of ["%00", "-1", "1e9", "2%00"]) {
    const requirement = await page.goto(`${DP162}/requirements/BR-01?comments=${comments}`);
    expect(requirement?.status(), comments).toBe(200);
    await expect(page.getByRole("heading", { level: 2, name: /^Comments \(\d+\)$/ })).toBeVisible();
  }

  const audit = await page.goto(`${DP162}/audit?from=0001-01-01&to=99999-12-31&actor=%00&action=%00`);
  expect(audit?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("MP162 audit log");
  await expectAccessible(page);
});

test("a title with a direction override gets a field message and nothing is saved", async ({ page }) => {
  await signIn(page, "wg@example.com");
  await page.goto(`${DP162}/requirements/new`);
  await page.getByLabel("Area").selectOption({ label: "User Entry Process" });
  await page.getByLabel("Title").fill("Access \u202Edenied\u202C granted");
  await page.getByLabel("Requirement text").fill("Body with a NUL\u0000 in it");
  await page.getByRole("button", { name: "Create requirement" }).click();
  await expect(page.getByText("Remove the invisible text-direction characters")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${DP162}/requirements/new$`));
  await expectAccessible(page);
});

test("a message in the address never reaches the alert box; a known code shows its own text", async ({ page }) => {
  await signIn(page, "wg@example.com");
  for (const url of [`${DP162}/requirements?reorder=1&problem=${encodeURIComponent(EVIL)}`, `${DP162}/requirements/BR-01?problem=${encodeURIComponent(EVIL)}`]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText("evil.example")).toHaveCount(0);
    await expect(alertWithText(page, /./)).toHaveCount(0);
  }
  // Words with a signature the portal did not make: the code's own text, not theirs.
  await page.goto(`${DP162}/requirements/BR-01?problem=conflict&why=${encodeURIComponent(EVIL)}&sig=${"A".repeat(43)}`);
  await expect(alertWithText(page, "Someone changed this meanwhile")).toBeVisible();
  await expect(page.getByText("evil.example")).toHaveCount(0);
  await expectAccessible(page);
});

import { expect } from "@playwright/test";
import { test } from "./support/test";
import { DEMO_PASSWORD, expectAccessible } from "./support/fixtures";

test.describe("a visitor who is not signed in", () => {
  test("browses the register and reads DP162's overview", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Modifications register" })).toBeVisible();
    const row = page.getByRole("row").filter({ hasText: "SEC changes required to deliver MHHS" });
    await expect(row).toContainText("formerly DP162");
    await expect(row).toContainText("Refinement Process");
    await expect(row).toContainText("Smart DCC Ltd");
    await expectAccessible(page);

    await row.getByRole("link", { name: "MP162" }).click();
    await expect(page).toHaveURL(/\/modifications\/DP162$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("MP162: SEC changes required to deliver MHHS");
    for (const section of ["What is the issue?", "What is the solution?", "Who is impacted?", "What SEC documents are affected?", "Timeline", "Documents"]) {
      await expect(page.getByRole("heading", { name: section, exact: true })).toBeVisible();
    }
    const facts = page.getByRole("complementary").first();
    await expect(facts).toContainText("25 May 2021");
    await expect(facts).toContainText("Smart DCC Ltd");
    await expect(page.getByText("Early July 2021")).toBeVisible();
    await expect(page.getByText("£4.5bn by 2045")).toBeVisible();
    await expect(page.getByRole("link", { name: "Overview", exact: true })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("navigation", { name: "Modification sections" }).getByRole("link", { name: "Requirements" })).toHaveCount(0);
    await expectAccessible(page);
  });

  test("is sent to sign in for the draft requirements, and comes back to them", async ({ page }) => {
    await page.goto("/modifications/DP162");
    await page.getByRole("link", { name: "sign in to read them" }).click();
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fmodifications%2FDP162%2Frequirements/);
    await expect(page.getByText("Sign in to see that page.")).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Email").fill("opsg@example.com");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/modifications\/DP162\/requirements$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("MP162 business requirements");
  });

  test("typing the address of a signed-in page also leads to sign-in", async ({ page }) => {
    for (const path of ["/modifications/DP162/requirements/BR-01", "/modifications/DP162/service-requests", "/admin/users"]) {
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`/signin\\?callbackUrl=${encodeURIComponent(path)}$`));
    }
  });

  test("gets a helpful 404 for a modification that does not exist", async ({ page }) => {
    const response = await page.goto("/modifications/DP999");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to the modifications register" })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the register and the overview are served whole", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "MP162" }).click();
    await expect(page.getByRole("heading", { name: "What is the issue?" })).toBeVisible();
    await expect(page.getByText("Metering Data Retrieval (MDR) service")).toBeVisible();
  });
});

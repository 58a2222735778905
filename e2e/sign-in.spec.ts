import { expect, test } from "@playwright/test";
import { alertWithText, DEMO_PASSWORD, expectAccessible, signIn } from "./support/fixtures";

test("bad credentials get a clear message and no session", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("wg@example.com");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alertWithText(page, "That email and password do not match an active account.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("wg@example.com");
  await expectAccessible(page);
  await page.goto("/modifications/DP162/requirements");
  await expect(page).toHaveURL(/\/signin/);
});

test("empty fields are named next to the field", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter an email address like name@example.com")).toBeVisible();
  await expect(page.getByText("Enter your password")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
});

test("repeated failures are throttled", async ({ page }) => {
  const email = `throttle-${Date.now()}@example.com`;
  const attempt = async (password: string) => {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    // the button reads "Signing in…" until the answer is in
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
  };
  await page.goto("/signin");
  for (let i = 0; i < 5; i++) {
    await attempt(`guess ${i}`);
    await expect(alertWithText(page, "do not match")).toBeVisible();
  }
  await attempt("guess 6");
  await expect(alertWithText(page, "Too many failed sign-in attempts")).toBeVisible();
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "wg2@example.com");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/modifications/DP162/requirements");
  await expect(page).toHaveURL(/\/signin/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the sign-in form works as a plain form, errors included", async ({ page }) => {
    await page.goto("/signin?callbackUrl=%2Fmodifications%2FDP162%2Fservice-requests");
    await page.getByLabel("Email").fill("dcc@example.com");
    await page.getByLabel("Password").fill("wrong");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("That email and password do not match an active account.")).toBeVisible();

    await page.getByLabel("Email").fill("dcc@example.com");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/modifications\/DP162\/service-requests$/);
    await expect(page.getByText("Signed in as")).toContainText("Dev Chandra");

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("You have signed out.")).toBeVisible();
  });
});

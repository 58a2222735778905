import { expect, type Page } from "@playwright/test";
import { test } from "./support/test";
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

test("signing out ends the session, also for a copy of its cookie", async ({ page, browser, baseURL }) => {
  await signIn(page, "wg2@example.com");
  const copy = await browser.newContext({ baseURL });
  await copy.addCookies(await page.context().cookies());
  const thief = await copy.newPage();
  await thief.goto("/modifications/DP162/requirements");
  await expect(thief.getByText("Signed in as")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/modifications/DP162/requirements");
  await expect(page).toHaveURL(/\/signin/);

  await thief.goto("/modifications/DP162/requirements");
  await expect(thief).toHaveURL(/\/signin/);
  await copy.close();
});

// The payloads: a TAB (or TAB and backslash) between the slashes once took the user to
// http://evil.example/ after signing in. A request that reaches evil.example is answered here, so a
// regression shows as that page rather than as a network error.
const ELSEWHERE = ["%2F%09%2Fevil.example", "/%09%5Cevil.example", "%2F%5Cevil.example", "%2Fx%2F..%2F%2Fevil.example"];

async function trapElsewhere(page: Page) {
  await page.context().route((url) => url.hostname.endsWith("evil.example"), (route) => route.fulfill({ contentType: "text/html", body: "<title>evil</title><h1>Elsewhere</h1>" }));
}

async function expectOnPortal(page: Page, baseURL: string | undefined) {
  await expect(page.getByText("Signed in as")).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`a return address elsewhere, ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("signing in lands on a portal page, and so does following the link when signed in", async ({ page, baseURL }) => {
      await trapElsewhere(page);
      for (const [i, payload] of ELSEWHERE.entries()) {
        await page.goto(`/signin?callbackUrl=${payload}`);
        if (i === 0) {
          await page.getByLabel("Email").fill("opsg@example.com");
          await page.getByLabel("Password").fill(DEMO_PASSWORD);
          await page.getByRole("button", { name: "Sign in" }).click();
        }
        await expectOnPortal(page, baseURL);
        expect(new URL(page.url()).pathname).toBe("/");
      }
    });
  });
}

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

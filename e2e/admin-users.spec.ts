import { expect, type Browser, type Page } from "@playwright/test";
import { test } from "./support/test";
import { alertWithText, expectAccessible, signIn } from "./support/fixtures";

// Access control end to end: SECAS manages accounts; a change of role or a disabled account ends
// the user's sessions at once; a forged request from another role changes nothing.

async function addUser(page: Page, name: string, email: string) {
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "Add a user" }).click();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Initial password (at least 12 characters)").fill("a-long-test-password");
  await page.getByLabel("Role").selectOption("REVIEWER");
  await page.getByLabel("Committee").selectOption("SSC");
  await page.getByLabel("Organisation").selectOption({ label: "Kestrel Power" });
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByRole("status")).toHaveText(`Saved ${name}'s account.`);
}

async function openAccount(page: Page, name: string) {
  await page.goto("/admin/users");
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

async function userPage(browser: Browser, email: string, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signIn(page, email, email.startsWith("new-") ? "a-long-test-password" : undefined);
  return page;
}

test("SECAS adds a user, changes their role and disables them; each takes effect at once", async ({ page, browser }) => {
  const stamp = Date.now();
  const name = `Rowan Reviewer ${stamp}`;
  const email = `new-${stamp}@example.com`;
  await signIn(page, "secas@example.com");
  await addUser(page, name, email);
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Reviewer (SSC)");

  const theirs = await userPage(browser, email);
  await expect(theirs.getByRole("banner")).toContainText("SSC reviewer");

  await openAccount(page, name);
  await expectAccessible(page);
  await page.getByLabel("Role").selectOption("WORKING_GROUP");
  await page.getByLabel("Committee").selectOption("");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText(`Saved ${name}'s account.`);

  // a change of role ends their sessions; signed in again, they have the new role
  await theirs.reload();
  await expect(theirs.getByRole("link", { name: "Sign in" })).toBeVisible();
  await signIn(theirs, email, "a-long-test-password");
  await expect(theirs.getByRole("banner")).toContainText("Working Group member");

  await openAccount(page, name);
  await page.getByLabel(/Disabled/).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Disabled");

  await theirs.goto("/modifications/DP162/requirements");
  await expect(theirs).toHaveURL(/\/signin/);
  await theirs.getByLabel("Email").fill(email);
  await theirs.getByLabel("Password").fill("a-long-test-password");
  await theirs.getByRole("button", { name: "Sign in" }).click();
  await expect(alertWithText(theirs, "do not match an active account")).toBeVisible();
});

test("the account form explains mistakes next to each field and saves nothing", async ({ page }) => {
  await signIn(page, "secas@example.com");
  await page.goto("/admin/users/new");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Role").selectOption("REVIEWER");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(alertWithText(page, "Please correct the highlighted fields.")).toBeVisible();
  await expect(page.getByText("Enter the person's name")).toBeVisible();
  await expect(page.getByText("Passwords are at least 12 characters")).toBeVisible();
  await expect(page.getByText("A reviewer sits on one committee: choose it")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
  await expectAccessible(page);
  await page.goto("/admin/users");
  await expect(page.getByRole("row").filter({ hasText: "not-an-email" })).toHaveCount(0);
  await expectAccessible(page);
});

test("a forged account change from a Working Group member is refused and changes nothing", async ({ page, browser }) => {
  const stamp = Date.now();
  const name = `Forge Target ${stamp}`;
  await signIn(page, "secas@example.com");
  await addUser(page, name, `new-${stamp}@example.com`);

  // Read the real form, exactly as the browser would post it without JavaScript…
  const secasNoJs = await userPage(browser, "secas@example.com", { javaScriptEnabled: false });
  await openAccount(secasNoJs, name);
  const url = secasNoJs.url();
  const fields = await secasNoJs.locator("form").filter({ has: secasNoJs.getByLabel("Role") }).evaluate((form: HTMLFormElement) => {
    const data = new FormData(form);
    data.set("role", "DCC_ANALYST");
    data.set("committee", "");
    return Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v)]));
  });

  // …post it with a Working Group member's session: refused…
  const wg = await userPage(browser, "wg@example.com");
  const forged = await wg.request.post(url, { multipart: fields, maxRedirects: 0 });
  expect(forged.status()).toBe(403);
  await openAccount(page, name);
  await expect(page.getByLabel("Role")).toHaveValue("REVIEWER");
  await expect(page.getByLabel("Committee")).toHaveValue("SSC");

  // …while the very same request from SECAS goes through, so the refusal was the permission check.
  const genuine = await secasNoJs.request.post(url, { multipart: fields, maxRedirects: 0 });
  expect(genuine.status()).toBe(303);
  await openAccount(page, name);
  await expect(page.getByLabel("Role")).toHaveValue("DCC_ANALYST");
});

test("signing out everywhere ends every session: by the user, and by SECAS for them", async ({ page, browser }) => {
  const stamp = Date.now();
  const name = `Sasha Sessions ${stamp}`;
  const email = `new-${stamp}@example.com`;
  await signIn(page, "secas@example.com");
  await addUser(page, name, email);

  const [laptop, phone] = [await userPage(browser, email), await userPage(browser, email)];
  await laptop.getByRole("link", { name: "Account" }).click();
  await expect(laptop.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expectAccessible(laptop);
  await laptop.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptop.getByText("You have signed out on every browser and device.")).toBeVisible();
  await phone.goto("/modifications/DP162/requirements");
  await expect(phone).toHaveURL(/\/signin/);

  const tablet = await userPage(browser, email);
  await openAccount(page, name);
  await page.getByRole("button", { name: `Sign ${name} out everywhere` }).click();
  await expect(page.getByRole("status")).toHaveText("Ended 1 session.");
  await expectAccessible(page);
  await tablet.goto("/modifications/DP162/requirements");
  await expect(tablet).toHaveURL(/\/signin/);
  // SECAS's own session is untouched
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
});

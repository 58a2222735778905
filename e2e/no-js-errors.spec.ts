import { expect, type Browser, type Page } from "@playwright/test";
import { test } from "./support/test";
import { expectAccessible, signIn } from "./support/fixtures";

// A page that calls notFound() or forbidden(), or throws, gets Next's empty error document: the
// message is drawn by client JavaScript (vercel/next.js#62228). The portal's web server adds the
// message for browsers without JavaScript (scripts/web-server/script-free-errors.ts); with
// JavaScript the pages must stay as they were.

const REGISTER = "Go to the modifications register";
const cases = [
  { what: "an unknown modification", path: "/modifications/DP999", status: 404, heading: "Page not found" },
  { what: "an unknown requirement", user: "wg@example.com", path: "/modifications/DP162/requirements/BR-99", status: 404, heading: "Page not found" },
  { what: "a page the role may not see", user: "wg@example.com", path: "/admin/users", status: 403, heading: "You do not have access to this page" },
];

/**
 * axe needs JavaScript: scan a copy of what the script-less browser shows. A browser with
 * scripts reads <noscript> as text, so unwrap it, as a browser without scripts does.
 */
async function expectAccessibleCopy(browser: Browser, page: Page) {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const copy = await context.newPage();
  await copy.setContent((await page.content()).replace(/<\/?noscript>/g, ""));
  await expectAccessible(copy);
  await context.close();
}

async function expectMessage(page: Page, heading: string) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expect(page.getByRole("link", { name: REGISTER })).toBeVisible();
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const { what, user, path, status, heading } of cases) {
    test(`${what} shows its message and status ${status}`, async ({ page, browser }) => {
      if (user) await signIn(page, user);
      const response = await page.goto(path);
      expect(response?.status()).toBe(status);
      await expectMessage(page, heading);
      await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
      await expect(page).toHaveTitle(`${heading} · SEC Refinement Portal`);
      await expectAccessibleCopy(browser, page);
      await page.getByRole("link", { name: REGISTER }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Modifications register");
    });
  }
});

test.describe("with JavaScript", () => {
  for (const { what, user, path, status, heading } of cases) {
    test(`${what} still shows its page inside the portal, status ${status}`, async ({ page }) => {
      if (user) await signIn(page, user);
      const response = await page.goto(path);
      expect(response?.status()).toBe(status);
      await expectMessage(page, heading);
      await expect(page.getByRole("contentinfo")).toContainText("refined in the open"); // the portal's own layout
      await expectAccessible(page);
    });
  }

  test("going back to a missing page in the browser shows the not-found page again", async ({ page }) => {
    await page.goto("/modifications/DP999");
    await page.getByRole("link", { name: REGISTER }).click(); // the client router: no page load
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Modifications register");
    await page.goBack();
    await expect(page).toHaveURL(/\/modifications\/DP999$/);
    await expectMessage(page, "Page not found");
  });
});

import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "dp162-demo-pass";

/**
 * Fails the test when axe finds any WCAG 2.2 A/AA violation on the page as it is now.
 * Next streams a page's metadata after its content, so right after a client-side navigation or
 * refresh the document can be a moment without its <title>: wait for one first (a page that never
 * gets one fails here, as axe's document-title rule would fail it).
 */
export async function expectAccessible(page: Page) {
  await expect(page, `the page at ${page.url()} has a title`).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Signed in as")).toBeVisible();
}

/** Next's route announcer is an empty role="alert": look for alerts by their text. */
export function alertWithText(page: Page, text: string | RegExp) {
  return page.getByRole("alert").filter({ hasText: text });
}

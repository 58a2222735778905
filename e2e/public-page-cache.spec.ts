import { expect, type Page, type Response } from "@playwright/test";
import { test } from "./support/test";
import { createModificationWithReportV1, withDatabase } from "./support/database";
import { expectAccessible, signIn } from "./support/fixtures";

// The web server keeps a visitor's public page whole (scripts/web-server/public-page-cache.ts;
// 30 s in this suite). A modification of this spec's own (DP988).

const TITLE_BEFORE = "Page cache test modification";
const TITLE_AFTER = "Page cache test modification, retitled behind the portal's back";

const nonceOf = (response: Response | null) => /'nonce-([^']+)'/.exec(response?.headers()["content-security-policy"] ?? "")?.[1];

/**
 * Reloads until the page comes from the cache. Any audited change anywhere drops every kept page,
 * and the specs running beside this one make such changes all the time.
 */
async function reloadUntilKept(page: Page): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    const response = await page.reload();
    if (response?.headers()["x-portal-cache"] === "hit" || attempt === 20) return response!;
  }
}

/** Collects the browser's complaints: a script refused by the CSP would show here. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test("a visitor's public page comes whole from the web server's cache, with a nonce of its own, until an audited change drops it", async ({ browser, page: visitor }) => {
  const { id, ref } = await createModificationWithReportV1(988, TITLE_BEFORE);
  const overview = `/modifications/${ref}`;
  const errors = consoleErrors(visitor);

  // SECAS is ready to record a Change Board meeting (an audited change to DP988) before the visitor's first read.
  const secas = await (await browser.newContext()).newPage();
  await signIn(secas, "secas@example.com");
  await secas.goto(`${overview}/change-board`);
  await secas.getByLabel("Meeting reference").fill("CB_CACHE_01");
  await secas.getByLabel("Held on").fill("2027-05-06");

  const first = await visitor.goto(overview);
  expect(first?.headers()["x-portal-cache"]).toBeUndefined();
  const second = await reloadUntilKept(visitor);
  expect(second.headers()["x-portal-cache"]).toBe("hit");
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText(TITLE_BEFORE);
  // Each copy has a nonce of its own, on its header and its scripts, and Next's scripts run with it.
  expect(nonceOf(second)).not.toBe(nonceOf(first));
  const html = await second.text();
  expect(html).toContain(`nonce="${nonceOf(second)}"`);
  expect(second.headers().link).toContain(`nonce="${nonceOf(second)}"`);
  expect(html).not.toContain(nonceOf(first)!);
  await visitor.locator('header a[href="/"]').first().click(); // Next's client navigation: its scripts run
  await expect(visitor.getByRole("heading", { level: 1, name: "Modifications register" })).toBeVisible();
  await visitor.goBack();
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText(TITLE_BEFORE);
  expect(errors).toEqual([]);
  await expectAccessible(visitor);

  // A change behind the portal's back (no command, no audit event) is not seen (the page is kept,
  // and were it dropped by another spec's change, Next's data cache for DP988 still holds the title).
  await withDatabase((c) => c.query(`UPDATE "Modification" SET title = $1 WHERE id = $2`, [TITLE_AFTER, id]));
  expect((await reloadUntilKept(visitor)).headers()["x-portal-cache"]).toBe("hit");
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText(TITLE_BEFORE);
  // Signed in, the page is rendered, its data from Next's data cache: the old title too.
  const secasOverview = await secas.context().newPage();
  expect((await secasOverview.goto(overview))?.headers()["x-portal-cache"]).toBeUndefined();
  await expect(secasOverview.getByRole("heading", { level: 1 })).toContainText(TITLE_BEFORE);
  await expect(secasOverview.getByText("Signed in as")).toContainText("Sasha Patel");

  // SECAS's audited change drops every kept page at once (and Next's data cache for DP988): were
  // the web server not told, the visitor would be given the kept page for up to 30 s more.
  await secas.getByRole("button", { name: "Record meeting" }).click();
  await expect(secas.getByText("Meeting recorded")).toBeVisible();
  const fresh = await visitor.reload();
  expect(fresh?.headers()["x-portal-cache"]).toBeUndefined();
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText(TITLE_AFTER);

  // Signed in, the page is never the kept one: SECAS sees their own header, and the visitor's copy never has it.
  const signedIn = await secas.goto(overview);
  expect(signedIn?.headers()["x-portal-cache"]).toBeUndefined();
  await expect(secas.getByText("Signed in as")).toContainText("Sasha Patel");
  const again = await reloadUntilKept(visitor);
  expect(again.headers()["x-portal-cache"]).toBe("hit");
  expect(await again.text()).not.toContain("Sasha Patel");
  await expect(visitor.getByText("Signed in as")).toHaveCount(0);
  expect(errors).toEqual([]);
});

import { expect, type Browser, type Page } from "@playwright/test";
import { test } from "./support/test";
import { expectAccessible, signIn } from "./support/fixtures";

// Notifications: SECAS opens a planned SSC round; the SSC reviewer sees the unread count in the
// header, finds the round in their inbox and marks it read, with and without JavaScript (axe needs
// JavaScript: /inbox is scanned in the first test). Serial: both tests count the same inbox.

test.describe.configure({ mode: "serial", timeout: 60_000 });

const REVIEWS = "/modifications/DP162/reviews";
const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function pageFor(browser: Browser, email: string, options = {}) {
  const page = await (await browser.newContext(options)).newPage();
  await signIn(page, email);
  return page;
}

/** SECAS plans an SSC round and opens it. */
async function openSscRound(secas: Page, title: string) {
  await secas.goto(`${REVIEWS}/new`);
  await secas.getByLabel("Committee").selectOption({ label: "SSC" });
  await secas.getByLabel("Title").fill(title);
  await secas.getByLabel("Opens on").fill(dayFromNow(1));
  await secas.getByLabel("Opens at").fill("09:00");
  await secas.getByLabel("Closes on").fill(dayFromNow(15));
  await secas.getByLabel("Closes at").fill("17:00");
  await secas.getByRole("button", { name: "Create round" }).click();
  await expect(secas.getByRole("heading", { level: 1 })).toHaveText(title);
  await secas.getByRole("button", { name: "Open this round" }).click();
  await expect(secas.getByRole("status").filter({ hasText: "The round is open" })).toBeVisible();
}

/** The unread count the header shows beside "Inbox" (0 when it shows none). */
async function unreadInHeader(page: Page): Promise<number> {
  const text = await page.getByRole("banner").getByRole("link", { name: /^Inbox/ }).innerText();
  return Number(/\d+/.exec(text)?.[0] ?? 0);
}

test("a reviewer sees a round of their committee open in the header count and the inbox, and reads it", async ({ page, browser }) => {
  const title = `SSC inbox round ${Date.now()}`;
  await signIn(page, "secas@example.com");
  await openSscRound(page, title);

  const reviewer = await pageFor(browser, "ssc@example.com");
  const before = await unreadInHeader(reviewer);
  expect(before).toBeGreaterThan(0);
  await expect(reviewer.getByRole("banner").getByRole("link", { name: `Inbox ${before} unread` })).toBeVisible();
  await reviewer.getByRole("banner").getByRole("link", { name: /^Inbox/ }).click();
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText("Inbox");
  const item = reviewer.getByRole("listitem").filter({ hasText: title });
  await expect(item).toContainText("Unread");
  await expect(item.getByRole("link", { name: new RegExp(title) })).toHaveAttribute("href", /\/modifications\/DP162\/reviews\//);
  await expectAccessible(reviewer);

  await item.getByRole("button", { name: /Mark as read/ }).click();
  await expect(item).not.toContainText("Unread");
  expect(await unreadInHeader(reviewer)).toBe(before - 1);
  await expectAccessible(reviewer);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the inbox marks one read, then all read", async ({ page, browser }) => {
    const title = `No-script SSC round ${Date.now()}`;
    await signIn(page, "secas@example.com");
    await openSscRound(page, title);

    const reviewer = await pageFor(browser, "ssc@example.com", { javaScriptEnabled: false });
    const before = await unreadInHeader(reviewer);
    await reviewer.goto("/inbox");
    const item = reviewer.getByRole("listitem").filter({ hasText: title });
    await item.getByRole("button", { name: /Mark as read/ }).click();
    await expect(item).not.toContainText("Unread");
    expect(await unreadInHeader(reviewer)).toBe(before - 1);
    if (before - 1 > 0) await reviewer.getByRole("button", { name: "Mark all read" }).click();
    await expect(reviewer.getByText("Nothing unread.")).toBeVisible();
    expect(await unreadInHeader(reviewer)).toBe(0);
  });
});

import { expect, type Browser, type Page } from "@playwright/test";
import { test } from "./support/test";
import { alertWithText, expectAccessible, signIn } from "./support/fixtures";

// Comments (issue 8): a TABASC reviewer comments on a passage of BR-03 in the seeded open TABASC
// round — selecting it with JavaScript, pasting it without; a Working Group member replies, edits
// BR-03 ticking the thread, and resolves it; the reviewer sees "addressed in version N". An OPSG
// reviewer cannot comment in the TABASC round. A proposed wording is carried into the edit form.
// axe on the new pages (JavaScript on).

const BR03 = "/modifications/DP162/requirements/BR-03";
const PASSAGE = "holds a current MDR appointment";

async function pageFor(browser: Browser, email: string, options = {}) {
  const page = await (await browser.newContext(options)).newPage();
  await signIn(page, email);
  return page;
}

/** The thread's number, from the thread page's address (/comments/17). */
const threadNumber = (page: Page) => Number(/\/comments\/(\d+)/.exec(page.url())![1]);

async function selectPassage(page: Page, passage: string) {
  await page.evaluate((text) => {
    const root = document.getElementById("requirement-text")!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return;
    }
    throw new Error("passage not found");
  }, passage);
}

test("a reviewer comments on a selected passage; the Working Group replies, addresses it in an edit and resolves it", async ({ page, browser }) => {
  await signIn(page, "tabasc@example.com");
  await page.goto(BR03);
  await expectAccessible(page);
  await selectPassage(page, PASSAGE);
  await page.getByRole("button", { name: "Comment on this passage" }).click();
  await expect(page.getByLabel("Quoted passage (optional)")).toHaveValue(PASSAGE);
  await page.getByLabel("Severity").selectOption({ label: "Major" });
  await page.getByLabel("Comment", { exact: true }).fill("What happens to requests **in flight** when the appointment ends?");
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Comment C-\d+$/);
  const n = threadNumber(page);
  await expect(page.getByText("Your comment is added.")).toBeVisible();
  await expect(page.locator(`#C-${n}`).locator("strong")).toHaveText("in flight");
  await expectAccessible(page);

  const wg = await pageFor(browser, "wg@example.com");
  await wg.goto(`/modifications/DP162/comments/${n}`);
  await wg.getByLabel("Your reply (Markdown)").fill("Good point: we will say so.");
  await wg.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(wg.getByText("Your reply is added.")).toBeVisible();
  await expect(wg.getByRole("list", { name: `Replies to C-${n}` })).toContainText("Good point: we will say so.");
  await expectAccessible(wg);

  await wg.goto(`${BR03}/edit`);
  const text = wg.getByLabel("Requirement text");
  await text.fill(`${await text.inputValue()}\n\nRequests already accepted before the effective date are completed.`);
  await wg.getByLabel("What changed and why").fill("Requests in flight at the end of an appointment");
  await wg.getByRole("checkbox", { name: new RegExp(`^C-${n}\\b`) }).check();
  await expectAccessible(wg);
  await wg.getByRole("button", { name: "Save changes" }).click();
  const saved = await wg.getByText(/^Saved as version \d+\.$/).textContent();
  const version = Number(/version (\d+)/.exec(saved!)![1]);

  await wg.goto(`/modifications/DP162/comments/${n}`);
  await wg.getByLabel("Disposition").selectOption({ label: "Accepted" });
  await wg.getByRole("button", { name: "Resolve" }).click();
  await expect(wg.getByText("The thread is resolved.")).toBeVisible();

  await page.goto(`/modifications/DP162/comments/${n}`);
  await expect(page.getByRole("link", { name: `Addressed in version ${version}` })).toHaveAttribute("href", `${BR03}/diff?from=${version - 1}&to=${version}`);
  await expect(page.getByText("Resolved: Accepted")).toBeVisible();
  await expect(page.getByText(new RegExp(`Made on version ${version - 1}; now version ${version}\\.`))).toBeVisible();
  await page.goto(`${BR03}/history`);
  await expect(page.getByRole("row").filter({ hasText: `v${version}` })).toContainText(`Addresses C-${n}`);
  await page.goto(`${BR03}/diff?from=${version - 1}&to=${version}`);
  await expect(page.getByText(`Addresses C-${n}`)).toBeVisible();

  // The round page: an answer form per question and a general-comment form, accessible.
  await page.goto("/modifications/DP162/reviews");
  await page.getByRole("link", { name: "TABASC review of the business requirements" }).click();
  await expect(page.getByRole("heading", { name: "Your answer to question 1" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Comment on the modification in general" })).toBeVisible();
  await expectAccessible(page);
});

test("without JavaScript a reviewer pastes the passage; one not in the text is refused with the words kept", async ({ browser }) => {
  const page = await pageFor(browser, "tabasc@example.com", { javaScriptEnabled: false });
  await page.goto(BR03);
  await expect(page.getByRole("button", { name: "Comment on this passage" })).toHaveCount(0);
  await page.getByLabel("Quoted passage (optional)").fill("words that BR-03 never said");
  await page.getByLabel("Comment", { exact: true }).fill("Kept after the error");
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(alertWithText(page, "This passage is not in the version of the requirement you were shown")).toBeVisible();
  await expect(page.getByLabel("Comment", { exact: true })).toHaveValue("Kept after the error");
  await page.getByLabel("Quoted passage (optional)").fill(`  holds a current\n MDR appointment `);
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Comment C-\d+$/);
  await expect(page.getByRole("blockquote")).toContainText("holds a current");
});

test("an OPSG reviewer cannot comment in the TABASC round", async ({ page }) => {
  await signIn(page, "opsg@example.com");
  await page.goto(BR03);
  await expect(page.getByText("There is no open review round you can comment in.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add comment" })).toHaveCount(0);
  await page.goto("/modifications/DP162/reviews");
  await page.getByRole("link", { name: "TABASC review of the business requirements" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("TABASC review of the business requirements");
  await expect(page.getByRole("button", { name: "Add comment" })).toHaveCount(0);
});

test("a party respondent sees no review material", async ({ page }) => {
  await signIn(page, "party@example.com");
  await page.goto(BR03);
  await expect(page.getByRole("heading", { name: /^Comments/ })).toHaveCount(0);
  const response = await page.goto("/modifications/DP162/comments/1");
  expect(response?.status()).toBe(403);
});

test("a reviewer proposes wording for a passage; the Working Group carries it into the edit form, its thread first and ticked, and saves it", async ({ page, browser }) => {
  const BR12 = "/modifications/DP162/requirements/BR-12";
  const quoted = "reviewed with the Security Sub-Committee";
  const proposed = "reviewed each quarter with the Security Sub-Committee";
  await signIn(page, "tabasc@example.com");
  const comment = async (fields: { kind: string; quoted?: string; proposed?: string; body: string }) => {
    await page.goto(BR12);
    await page.getByLabel("Kind", { exact: true }).selectOption({ label: fields.kind });
    if (fields.quoted) await page.getByLabel("Quoted passage (optional)").fill(fields.quoted);
    if (fields.proposed) await page.getByLabel("Proposed wording (for the kind “Proposed wording”)").fill(fields.proposed);
    await page.getByLabel("Comment", { exact: true }).fill(fields.body);
    await page.getByRole("button", { name: "Add comment" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Comment C-\d+$/);
    return threadNumber(page);
  };
  const earlier = await comment({ kind: "Question", body: "Who sets the thresholds?" });
  const n = await comment({ kind: "Proposed wording", quoted, proposed, body: "Say how often." });
  expect(n).toBeGreaterThan(earlier);

  const wg = await pageFor(browser, "wg@example.com");
  await wg.goto(`/modifications/DP162/comments/${n}`);
  await wg.getByRole("link", { name: "Carry this proposed wording into BR-12's edit form" }).click();
  await expect(wg.getByText(`The wording proposed in C-${n} is in the text below, replacing the passage it quoted. Review it, then save.`)).toBeVisible();
  await expect(wg.getByLabel("Requirement text")).toHaveValue(new RegExp(proposed));
  await expect(wg.getByLabel("What changed and why")).toHaveValue(`Applies the wording proposed in C-${n}`);
  const threads = wg.getByRole("group", { name: /^This change addresses/ }).getByRole("checkbox");
  await expect(threads.first()).toHaveAccessibleName(new RegExp(`^C-${n}\\b`));
  await expect(threads.first()).toBeChecked();
  await expect(wg.getByRole("checkbox", { name: new RegExp(`^C-${earlier}\\b`) })).not.toBeChecked();
  await expectAccessible(wg);
  await wg.getByRole("button", { name: "Save changes" }).click();
  const saved = await wg.getByText(/^Saved as version \d+\.$/).textContent();
  const version = Number(/version (\d+)/.exec(saved!)![1]);
  await expect(wg.getByRole("article", { name: "Requirement text" })).toContainText(proposed);
  await wg.goto(`${BR12}/history`);
  await expect(wg.getByRole("row").filter({ hasText: `v${version}` })).toContainText(`Addresses C-${n}`);
});

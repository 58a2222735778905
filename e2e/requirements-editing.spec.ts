import { expect, type Browser, type Page } from "@playwright/test";
import { test } from "./support/test";
import { alertWithText, expectAccessible, signIn } from "./support/fixtures";

const REQUIREMENTS = "/modifications/DP162/requirements";

async function createRequirement(page: Page, title: string, body: string): Promise<string> {
  await page.goto(REQUIREMENTS);
  await page.getByRole("link", { name: "New requirement" }).click();
  await page.getByLabel("Area").selectOption({ label: "User Entry Process" });
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Requirement text").fill(body);
  await page.getByRole("button", { name: "Create requirement" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved as version 1.");
  const heading = await page.getByRole("heading", { level: 1 }).textContent();
  return heading!.split(":")[0]!;
}

async function edit(page: Page, ref: string, body: string, note: string) {
  await page.goto(`${REQUIREMENTS}/${ref}/edit`);
  await page.getByLabel("Requirement text").fill(body);
  await page.getByLabel("What changed and why").fill(note);
  await page.getByRole("button", { name: "Save changes" }).click();
}

async function pageFor(browser: Browser, email: string, options = {}) {
  const page = await (await browser.newContext(options)).newPage();
  await signIn(page, email);
  return page;
}

test("a Working Group member creates a requirement, edits it twice and reads the diff", async ({ page }) => {
  const title = `Re-testing after a failed User Entry ${Date.now()}`;
  await signIn(page, "wg@example.com");
  await page.goto(`${REQUIREMENTS}/new`);
  await expectAccessible(page);
  const ref = await createRequirement(page, title, "A Party that fails a test may retest within 30 days.");
  expect(ref).toMatch(/^BR-\d+$/);

  await edit(page, ref, "A Party that fails a test may retest within 60 days.", "Longer retest window");
  await expect(page.getByRole("status")).toHaveText("Saved as version 2.");
  await page.goto(`${REQUIREMENTS}/${ref}/edit`);
  await expectAccessible(page);
  await edit(page, ref, "A Party that fails a User Entry test may retest within 60 days.", "Say which test");
  await expect(page.getByRole("status")).toHaveText("Saved as version 3.");

  await page.getByRole("link", { name: "History" }).click();
  const rows = page.getByRole("row");
  await expect(rows.filter({ hasText: "Say which test" })).toContainText("v3");
  await expect(rows.filter({ hasText: "Longer retest window" })).toContainText("v2");
  await expect(rows.filter({ hasText: "First draft" })).toContainText("v1");
  await expectAccessible(page);

  await page.getByLabel("Compare version").selectOption("1");
  await page.getByLabel("with version").selectOption("2");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(new RegExp(`${ref}/diff\\?from=1&to=2$`));
  const inline = page.getByRole("region", { name: "Text, word by word" });
  await expect(inline.locator("del")).toContainText("30");
  await expect(inline.locator("ins")).toContainText("60");
  await expect(page.getByRole("region", { name: "Version 1", exact: true }).locator("del")).toContainText("30");
  await expect(page.getByRole("region", { name: "Version 2", exact: true }).locator("ins")).toContainText("60");
  await expectAccessible(page);
});

test("bad input is explained next to each field and nothing is saved", async ({ page }) => {
  await signIn(page, "wg2@example.com");
  await page.goto(`${REQUIREMENTS}/new`);
  await page.getByRole("button", { name: "Create requirement" }).click();
  await expect(alertWithText(page, "Please correct the highlighted fields.")).toBeVisible();
  await expect(page.getByText("Enter a title")).toBeVisible();
  await expect(page.getByText("Write the requirement")).toBeVisible();
  await expect(page).toHaveURL(/\/requirements\/new$/);
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("Preview renders the Markdown and keeps the text", async ({ page }) => {
    await signIn(page, "wg@example.com");
    await page.goto(`${REQUIREMENTS}/new`);
    await page.getByLabel("Title").fill("Preview check");
    await page.getByLabel("Requirement text").fill("The MDR User **shall** retest.\n\n- first\n- second");
    await page.getByRole("button", { name: "Preview" }).click();
    const preview = page.getByRole("region", { name: "Preview" });
    await expect(preview.locator("strong")).toHaveText("shall");
    await expect(preview.getByRole("listitem")).toHaveCount(2);
    await expect(page.getByLabel("Requirement text")).toHaveValue("The MDR User **shall** retest.\n\n- first\n- second");
    await expect(page.getByLabel("Title")).toHaveValue("Preview check");
  });
});

test("two people edit at once: the second sees both versions, keeps their text and re-applies it", async ({ page, browser }) => {
  await signIn(page, "wg@example.com");
  const ref = await createRequirement(page, `Conflict demo ${Date.now()}`, "Original words.");

  const other = await pageFor(browser, "wg2@example.com");
  await page.goto(`${REQUIREMENTS}/${ref}/edit`);
  await other.goto(`${REQUIREMENTS}/${ref}/edit`);

  await page.getByLabel("Requirement text").fill("Original words, as Will reworded them.");
  await page.getByLabel("What changed and why").fill("Will's edit");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved as version 2.");

  await other.getByLabel("Requirement text").fill("Original words, as Wendy reworded them.");
  await other.getByLabel("What changed and why").fill("Wendy's edit");
  await other.getByRole("button", { name: "Save changes" }).click();
  await expect(alertWithText(other, new RegExp(`^Will Green saved version 2 of ${ref} on .+ while you were editing\\. Nothing of yours was lost or saved`))).toBeVisible();
  const theirs = other.getByRole("region", { name: "Their version 2", exact: true });
  const mine = other.getByRole("region", { name: "Your text (not saved yet)" });
  await expect(theirs).toContainText("reworded them");
  await expect(theirs.locator("del")).toContainText("Will");
  await expect(mine.locator("ins")).toContainText("Wendy");
  await expect(other.getByLabel("Requirement text")).toHaveValue("Original words, as Wendy reworded them.");
  await expectAccessible(other);

  await other.getByRole("button", { name: "Save my text on top of theirs" }).click();
  await expect(other.getByRole("status")).toHaveText("Saved as version 3.");
  await other.getByRole("link", { name: "History" }).click();
  await expect(other.getByRole("row").filter({ hasText: "Will's edit" })).toContainText("Will Green");
  await expect(other.getByRole("row").filter({ hasText: "Wendy's edit" })).toContainText("Wendy Grant");
});

test("the Working Group proposes; only SECAS records the agreement", async ({ page, browser }) => {
  await signIn(page, "wg@example.com");
  const ref = await createRequirement(page, `Workflow demo ${Date.now()}`, "Words to agree.");
  await page.getByLabel("New status").selectOption("PROPOSED");
  await page.getByLabel("Reason, or the meeting that decided it").fill("Ready for the Working Group");
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved as version 2.");
  await expect(page.getByLabel("New status").locator("option")).not.toContainText(["Agreed"]);

  const secas = await pageFor(browser, "secas@example.com");
  await secas.goto(`${REQUIREMENTS}/${ref}`);
  await secas.getByLabel("New status").selectOption("AGREED");
  await secas.getByLabel("Reason, or the meeting that decided it").fill("Working Group meeting, 7 July 2021");
  await secas.getByRole("button", { name: "Change status" }).click();
  await expect(secas.getByRole("status")).toHaveText("Saved as version 3.");
  await expect(secas.getByText("Agreed", { exact: true }).first()).toBeVisible();
  await expectAccessible(secas);
});

test("a reviewer is offered no edit controls, and a forged edit is refused", async ({ page, browser }) => {
  await signIn(page, "wg@example.com");
  const ref = await createRequirement(page, `Forgery target ${Date.now()}`, "Untouched words.");

  const reviewer = await pageFor(browser, "tabasc@example.com");
  await reviewer.goto(`${REQUIREMENTS}?reorder=1`);
  await expect(reviewer.getByRole("link", { name: "New requirement" })).toHaveCount(0);
  await expect(reviewer.getByRole("link", { name: "Reorder requirements" })).toHaveCount(0);
  await expect(reviewer.getByRole("button", { name: /Move BR-/ })).toHaveCount(0);
  await reviewer.goto(`${REQUIREMENTS}/${ref}`);
  await expect(reviewer.getByRole("link", { name: `Edit ${ref}` })).toHaveCount(0);
  await expect(reviewer.getByRole("button", { name: "Change status" })).toHaveCount(0);
  expect((await reviewer.goto(`${REQUIREMENTS}/${ref}/edit`))?.status()).toBe(403);

  // The real edit form as a Working Group member's browser posts it without JavaScript…
  const wgNoJs = await pageFor(browser, "wg@example.com", { javaScriptEnabled: false });
  await wgNoJs.goto(`${REQUIREMENTS}/${ref}/edit`);
  const url = wgNoJs.url();
  const fields = await wgNoJs.locator("form").last().evaluate((form: HTMLFormElement) => {
    const data = new FormData(form);
    data.set("body", "Forged words.");
    data.set("changeNote", "forged");
    data.set("intent", "save");
    return Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v)]));
  });
  // …sent with the reviewer's session is refused, and changes nothing…
  expect((await reviewer.request.post(url, { multipart: fields, maxRedirects: 0 })).status()).toBe(403);
  await page.goto(`${REQUIREMENTS}/${ref}`);
  await expect(page.getByRole("article")).toContainText("Untouched words.");
  // …while the same request from the member goes through: the refusal was the permission check.
  expect((await wgNoJs.request.post(url, { multipart: fields, maxRedirects: 0 })).status()).toBe(303);
  await page.reload();
  await expect(page.getByRole("article")).toContainText("Forged words.");
});

test("a requirement linked to SR 4.8.1 shows from the Service Request's side", async ({ page }) => {
  await signIn(page, "wg@example.com");
  const ref = await createRequirement(page, `Profile reads for settlement ${Date.now()}`, "Daily half-hourly profile reads.");
  await page.getByLabel("Link to").selectOption("SERVICE_REQUEST");
  await page.getByLabel("Target").fill("4.8.1");
  await page.getByRole("button", { name: "Add link" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved as version 2.");
  await expect(page.getByRole("link", { name: "SR 4.8.1 Read Active Import Profile Data" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "SR 4.8.1 Read Active Import Profile Data" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Read Active Import Profile Data" }).getByRole("link", { name: ref })).toBeVisible();

  await page.goto(`${REQUIREMENTS}/${ref}`);
  await page.getByLabel("Link to").selectOption("SERVICE_REQUEST");
  await page.getByLabel("Target").fill("9.9.9");
  await page.getByRole("button", { name: "Add link" }).click();
  await expect(page.getByText("There is no Service Request 9.9.9 in this modification's matrix")).toBeVisible();

  await page.getByRole("button", { name: "Remove this link" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved as version 3.");
  await expect(page.getByText("This requirement has no links yet.")).toBeVisible();
});

test("the Working Group edits a Service Request's row as a new version; a reviewer cannot", async ({ page, browser }) => {
  const trt = `${10 + (Date.now() % 80)} seconds (On-Demand)`;
  await signIn(page, "wg2@example.com");
  await page.goto("/modifications/DP162/service-requests");
  await page.getByRole("link", { name: "Edit SR 4.6" }).click();
  // A client-side navigation: axe runs once the new page (its title included) is in place.
  await expect(page).toHaveTitle(/^Edit SR 4\.6\b/);
  await expectAccessible(page);
  await page.getByLabel("Target Response Time").fill(trt);
  await page.getByLabel("What changed and why").fill("Aligned with the DCC's assessment");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved SR 4.6.");
  await expect(page.getByRole("row").filter({ hasText: "Retrieve Daily Read Log" })).toContainText(trt);

  await page.getByRole("link", { name: /history of SR 4\.6/ }).click();
  await expect(page.getByRole("row").filter({ hasText: "Aligned with the DCC's assessment" })).toContainText(trt);
  await expectAccessible(page);

  const reviewer = await pageFor(browser, "ssc@example.com");
  await reviewer.goto("/modifications/DP162/service-requests");
  await expect(reviewer.getByRole("link", { name: /^Edit SR/ })).toHaveCount(0);
  expect((await reviewer.goto("/modifications/DP162/service-requests/4.6/edit"))?.status()).toBe(403);
});

test("requirements are reordered within their area, without JavaScript too", async ({ page, browser }) => {
  await signIn(page, "wg@example.com");
  const ref = await createRequirement(page, `Reorder demo ${Date.now()}`, "Order matters.");
  const noJs = await pageFor(browser, "wg@example.com", { javaScriptEnabled: false });
  await noJs.goto(REQUIREMENTS);
  await noJs.getByRole("link", { name: "Reorder requirements" }).click();
  const area = noJs.getByRole("region", { name: "User Entry Process" });
  // allTextContents does not wait: read the rows only once the reordering page shows the new one.
  await expect(area.getByRole("button", { name: `Move ${ref} up` })).toBeVisible();
  const refs = () => area.locator("tbody tr td:first-child").allTextContents();
  const before = await refs();
  const at = before.indexOf(ref);
  expect(at).toBeGreaterThan(0);
  await area.getByRole("button", { name: `Move ${ref} up` }).click();
  await expect.poll(async () => {
    const after = await refs();
    return after.indexOf(ref) - after.indexOf(before[at - 1]!);
  }).toBe(-1);
});

test("a baseline compared with a later state shows the edit as a redline; search finds the requirement", async ({ page }) => {
  const stamp = Date.now();
  const word = `Zephyrmetering${stamp}`;
  await signIn(page, "wg@example.com");
  const ref = await createRequirement(page, `Baseline redline ${stamp}`, `${word} reads are retried within 30 minutes.`);

  const name = `Before the retry change ${stamp}`;
  await page.goto("/modifications/DP162/baselines");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Freeze baseline" }).click();
  await expect(page.getByRole("status")).toContainText(`Froze ${name}`);

  await edit(page, ref, `${word} reads are retried within 10 minutes.`, "Faster retry");
  await expect(page.getByRole("status")).toHaveText("Saved as version 2.");

  await page.goto("/modifications/DP162/baselines");
  await page.getByRole("link", { name, exact: true }).click();
  await page.getByRole("link", { name: "Compare with the requirements now" }).click();
  const changed = page.getByRole("region", { name: "Changed" }).getByRole("article").filter({ hasText: ref });
  await expect(changed).toContainText("Version 1 → 2");
  await expect(changed.locator("del")).toContainText("30");
  await expect(changed.locator("ins")).toContainText("10");
  await expectAccessible(page);

  await page.getByRole("banner").getByLabel("Search requirements").fill(word);
  await page.getByRole("banner").getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("status")).toHaveText(`1 result for “${word}”`);
  await page.getByRole("link", { name: new RegExp(`^${ref}: Baseline redline`) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${ref}: Baseline redline ${stamp}`);
});

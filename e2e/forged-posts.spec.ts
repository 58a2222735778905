import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { test } from "./support/test";
import { alertWithText, signIn } from "./support/fixtures";

// A browser can change anything a form sends: its hidden fields, and the arguments a page binds to
// a server action (React writes them into the form as "$ACTION_…" fields, in plain text). Without
// JavaScript the form posts exactly what is in the page, so these tests change the page, submit,
// and check that the portal refuses and writes nothing. The same refusals between two
// modifications are tested command by command in lib/cross-modification.test.ts.

const REQUIREMENTS = "/modifications/DP162/requirements";

async function noJsPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(page, "wg@example.com");
  return page;
}

/** A new requirement of our own with one SEC link (version 2), so no other test's data is at stake. */
async function requirementWithALink(page: Page): Promise<string> {
  await page.goto(`${REQUIREMENTS}/new`);
  await page.getByLabel("Area").selectOption({ label: "User Entry Process" });
  await page.getByLabel("Title").fill(`Forgery target ${Date.now()}`);
  await page.getByLabel("Requirement text").fill("Nothing here may change by a forged post.");
  await page.getByRole("button", { name: "Create requirement" }).click();
  await expect(page).toHaveURL(/\/requirements\/BR-\d+\?saved=1$/);
  const ref = /\/(BR-\d+)\?/.exec(page.url())![1]!;
  await page.getByLabel("Link to").selectOption("SEC_SECTION");
  await page.getByLabel("Target").fill("Section H");
  await page.getByRole("button", { name: "Add link" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved as version 2.");
  return ref;
}

/** Rewrites the bound arguments React put in `form` (["DP162", "<requirement id>", …]). */
async function forgeBoundArguments(form: Locator, change: (args: unknown[]) => unknown[]) {
  const field = form.locator('input[type="hidden"][name^="$ACTION_"][name$=":1"]');
  const args = JSON.parse((await field.getAttribute("value"))!) as unknown[];
  const forged = JSON.stringify(change(args));
  await field.evaluate((input: HTMLInputElement, value) => (input.value = value), forged);
}

test("a link of another requirement, put into a remove form, is refused and removes nothing", async ({ browser }) => {
  const page = await noJsPage(browser);
  const ours = await requirementWithALink(page);
  await page.goto(`${REQUIREMENTS}/BR-05`);
  const theirLinks = await page.getByRole("button", { name: "Remove this link" }).count();
  expect(theirLinks).toBeGreaterThan(0);
  const theirLink = await page.locator('input[name="linkId"]').first().getAttribute("value");

  await page.goto(`${REQUIREMENTS}/${ours}`);
  await page.locator('input[name="linkId"]').evaluate((input: HTMLInputElement, value) => (input.value = value), theirLink!);
  await page.getByRole("button", { name: "Remove this link" }).click();
  await expect(page).toHaveURL(new RegExp(`/requirements/${ours}\\?problem=gone&why=`));
  await expect(alertWithText(page, "That link has already been removed.")).toBeVisible();
  await expect(page.getByText(/^Version 2, by/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove this link" })).toHaveCount(1);

  await page.goto(`${REQUIREMENTS}/BR-05`);
  await expect(page.getByRole("button", { name: "Remove this link" })).toHaveCount(theirLinks);
  // The same form, not changed, goes through: the refusal was the forged link's doing.
  await page.goto(`${REQUIREMENTS}/${ours}`);
  await page.getByRole("button", { name: "Remove this link" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved as version 3.");
});

test("changed bound arguments — another modification, or an id that is not one of its requirements — are refused and write nothing", async ({ browser }) => {
  const page = await noJsPage(browser);
  const ours = await requirementWithALink(page);
  const linkId = await page.locator('input[name="linkId"]').getAttribute("value");
  const statusForm = page.locator("form").filter({ has: page.getByRole("heading", { name: "Change status" }) });
  const propose = async () => {
    await statusForm.getByLabel("New status").selectOption("PROPOSED");
    await statusForm.getByLabel("Reason, or the meeting that decided it").fill("Forged");
    await statusForm.getByRole("button", { name: "Change status" }).click();
  };

  await forgeBoundArguments(statusForm, ([, requirementId, ...rest]) => ["DP999", requirementId, ...rest]);
  await propose();
  await expect(alertWithText(page, "There is no modification DP999.")).toBeVisible();

  await page.goto(`${REQUIREMENTS}/${ours}`);
  await forgeBoundArguments(statusForm, ([ref, , ...rest]) => [ref, linkId, ...rest]);
  await propose();
  await expect(alertWithText(page, "There is no such requirement in this modification")).toBeVisible();

  await page.goto(`${REQUIREMENTS}/${ours}`);
  await expect(page.getByText(/^Version 2, by/)).toBeVisible();
  // The same form, not changed, goes through: the refusals were the forgeries' doing.
  await propose();
  await expect(page.getByRole("status")).toHaveText("Saved as version 3.");
});

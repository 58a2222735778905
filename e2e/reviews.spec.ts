import { expect, type Browser, type Page } from "@playwright/test";
import { test } from "./support/test";
import { alertWithText, expectAccessible, signIn } from "./support/fixtures";

// Review rounds: SECAS plans a round with its questions and opens it; a reviewer reads it; party
// respondents and visitors see no review material. The form works with and without JavaScript
// (axe needs JavaScript: the pages are scanned in the first test, error state included).

const REVIEWS = "/modifications/DP162/reviews";
const DAY = 86_400_000;
/** A date some days from now, as a date field takes it. */
const dayFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

async function pageFor(browser: Browser, email: string, options = {}) {
  const page = await (await browser.newContext(options)).newPage();
  await signIn(page, email);
  return page;
}

async function fillRound(page: Page, title: string, { closesDate = dayFromNow(15) } = {}) {
  await page.getByLabel("Committee").selectOption({ label: "TABASC" });
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Introduction (optional)").fill("Please look at the **MDR** Service Requests.");
  await page.getByLabel("Questions (optional)").fill("Are the Target Response Times achievable?\nWhat testing does the role need?");
  await page.getByLabel("Opens on").fill(dayFromNow(1));
  await page.getByLabel("Opens at").fill("09:00");
  await page.getByLabel("Closes on").fill(closesDate);
  await page.getByLabel("Closes at").fill("17:00");
}

test("SECAS creates a round with two questions and opens it; a reviewer reads it; a party respondent is refused", async ({ page, browser }) => {
  const planned = `TABASC round ${Date.now()}`;
  const title = `${planned} (edited)`;
  await signIn(page, "secas@example.com");
  await page.goto("/modifications/DP162");
  await page.getByRole("navigation", { name: "Modification sections" }).getByRole("link", { name: "Reviews" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("MP162 reviews");
  await expect(page.getByRole("row").filter({ hasText: "OPSG initial feedback on DP162" })).toContainText("Closed");
  await expectAccessible(page);

  await page.getByRole("link", { name: "New review round" }).click();
  await expect(page).toHaveTitle(/^New review round ·/);
  await expectAccessible(page);
  // Sent empty: a message for each field to fix, and the page stays accessible.
  await page.getByRole("button", { name: "Create round" }).click();
  await expect(alertWithText(page, "Please correct the highlighted fields.")).toBeVisible();
  await expect(page.getByText("Enter a title")).toBeVisible();
  await expect(page.getByText("Give the date and time the round opens (London time)")).toBeVisible();
  await expectAccessible(page);
  await fillRound(page, planned);
  await page.getByRole("button", { name: "Create round" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(planned);
  await expect(page.getByRole("status")).toHaveText("Round created. It stays planned until you open it.");
  await expect(page.getByText("Question 1: Are the Target Response Times achievable?")).toBeVisible();
  await expect(page.getByText("Question 2: What testing does the role need?")).toBeVisible();
  await expect(page.getByRole("region", { name: "Introduction" }).locator("strong")).toHaveText("MDR");
  await expect(page.getByText(/Planned to open in/)).toBeVisible();
  await expectAccessible(page);

  // While planned, it can be edited: the form starts from the round as saved.
  await page.getByRole("link", { name: "Edit round" }).click();
  await expect(page.getByLabel("Questions (optional)")).toHaveValue("Are the Target Response Times achievable?\nWhat testing does the role need?");
  await expect(page.getByLabel("Opens at")).toHaveValue("09:00");
  await expectAccessible(page);
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Changes saved.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  await page.getByRole("button", { name: "Open this round" }).click();
  await expect(page.getByRole("status")).toHaveText("The round is open: reviewers can comment until it closes.");
  await expect(page.getByText(/Closes in 1[45] days/)).toBeVisible();
  // Its scope was frozen as it opened: the requirements with their thread counts.
  const scope = page.getByRole("region", { name: "Requirements in scope" });
  await expect(scope.getByRole("row").filter({ hasText: "BR-01" })).toContainText("0");
  await expect(scope.getByRole("link", { name: `Scope of ${title}` })).toBeVisible();
  await expectAccessible(page);
  const roundUrl = new URL(page.url()).pathname;

  // A reviewer sees it in the list and reads it, with no controls.
  const reviewer = await pageFor(browser, "tabasc@example.com");
  await reviewer.goto(REVIEWS);
  await expect(reviewer.getByRole("link", { name: "New review round" })).toHaveCount(0);
  await reviewer.getByRole("link", { name: title }).click();
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reviewer.getByRole("region", { name: "Progress" })).toContainText("0 threads in this round");
  await expect(reviewer.getByRole("button", { name: /this round/ })).toHaveCount(0);
  expect((await reviewer.goto(`${roundUrl}/edit`))?.status()).toBe(403);
  expect((await reviewer.goto(`${REVIEWS}/new`))?.status()).toBe(403);

  // A party respondent sees no review material: no tab, no section, 403 at the addresses.
  const party = await pageFor(browser, "party@example.com");
  await party.goto("/modifications/DP162");
  await expect(party.getByRole("navigation", { name: "Modification sections" }).getByRole("link", { name: "Reviews" })).toHaveCount(0);
  await expect(party.getByRole("heading", { name: "Sub-committee reviews" })).toHaveCount(0);
  expect((await party.goto(REVIEWS))?.status()).toBe(403);
  expect((await party.goto(roundUrl))?.status()).toBe(403);

  // A visitor is sent to sign in.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(roundUrl);
  await expect(visitor).toHaveURL(/\/signin\?callbackUrl=/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the new round form refuses a window that closes before it opens, keeps the text, then creates the round", async ({ page }) => {
    const title = `No-script round ${Date.now()}`;
    await signIn(page, "secas@example.com");
    await page.goto(`${REVIEWS}/new`);
    await fillRound(page, title, { closesDate: dayFromNow(0) });
    await page.getByRole("button", { name: "Create round" }).click();
    await expect(alertWithText(page, "Please correct the highlighted fields.")).toBeVisible();
    await expect(page.getByText("The round must close after it opens")).toBeVisible();
    await expect(page.getByLabel("Closes on")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Title")).toHaveValue(title);
    await expect(page.getByLabel("Questions (optional)")).toHaveValue("Are the Target Response Times achievable?\nWhat testing does the role need?");

    await page.getByLabel("Closes on").fill(dayFromNow(15));
    await page.getByRole("button", { name: "Create round" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText("Question 2: What testing does the role need?")).toBeVisible();
    await expect(page.getByText("The requirements as they stand will be frozen as this round's scope when it opens.")).toBeVisible();
  });
});

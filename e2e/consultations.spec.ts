import { expect, type Browser, type Page } from "@playwright/test";
import { test } from "./support/test";
import { alertWithText, expectAccessible, signIn } from "./support/fixtures";

// Consultations: SECAS plans one with a question of each kind and opens it; it is listed with the
// working days left; a party respondent reads it with a Respond link; a visitor is sent to sign in.
// The form works with and without JavaScript (axe needs JavaScript: the pages are scanned in the
// first test, the error state included).

const CONSULTATIONS = "/modifications/DP162/consultations";
const DAY = 86_400_000;
/** A date some days from now, as a date field takes it. */
const dayFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

const QUESTIONS = [
  ["Agree / disagree / neutral, with a rationale", "Do you agree with the proposed solution?"],
  ["Yes / no, with a rationale", "Would your organisation use the MDR User Role?"],
  ["Free text", "Is there anything else the Working Group should consider?"],
  ["Support / oppose / neutral for each requirement", "Do you support each business requirement?"],
  ["Your organisation's impact: cost, lead time, level", "What would implementing the modification cost your organisation?"],
] as const;

async function pageFor(browser: Browser, email: string, options = {}) {
  const page = await (await browser.newContext(options)).newPage();
  await signIn(page, email);
  return page;
}

async function fillConsultation(page: Page, title: string, { closesDate = dayFromNow(22), questions = QUESTIONS.length as number } = {}) {
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Refinement Consultation" });
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Introduction (optional)").fill("We seek views on the **MDR** solution.");
  for (const [n, [kind, text]] of QUESTIONS.slice(0, questions).entries()) {
    await page.getByLabel(`Question ${n + 1}: kind of answer`).selectOption({ label: kind });
    await page.getByLabel(`Question ${n + 1}: text`).fill(text);
  }
  await page.getByLabel("Opens on").fill(dayFromNow(1));
  await page.getByLabel("Opens at").fill("09:00");
  await page.getByLabel("Closes on").fill(closesDate);
  await page.getByLabel("Closes at").fill("17:00");
}

test("SECAS creates a consultation with a question of each kind and opens it; it is listed with working days left; a party respondent may respond", async ({ page, browser }) => {
  const planned = `Refinement Consultation ${Date.now()}`;
  const title = `${planned} (edited)`;
  await signIn(page, "secas@example.com");
  await page.goto("/modifications/DP162");
  await page.getByRole("navigation", { name: "Modification sections" }).getByRole("link", { name: "Consultations" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("MP162 consultations");
  await expectAccessible(page);

  await page.getByRole("link", { name: "New consultation" }).click();
  await expect(page).toHaveTitle(/^New consultation ·/);
  await expectAccessible(page);
  // Sent empty: a message for each field to fix, and the page stays accessible.
  await page.getByRole("button", { name: "Create consultation" }).click();
  await expect(alertWithText(page, "Please correct the highlighted fields.")).toBeVisible();
  await expect(page.getByText("Enter a title")).toBeVisible();
  await expect(page.getByText("Ask at least one question")).toBeVisible();
  await expectAccessible(page);
  await fillConsultation(page, planned);
  await page.getByRole("button", { name: "Create consultation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(planned);
  await expect(page.getByRole("status")).toHaveText("Consultation created. It stays planned until you open it.");
  for (const [n, [kind, text]] of QUESTIONS.entries()) {
    const question = page.getByRole("listitem").filter({ hasText: `Question ${n + 1}: ${text}` });
    await expect(question).toContainText(`Answer: ${kind}`);
  }
  await expect(page.getByRole("region", { name: "Introduction" }).locator("strong")).toHaveText("MDR");
  await expect(page.getByText(/Planned to open on/)).toBeVisible();
  await expectAccessible(page);

  // While planned, anything can change: the form starts from the consultation as saved.
  await page.getByRole("link", { name: "Edit consultation" }).click();
  await expect(page.getByLabel("Question 4: text")).toHaveValue(QUESTIONS[3][1]);
  await expect(page.getByLabel("Opens at")).toHaveValue("09:00");
  await expectAccessible(page);
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Changes saved.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  await page.getByRole("button", { name: "Open this consultation" }).click();
  await expect(page.getByRole("status")).toHaveText("The consultation is open: parties can respond until it closes.");
  await expect(page.getByText(/^\d+ working days? left$/)).toBeVisible();
  const requirements = page.getByRole("region", { name: "Requirements consulted on" });
  await expect(requirements.getByRole("row").filter({ hasText: "BR-01" })).toBeVisible();
  await expect(requirements.getByRole("link", { name: `Consulted on in ${title}` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Responses" })).toBeVisible();
  await expectAccessible(page);
  const url = new URL(page.url()).pathname;

  // Once open, the questions are shown but not offered for editing.
  await page.getByRole("link", { name: "Edit consultation" }).click();
  await expect(page.getByText("The consultation is open: its questions cannot change.")).toBeVisible();
  await expect(page.getByLabel("Question 1: text")).toHaveCount(0);
  await expectAccessible(page);

  await page.goto(CONSULTATIONS);
  await expect(page.getByRole("row").filter({ hasText: title })).toContainText(/Open.*\d+ working days? left/);

  // A party respondent reads it, with the Respond link and no controls.
  const party = await pageFor(browser, "party@example.com");
  await party.goto(CONSULTATIONS);
  await expect(party.getByRole("link", { name: "New consultation" })).toHaveCount(0);
  await party.getByRole("link", { name: title }).click();
  await expect(party.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(party.getByRole("link", { name: "Respond" })).toHaveAttribute("href", `${url}/respond`);
  await expect(party.getByRole("link", { name: "Responses" })).toHaveCount(0);
  await expect(party.getByRole("button", { name: /this consultation/ })).toHaveCount(0);
  expect((await party.goto(`${url}/edit`))?.status()).toBe(403);
  expect((await party.goto(`${CONSULTATIONS}/new`))?.status()).toBe(403);

  // A visitor sees the list (published ones only) and is sent to sign in for this one.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(CONSULTATIONS);
  await expect(visitor.getByRole("link", { name: title })).toHaveCount(0);
  await visitor.goto(url);
  await expect(visitor).toHaveURL(/\/signin\?callbackUrl=/);

  // SECAS closes it early: an open consultation on DP162 would also hold up publishing its report.
  await page.goto(url);
  await page.getByRole("button", { name: "Close this consultation now" }).click();
  await expect(page.getByRole("status")).toHaveText("The consultation is closed.");
  await expect(page.getByRole("button", { name: "Close this consultation now" })).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the new consultation form refuses a window that closes before it opens, keeps the text, then creates it", async ({ page }) => {
    const title = `No-script consultation ${Date.now()}`;
    await signIn(page, "secas@example.com");
    await page.goto(`${CONSULTATIONS}/new`);
    await fillConsultation(page, title, { closesDate: dayFromNow(0), questions: 2 });
    await page.getByRole("button", { name: "Create consultation" }).click();
    await expect(alertWithText(page, "Please correct the highlighted fields.")).toBeVisible();
    await expect(page.getByText("The consultation must close after it opens")).toBeVisible();
    await expect(page.getByLabel("Closes on")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Title")).toHaveValue(title);
    await expect(page.getByLabel("Question 2: text")).toHaveValue(QUESTIONS[1][1]);

    await page.getByLabel("Closes on").fill(dayFromNow(22));
    await page.getByRole("button", { name: "Create consultation" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText(`Question 2: ${QUESTIONS[1][1]}`)).toBeVisible();
    await expect(page.getByText("The requirements as they stand will be frozen as this consultation's baseline when it opens.")).toBeVisible();
  });
});

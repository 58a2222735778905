import { expect as baseExpect, type Browser, type Page } from "@playwright/test";
import { test } from "./support/test";
import { createConsultation, type TestConsultation } from "@/test/support/consultations";
import { createLargeModification } from "@/test/support/large-modification";
import { alertWithText, DEMO_PASSWORD, expectAccessible } from "./support/fixtures";
import { e2eDatabase } from "./support/e2e-database";

// Each test puts an open consultation (a baseline of the first requirements, one question of each
// kind) straight into the e2e database, on a modification of its own: an open consultation on DP162
// would hold up the specs that publish DP162's report (a cited consultation still open blocks it).

// Sign-in, several saves and axe scans of a long form on a machine shared with other builds.
const expect = baseExpect.configure({ timeout: 20_000 });

type OwnConsultation = TestConsultation & { ref: string };
const respondPage = (c: OwnConsultation) => `/modifications/${c.ref}/consultations/${c.id}/respond`;
const question = (page: Page, n: number) => page.getByRole("region", { name: `Question ${n}` });

async function ownConsultation(requirements = 3, size = requirements): Promise<OwnConsultation> {
  const m = await createLargeModification(e2eDatabase(), { number: 10_000 + Math.floor(Math.random() * 80_000), requirements: size, versionsPerRequirement: 1, comments: 0 });
  return { ...(await createConsultation(m.id, { requirements }, e2eDatabase())), ref: m.draftRef };
}

/** As fixtures' signIn, waiting longer for the password check (Argon2) on a loaded machine. */
async function signIn(page: Page, email: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Signed in as")).toBeVisible({ timeout: 30_000 });
}

async function signedInPage(browser: Browser, email: string, options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}) {
  const page = await (await browser.newContext(options)).newPage();
  await signIn(page, email);
  return page;
}

/** Answers every question on the page: agree, no, free text, support each requirement, the party's impact. */
async function answerEverything(page: Page, c: TestConsultation) {
  await question(page, 1).getByLabel("Agree", { exact: true }).check();
  await question(page, 1).getByLabel("Your reasons").fill("We agree: the MDR role is needed.");
  await question(page, 2).getByLabel("No", { exact: true }).check();
  await question(page, 3).getByLabel("Your answer", { exact: true }).fill("Go-live in 2027 suits us.");
  for (const r of c.requirementVersions) await page.getByRole("group", { name: `Position on ${r.ref}` }).getByLabel("Support").check();
  await question(page, 5).getByRole("group", { name: "Cost to your organisation" }).getByLabel("£10,000 to £100,000").check();
  await question(page, 5).getByRole("group", { name: "Impact level" }).getByLabel("Medium").check();
  await question(page, 5).getByLabel("Comments on your impact").fill("Changes to our MDR interfaces.");
}

for (const javaScriptEnabled of [true, false]) {
  test(`a party respondent answers every kind of question, is told what is wrong, and submits (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser }) => {
    const c = await ownConsultation();
    const page = await signedInPage(browser, "party@example.com", { javaScriptEnabled });
    await page.goto(respondPage(c));
    await expect(page.getByRole("heading", { level: 1, name: "Your organisation's response" })).toBeVisible();
    await expect(page.getByText("Brightwater Energy (Large Supplier)")).toBeVisible();
    // axe runs in the page: only where JavaScript runs (the same page is scanned in the run with it).
    if (javaScriptEnabled) await expectAccessible(page);

    await answerEverything(page, c);
    await question(page, 3).getByLabel(/Keep my answer to question 3 confidential/).check();
    // A lead time that is not a number, and a comment with a hidden direction mark: refused, everything typed kept.
    await question(page, 5).getByLabel("Lead time (weeks)").fill("twelve");
    const comment = page.getByLabel(`Comment on ${c.requirementVersions[0]!.ref}`, { exact: true });
    await comment.fill("Fine \u202Eby us");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(alertWithText(page, "Please correct the highlighted answers. Nothing was saved.")).toBeVisible();
    await expect(question(page, 5).getByText("Give the lead time as a whole number of weeks")).toBeVisible();
    // the message is announced with the box it is about, as with every other field
    await expect(comment).toHaveAttribute("aria-invalid", "true");
    await expect(comment).toHaveAccessibleDescription(/Remove the invisible text-direction characters/);
    await expect(question(page, 3).getByLabel("Your answer", { exact: true })).toHaveValue("Go-live in 2027 suits us.");
    await expect(question(page, 1).getByLabel("Agree", { exact: true })).toBeChecked();
    await expect(question(page, 3).getByLabel(/Keep my answer to question 3 confidential/)).toBeChecked();

    await question(page, 5).getByLabel("Lead time (weeks)").fill("26");
    await comment.fill("Fine by us");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Draft saved.")).toBeVisible();
    await expect(page.getByText(/Version 1, last saved by Priya Shah/)).toBeVisible();
    await expect(question(page, 5).getByLabel("Lead time (weeks)")).toHaveValue("26");

    await page.getByRole("button", { name: "Submit response" }).click();
    await expect(page.getByText("Response submitted.")).toBeVisible();
    await expect(page.getByText("Submitted", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Submit response" })).toHaveCount(0);
    if (javaScriptEnabled) await expectAccessible(page);

    // Withdrawn, then submitted again.
    await page.getByRole("button", { name: "Withdraw response" }).click();
    await expect(page.getByText("Response withdrawn.")).toBeVisible();
    await page.getByRole("button", { name: "Submit response" }).click();
    await expect(page.getByText("Response submitted.")).toBeVisible();

    const stored = await e2eDatabase().response.findFirstOrThrow({ where: { consultationId: c.id }, include: { answers: true, requirementAnswers: true } });
    expect(stored).toMatchObject({ status: "SUBMITTED", category: "LARGE_SUPPLIER", version: 4 });
    expect(stored.answers.find((a) => a.rationale === "Go-live in 2027 suits us.")?.confidential).toBe(true);
    expect(stored.requirementAnswers).toHaveLength(c.requirementVersions.length);
  });
}

test("submitting with questions unanswered names them and keeps the answers given", async ({ page }) => {
  const c = await ownConsultation();
  await signIn(page, "party@example.com");
  await page.goto(respondPage(c));
  await question(page, 3).getByLabel("Your answer", { exact: true }).fill("Only this one.");
  await page.getByRole("button", { name: "Submit response" }).click();
  await expect(alertWithText(page, /Still to answer: question 1; question 2; question 4 \(BR-01, BR-02, BR-03\); question 5/)).toBeVisible();
  await expect(question(page, 3).getByLabel("Your answer", { exact: true })).toHaveValue("Only this one.");
  expect(await e2eDatabase().response.count({ where: { consultationId: c.id } })).toBe(0);
});

test("the questionnaire with 50 requirements fits a phone's width", async ({ browser }) => {
  const c = await ownConsultation(50);
  expect(c.requirementVersions).toHaveLength(50);
  const page = await signedInPage(browser, "party@example.com", { viewport: { width: 390, height: 844 } });
  await page.goto(respondPage(c));
  await expect(page.getByRole("group", { name: `Position on ${c.requirementVersions[49]!.ref}` })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "the page scrolls sideways on a phone").toBeLessThanOrEqual(0);
  await page.getByRole("group", { name: `Position on ${c.requirementVersions[49]!.ref}` }).getByLabel("Oppose").check();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  await expectAccessible(page);
});

test("SECAS enters a response received by email on an organisation's behalf", async ({ page }) => {
  const c = await ownConsultation(1);
  const kestrel = await e2eDatabase().organisation.findUniqueOrThrow({ where: { name: "Kestrel Power" }, select: { id: true } });
  await signIn(page, "secas@example.com");
  await page.goto(respondPage(c));
  await page.getByLabel("On behalf of").selectOption({ label: "Kestrel Power" });
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Enter Kestrel Power's response" })).toBeVisible();
  await expectAccessible(page);
  await question(page, 1).getByLabel("Disagree").check();
  await question(page, 1).getByLabel("Your reasons").fill("As emailed on Monday.");
  await page.getByRole("button", { name: "Enter this response" }).click();
  await expect(page.getByText("Response entered on the organisation's behalf.")).toBeVisible();
  await expect(page.getByText(/entered by .* \(SECAS\) from an emailed response/)).toBeVisible();
  const stored = await e2eDatabase().response.findFirstOrThrow({ where: { consultationId: c.id, organisationId: kestrel.id } });
  expect(stored).toMatchObject({ status: "SUBMITTED", category: "SMALL_SUPPLIER", late: false });
  expect(stored.enteredById).not.toBeNull();
});

test("when a colleague saved first, the conflict is explained, the text typed is kept, and saving again puts it on top", async ({ browser }) => {
  const c = await ownConsultation(1);
  const mine = await signedInPage(browser, "party@example.com");
  const theirs = await signedInPage(browser, "party@example.com");
  await mine.goto(respondPage(c));
  await theirs.goto(respondPage(c));
  await question(theirs, 3).getByLabel("Your answer", { exact: true }).fill("Their words.");
  await theirs.getByRole("button", { name: "Save draft" }).click();
  await expect(theirs.getByText("Draft saved.")).toBeVisible();

  await question(mine, 3).getByLabel("Your answer", { exact: true }).fill("My words.");
  await mine.getByRole("button", { name: "Save draft" }).click();
  await expect(alertWithText(mine, /Priya Shah saved version 1 of Brightwater Energy's response .* Nothing of yours was lost or saved/)).toBeVisible();
  await expect(question(mine, 3).getByLabel("Your answer", { exact: true })).toHaveValue("My words.");
  await mine.getByRole("button", { name: "Save draft" }).click();
  await expect(mine.getByText("Draft saved.")).toBeVisible();
  await expect(question(mine, 3).getByLabel("Your answer", { exact: true })).toHaveValue("My words.");
  await expect(mine.getByText(/Version 2, last saved by Priya Shah/)).toBeVisible();
});

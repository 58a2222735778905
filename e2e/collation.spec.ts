import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { test } from "./support/test";
import { createModificationWithReportV1, insertRequirement, withDatabase } from "./support/database";
import { expectAccessible, signIn } from "./support/fixtures";

// DP162's seeded Refinement Consultation (published, illustrative) has a confidential response from
// Harbour Lane Energy and a confidential answer from Meterwise: their words and Harbour Lane's name
// reach SECAS's collation page and nothing else — no other role, no visitor, no download.
const SECRETS = ["Harbour Lane Energy", "Illustrative confidential", "build and accreditation costs"];
const ROLES = { secas: "secas@example.com", wg: "wg@example.com", reviewer: "opsg@example.com", dcc: "dcc@example.com", party: "party@example.com" } as const;

/** The published collation's address, found as a visitor finds it: from the modification's documents. */
async function publishedPath(page: Page): Promise<string> {
  await page.goto("/modifications/DP162");
  const href = await page.getByRole("link", { name: "DP162 Refinement Consultation: collated responses" }).getAttribute("href");
  expect(href).toMatch(/\/modifications\/DP162\/consultations\/[^/]+\/published$/);
  return href!;
}

async function expectNoSecrets(text: string, where: string) {
  for (const secret of SECRETS) expect(text.includes(secret), `${secret} on ${where}`).toBe(false);
}

async function downloads(request: APIRequestContext, published: string) {
  for (const format of ["csv", "xlsx", "docx"]) {
    const response = await request.get(`${published}/export?format=${format}`);
    expect(response.status(), format).toBe(200);
    expect(response.headers()["content-disposition"]).toContain(`collated-consultation-responses.${format}`);
    if (format === "csv") await expectNoSecrets(await response.text(), `the ${format} download`);
  }
}

test("a visitor reads the published collation: counts, charts, summaries, the confidential response only as a count", async ({ page }) => {
  const published = await publishedPath(page);
  await page.goto(published);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Collated consultation responses: DP162 Refinement Consultation");
  await expect(page.getByText("Illustrative content.")).toBeVisible();
  await expect(page.getByText(/8 responses received, of which 1 confidential response \(counted, not shown\) and 1 late/)).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Consumer Voice" })).toContainText("Consumer Voice (late: received 3 Jun 2022, 17:00)");
  await expect(page.getByRole("listitem").filter({ hasText: "consumers' consent and privacy" })).toContainText("Late: received 3 Jun 2022, 17:00");
  await expect(page.getByRole("img", { name: /Bar chart of the answers to question 1/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Question 1: answers by Party Category" })).toBeVisible();
  await expect(page.getByText(/Most respondents agreed with a new User Role/)).toBeVisible();
  await expectNoSecrets(await page.content(), "the published page");
  await expectAccessible(page);

  await page.getByLabel("Position").selectOption("DISAGREE");
  await page.getByRole("button", { name: "Show answers" }).click();
  await expect(page.getByText(/0 answers; also 1 confidential answer, not shown/)).toBeVisible();

  // A question at a time: question 3's page holds its heat table and its answers, not question 1's chart.
  await page.getByRole("navigation", { name: "Questions" }).getByRole("link", { name: /^Question 3:/ }).click();
  await expect(page.getByRole("table", { name: /^Question 3: support for each requirement by Party Category/ })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Questions" }).locator("[aria-current=page]")).toHaveText(/^Question 3:/);
  await expect(page.getByRole("heading", { name: "Answers to question 3" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Bar chart of the answers to question 1/ })).toHaveCount(0);
  await expectNoSecrets(await page.content(), "question 3 of the published page");
  await expectAccessible(page);
  await downloads(page.request, published);
});

test("a visitor is sent to sign in for the collation page", async ({ page }) => {
  const published = await publishedPath(page);
  await page.goto(published.replace(/published$/, "responses"));
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
});

// The collation page: SECAS reads the confidential response marked; the Working Group reads counts; others may not.
for (const [role, email] of Object.entries(ROLES)) {
  test(`as ${role}: the published page and downloads hold no secret; the collation page as the role allows`, async ({ page }) => {
    const published = await publishedPath(page);
    const collation = published.replace(/published$/, "responses");
    await signIn(page, email);
    await page.goto(published);
    await expectNoSecrets(await page.content(), `the published page as ${role}`);
    await downloads(page.request, published);
    const response = await page.goto(collation);
    if (role === "secas") {
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Collated responses: DP162 Refinement Consultation");
      await expect(page.getByRole("region", { name: "Responses received" })).toContainText("Harbour Lane Energy (confidential: SECAS only)");
      await page.getByLabel("Position").selectOption("DISAGREE");
      await page.getByRole("button", { name: "Show answers" }).click();
      await expect(page.getByRole("list", { name: "Answers to question 1" })).toContainText("Illustrative confidential response");
      // Published: themes and summaries are the record now, so no forms.
      await expect(page.getByRole("button", { name: "Save summary" })).toHaveCount(0);
      await expectAccessible(page);
    } else if (role === "wg") {
      await expect(page.getByText("Confidential responses and answers appear here as counts only.")).toBeVisible();
      await expectNoSecrets(await page.content(), "the collation page as the Working Group");
      // A heat-table cell, on question 3's page, lists the answers behind it.
      await page.getByRole("navigation", { name: "Questions" }).getByRole("link", { name: /^Question 3:/ }).click();
      await expect(page.getByRole("navigation", { name: "Questions" }).locator("[aria-current=page]")).toHaveText(/^Question 3:/);
      await expectNoSecrets(await page.content(), "question 3 of the collation page as the Working Group");
      await page.getByRole("table", { name: /support for each requirement/ }).getByRole("link").first().click();
      await expect(page.locator("#cell")).toBeVisible();
      await expectNoSecrets(await page.content(), "a heat-table cell as the Working Group");
      await expectAccessible(page);
    } else {
      expect(response?.status(), role).toBe(403);
    }
  });
}

// The collation's data is cached (lib/cache/collation-pages.ts), once per kind of reader: what SECAS
// was shown, confidential answers included, is never what the Working Group is given next.
test("the Working Group, reading the collation just after SECAS, is given no confidential answer", async ({ page: secas, browser }) => {
  const collation = (await publishedPath(secas)).replace(/published$/, "responses");
  const disagreeing = `${collation}?question=1&position=DISAGREE#answers`;
  await signIn(secas, ROLES.secas);
  for (const address of [collation, disagreeing]) {
    await secas.goto(address);
    await expect(secas.getByRole("region", { name: "Responses received" })).toContainText("Harbour Lane Energy (confidential: SECAS only)");
  }
  await expect(secas.getByRole("list", { name: "Answers to question 1" })).toContainText("Illustrative confidential response");

  const context = await browser.newContext();
  const wg = await context.newPage();
  await signIn(wg, ROLES.wg);
  for (const address of [collation, disagreeing]) {
    await wg.goto(address);
    await expect(wg.getByText("Confidential responses and answers appear here as counts only.")).toBeVisible();
    await expectNoSecrets(await wg.content(), `${address} as the Working Group, after SECAS`);
  }
  await context.close();
});

// Reading a consultation closes it once its window has passed; a cached collation read before the
// close still says open, so it is read afresh (and the window closed) rather than shown. The close
// is a change the system made while a page was read: once that page is sent, the modification's
// cached data is expired, as an audited command's change expires it. DP985 is this test's own
// modification, its consultation written in place once SECAS has signed in, open for 15 more seconds
// (enough for the steps before the wait on a busy machine).
test("a collation cached while its consultation was open shows it closed once the window has passed, and the close expires the modification's cached data", async ({ page }) => {
  const { id, ref } = await createModificationWithReportV1(985, "Collation window test modification");
  const { requirementId } = await insertRequirement(id, "Window test requirement");
  await signIn(page, ROLES.secas);
  const closesAt = await withDatabase(async (c) => {
    const { rows: [row] } = await c.query<{ closesAt: Date }>(
      `INSERT INTO "Consultation" (id, "modificationId", kind, title, status, "opensAt", "closesAt", "openedAt", "updatedAt")
       VALUES ('e2e-consultation-985', $1, 'REFINEMENT', 'A consultation about to close', 'OPEN', now() - interval '1 day', now() + interval '15 seconds', now() - interval '1 day', now())
       RETURNING "closesAt"`,
      [id],
    );
    return row!.closesAt;
  });
  const collation = `/modifications/${ref}/consultations/e2e-consultation-985/responses`;
  await page.goto(collation);
  await expect(page.getByText("This consultation has not closed yet")).toBeVisible();
  // The requirements list comes from the data cache: a title changed behind the portal's back is not read again.
  const list = `/modifications/${ref}/requirements`;
  await page.goto(list);
  await expect(page.getByRole("cell", { name: "Window test requirement", exact: true })).toBeVisible();
  await withDatabase((c) => c.query(`UPDATE "Requirement" SET title = 'Window test requirement, retitled' WHERE id = $1`, [requirementId]));
  await page.goto(list);
  await expect(page.getByRole("cell", { name: "Window test requirement", exact: true })).toBeVisible();

  await page.waitForTimeout(Math.max(0, closesAt.getTime() - Date.now()) + 500);
  await page.goto(collation);
  await expect(page.getByText("This consultation has not closed yet")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Mark as collated" })).toBeVisible();
  // Expired once the collation page was sent (within moments; otherwise only after 60 s).
  await expect(async () => {
    await page.goto(list);
    await expect(page.getByRole("cell", { name: "Window test requirement, retitled", exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
});

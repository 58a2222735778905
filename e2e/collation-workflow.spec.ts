import { expect as baseExpect, type Page } from "@playwright/test";
import { test } from "./support/test";
import type { PartyCategory, Position } from "@/lib/generated/prisma/enums";
import { createConsultation, type TestConsultation } from "@/test/support/consultations";
import { createLargeModification } from "@/test/support/large-modification";
import { e2eDatabase } from "./support/e2e-database";
import { expectAccessible, signIn } from "./support/fixtures";

// SECAS's part of a consultation, through the pages: a closed consultation of a modification of this
// spec's own (three submitted responses, one confidential, written straight into the e2e database:
// answering is consultation-responses.spec.ts's subject) is read in the heat table, an answer is
// tagged with themes, question 1 summarised, the responses collated and published; a visitor then
// reads the published collation with the themes and the summary, the confidential response as a
// count only.

const expect = baseExpect.configure({ timeout: 20_000 });
const DAY = 86_400_000;

type Respondent = { organisation: string; category: PartyCategory; position: Position; rationale: string; confidential?: boolean };

async function closedConsultationWithResponses(respondents: Respondent[], requirements = 2) {
  const client = e2eDatabase();
  const m = await createLargeModification(client, { number: 10_000 + Math.floor(Math.random() * 80_000), requirements, versionsPerRequirement: 1, comments: 0 });
  const c = await createConsultation(m.id, { status: "CLOSED", opensAt: new Date(Date.now() - 15 * DAY), closesAt: new Date(Date.now() - DAY) }, client);
  const respondentId = (await client.user.findUniqueOrThrow({ where: { email: "party@example.com" }, select: { id: true } })).id;
  for (const r of respondents) {
    const organisation = await client.organisation.create({ data: { name: r.organisation, kind: "SEC_PARTY", partyCategory: r.category }, select: { id: true } });
    const response = await client.response.create({
      data: { consultationId: c.id, organisationId: organisation.id, category: r.category, respondentId, status: "SUBMITTED", confidential: r.confidential ?? false, submittedAt: new Date(Date.now() - 2 * DAY) },
      select: { id: true },
    });
    const answer = { responseId: response.id, consultationId: c.id };
    await client.answer.create({ data: { ...answer, questionId: c.q.AGREE_DISAGREE, position: r.position, rationale: r.rationale } });
    await client.requirementAnswer.createMany({
      data: c.requirementVersions.map((v) => ({ ...answer, questionId: c.q.PER_REQUIREMENT, requirementVersionId: v.requirementVersionId, position: r.position === "AGREE" ? "SUPPORT" : "OPPOSE" })),
    });
  }
  return { ref: m.draftRef, consultation: c };
}

const collationPath = (ref: string, c: TestConsultation) => `/modifications/${ref}/consultations/${c.id}/responses`;
const status = (page: Page) => page.getByRole("status");

test("SECAS reads the heat table, tags themes, writes a summary, collates and publishes; a visitor reads the published collation", async ({ page, browser }) => {
  const unique = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const secret = `Confidential words ${unique}`;
  const { ref, consultation } = await closedConsultationWithResponses([
    { organisation: `Northgate Supply ${unique}`, category: "LARGE_SUPPLIER", position: "AGREE", rationale: `Agreed: settlement data is needed half-hourly ${unique}.` },
    { organisation: `Fenwick Power ${unique}`, category: "SMALL_SUPPLIER", position: "DISAGREE", rationale: "The lead time is too short for small suppliers." },
    { organisation: `Hidden Party ${unique}`, category: "LARGE_SUPPLIER", position: "AGREE", rationale: secret, confidential: true },
  ]);
  const collation = collationPath(ref, consultation);

  await signIn(page, "secas@example.com");
  await page.goto(collation);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Collated responses: ${consultation.title}`);
  await expect(page.getByText(/^3 responses received/)).toBeVisible();
  // SECAS reads the confidential response, marked as such.
  await expect(page.getByRole("region", { name: "Responses received" })).toContainText(`Hidden Party ${unique} (confidential: SECAS only)`);
  await expectAccessible(page);

  // The heat table, on question 4's page: both Large Suppliers supported each requirement; its cell leads to their answers.
  await page.getByRole("navigation", { name: "Questions" }).getByRole("link", { name: /^Question 4:/ }).click();
  await expect(page.getByRole("region", { name: /^Question 1:/ })).toHaveCount(0);
  const heat = page.getByRole("table", { name: /Question 4: support for each requirement by Party Category/ });
  const firstRow = heat.getByRole("row").nth(1);
  await expect(firstRow).toContainText("100% (1 of 1)");
  await expect(firstRow).toContainText("0% (0 of 1)");
  await firstRow.getByRole("link", { name: "0% (0 of 1)" }).click();
  const cell = page.getByRole("region", { name: /answers from Small Supplier respondents/ });
  await expect(cell.getByRole("listitem")).toHaveCount(1);
  await expect(cell).toContainText(`Fenwick Power ${unique}`);
  await expect(cell).toContainText("Oppose");

  // Themes on the small supplier's answer to question 1.
  await page.goto(collation);
  const answer = page.getByRole("list", { name: "Answers to question 1" }).getByRole("listitem").filter({ hasText: `Fenwick Power ${unique}` });
  await answer.getByLabel("Themes, separated by commas").fill("Lead time, Small suppliers");
  await answer.getByRole("button", { name: "Save themes" }).click();
  await expect(status(page)).toHaveText("Themes saved.");
  await expect(page.getByRole("list", { name: "Answers to question 1" }).getByRole("listitem").filter({ hasText: `Fenwick Power ${unique}` })).toContainText("Themes: Lead time, Small suppliers");
  await expect(page.getByRole("region", { name: /^Question 1:/ })).toContainText("Themes: Lead time (1), Small suppliers (1)");

  // SECAS's summary of question 1, in Markdown.
  const question1 = page.getByRole("region", { name: /^Question 1:/ });
  await question1.getByLabel("Summary (Markdown)").fill("Two of three respondents **agreed**; a small supplier asked for more time.");
  await question1.getByRole("button", { name: "Save summary" }).click();
  await expect(status(page)).toHaveText("Summary saved.");
  await expect(page.getByRole("region", { name: /^Question 1:/ }).locator("strong")).toHaveText("agreed");

  await page.getByRole("button", { name: "Mark as collated" }).click();
  await expect(status(page)).toHaveText("The responses are collated: check the summaries, then publish.");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Publish the collated responses" }).click();
  await expect(status(page)).toHaveText("Published: the collated responses are public.");
  // Published: the themes and summaries are the record now, so no forms.
  await expect(page.getByRole("button", { name: /Save (themes|summary)/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Read the published collation" }).click();
  const published = collation.replace(/responses$/, "published");
  await expect(page).toHaveURL(new RegExp(`${published}$`));

  // A visitor: the counts, the summary and the themes; the confidential response only as a count.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(published);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`Collated consultation responses: ${consultation.title}`);
  await expect(visitor.getByText(/3 responses received, of which 1 confidential response \(counted, not shown\)/)).toBeVisible();
  await expect(visitor.getByRole("region", { name: /^Question 1:/ })).toContainText("Two of three respondents agreed");
  await expect(visitor.getByRole("region", { name: /^Question 1:/ })).toContainText("Themes: Lead time (1), Small suppliers (1)");
  await expect(visitor.getByText(`Agreed: settlement data is needed half-hourly ${unique}.`)).toBeVisible();
  const html = await visitor.content();
  expect(html).not.toContain(secret);
  expect(html).not.toContain(`Hidden Party ${unique}`);
  await expectAccessible(visitor);
  const csv = await visitor.request.get(`${published}/export?format=csv`);
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain("Lead time");
  expect(text).not.toContain(secret);
});

test("the Working Group pages through a 55-requirement heat table; a cell's answers keep the page", async ({ page }) => {
  const unique = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const { ref, consultation } = await closedConsultationWithResponses([{ organisation: `Paging Supply ${unique}`, category: "GAS_NETWORK_PARTY", position: "AGREE", rationale: "Agreed." }], 55);
  await signIn(page, "wg@example.com");
  await page.goto(collationPath(ref, consultation));
  await page.getByRole("navigation", { name: "Questions" }).getByRole("link", { name: /^Question 4:/ }).click();
  const heat = page.getByRole("table", { name: /Question 4: support for each requirement/ });
  await expect(heat).toHaveAccessibleName(/requirements 1 to 50 of 55/);
  await expect(heat.locator("tbody tr")).toHaveCount(50);

  await page.getByRole("navigation", { name: "Pages of requirements, question 4" }).getByRole("link", { name: "Page 2" }).click();
  await expect(heat).toHaveAccessibleName(/requirements 51 to 55 of 55/);
  await expect(heat.locator("tbody tr")).toHaveCount(5);
  await expectAccessible(page);

  await heat.locator("tbody tr").first().getByRole("link", { name: "100% (1 of 1)" }).click();
  await expect(page.getByRole("region", { name: /answers from Gas Network Party respondents/ })).toContainText(`Paging Supply ${unique}`);
  await expect(heat).toHaveAccessibleName(/requirements 51 to 55 of 55/);
});

import { expect, type Browser, type Page } from "@playwright/test";
import { test } from "./support/test";
import { createModificationWithReportV1, withDatabase } from "./support/database";
import { alertWithText, expectAccessible, signIn } from "./support/fixtures";

// A modification of this spec's own (DP990): the Change Board records a meeting on its published
// Modification Report v1.0, and its overview, served from Next's cache, shows a change only once
// an audited change to the modification expires it — with each person's own header throughout.

test.describe.configure({ mode: "serial" });

const TITLE_BEFORE = "Change Board test modification";
const TITLE_AFTER = "Change Board test modification, retitled behind the portal's back";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

test("SECAS records a Change Board meeting and its votes; the recommendation and decision are published; public pages are cached per modification, never per user", async ({ browser, page: visitor }) => {
  test.setTimeout(180_000);
  const { id, ref } = await createModificationWithReportV1(990, TITLE_BEFORE);
  const overview = `/modifications/${ref}`;

  // A visitor's first read fills the cache.
  await visitor.goto(overview);
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText(TITLE_BEFORE);
  // Changed behind the portal's back (no command, no audit event): the cached overview does not see it.
  await withDatabase((c) => c.query(`UPDATE "Modification" SET title = $1 WHERE id = $2`, [TITLE_AFTER, id]));
  await visitor.reload();
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText(TITLE_BEFORE);
  await expect(visitor.getByText("Signed in as")).toHaveCount(0);

  const secas = await signedIn(browser, "secas@example.com");
  await secas.goto(`${overview}/change-board`);
  await expect(secas.getByRole("heading", { level: 1 })).toContainText("Change Board");
  await secas.getByLabel("Meeting reference").fill("CB_2027_03");
  await secas.getByLabel("Held on").fill("2027-03-04");
  await secas.getByRole("button", { name: "Record meeting" }).click();
  await expect(secas.getByText("Meeting recorded")).toBeVisible();

  // Bad input: a member of no voting group. A clear message, nothing written, the typed text kept.
  await secas.getByLabel("Member", { exact: true }).fill("Nobody Grouped");
  await secas.getByLabel("Vote", { exact: true }).selectOption("APPROVE");
  await secas.getByLabel("Rationale").fill("No category, no vote.");
  await secas.getByRole("button", { name: "Record vote" }).click();
  await expect(alertWithText(secas, "Please correct the highlighted fields")).toBeVisible();
  await expect(secas.getByText("A member of no Party Category voting group has no vote")).toBeVisible();
  await expect(secas.getByLabel("Member", { exact: true })).toHaveValue("Nobody Grouped");
  await expect(secas.getByRole("cell", { name: "Nobody Grouped" })).toHaveCount(0);
  // Closing before any vote: refused, in the command's own words (signed for SECAS in the address).
  await secas.getByRole("button", { name: "Close meeting CB_2027_03 and compute its recommendation" }).click();
  await expect(alertWithText(secas, "Record the votes of the members present before closing the meeting.")).toBeVisible();
  await expectAccessible(secas);

  const votes = [
    ["Ann Large", "Large Supplier", "APPROVE", "Cheaper switching for our customers."],
    ["Sam Small", "Small Supplier", "APPROVE", "Proportionate costs."],
    ["Sue Small", "Small Supplier", "REJECT", "Implementation too soon."],
    ["Sid Small", "Small Supplier", "APPROVE", "Worth the cost."],
    ["Nia Network", "Network Party", "ABSTAIN", "No impact on networks."],
  ] as const;
  for (const [member, group, vote, rationale] of votes) {
    await secas.getByLabel("Member", { exact: true }).fill(member);
    await secas.getByLabel("Party Category voting group").selectOption({ label: group });
    await secas.getByLabel("Vote", { exact: true }).selectOption(vote);
    await secas.getByLabel("Rationale").fill(rationale);
    await secas.getByRole("button", { name: "Record vote" }).click();
    await expect(secas.getByText("Vote recorded.")).toBeVisible();
    await expect(secas.getByRole("cell", { name: rationale })).toBeVisible();
  }
  await secas.getByRole("button", { name: /Close meeting CB_2027_03/ }).click();
  await expect(secas.getByText("Meeting closed")).toBeVisible();
  await expect(secas.getByText("Recommendation: Approve the modification")).toBeVisible();

  await secas.getByLabel("Decided by").selectOption("CHANGE_BOARD");
  await secas.getByLabel("Decision", { exact: true }).selectOption("APPROVED");
  await secas.getByLabel("Date of the decision").fill("2027-03-04");
  await secas.getByLabel("Decision reference").fill("CB_2027_03 minutes");
  await secas.getByLabel("Implementing SEC release").selectOption("2027-11");
  await secas.getByRole("button", { name: "Record decision" }).click();
  await expect(secas.getByText("Decision recorded.")).toBeVisible();
  await expectAccessible(secas);

  // The audited changes expired DP990's cached pages: the visitor now sees the title changed behind
  // the portal's back too, and still their own (signed-out) header; SECAS and a Working Group
  // member each see their own name on the same cached page.
  await visitor.reload();
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText(TITLE_AFTER);
  await expect(visitor.getByText("Signed in as")).toHaveCount(0);
  await secas.goto(overview);
  await expect(secas.getByText("Signed in as")).toContainText("Sasha Patel");
  const wg = await signedIn(browser, "wg@example.com");
  await wg.goto(overview);
  await expect(wg.getByRole("heading", { level: 1 })).toContainText(TITLE_AFTER);
  await expect(wg.getByText("Signed in as")).toContainText("Will Green");
  await expect(wg.getByText("Sasha Patel")).toHaveCount(0);
  // The overview's Implementation is the decision's release now, no longer the plan.
  await expect(wg.getByRole("definition").filter({ hasText: "November 2027 SEC Release" })).toBeVisible();
  await visitor.goto("/");
  await expect(visitor.getByRole("cell", { name: new RegExp(TITLE_AFTER) })).toBeVisible();

  // The published record, as a visitor reads it.
  await visitor.goto(`${overview}/change-board`);
  await expect(visitor.getByRole("cell", { name: "Implementation too soon." })).toBeVisible();
  await expect(visitor.getByText("Recommendation: Approve the modification")).toBeVisible();
  await expect(visitor.getByText(/Counting rule \(to be confirmed\)/)).toBeVisible();
  await expect(visitor.getByRole("heading", { name: "Decision: Approved" })).toBeVisible();
  await expect(visitor.getByText("November 2027 SEC Release")).toBeVisible();
  await expect(visitor.getByRole("button", { name: "Record vote" })).toHaveCount(0);
  await expectAccessible(visitor);
});

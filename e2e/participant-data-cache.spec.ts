import { expect } from "@playwright/test";
import { test } from "./support/test";
import { createModificationWithReportV1, insertRequirement, withDatabase } from "./support/database";
import { expectAccessible, signIn } from "./support/fixtures";

// A requirement's page and the requirements list read their data through Next's data cache
// (lib/cache/participant-pages.ts), expired by any audited change to the modification. A
// modification of this spec's own (DP987), which no other spec changes.

const TITLE_BEFORE = "Data cache test requirement";
const TITLE_AFTER = "Data cache test requirement, retitled behind the portal's back";

test("a requirement's page and the list come from the data cache until an audited change to the modification expires it", async ({ page }) => {
  const { id, ref } = await createModificationWithReportV1(987, "Data cache test modification");
  const { requirementId } = await insertRequirement(id, TITLE_BEFORE);
  const list = `/modifications/${ref}/requirements`;
  const requirement = `${list}/BR-01`;

  await signIn(page, "wg@example.com");
  await page.goto(requirement);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`BR-01: ${TITLE_BEFORE}`);
  await page.goto(list);
  await expect(page.getByRole("cell", { name: TITLE_BEFORE, exact: true })).toBeVisible();

  // A change behind the portal's back (no command, no audit event) is not read again: both pages
  // are rendered afresh from the cached data.
  await withDatabase((c) => c.query(`UPDATE "Requirement" SET title = $1 WHERE id = $2`, [TITLE_AFTER, requirementId]));
  await page.goto(requirement);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`BR-01: ${TITLE_BEFORE}`);
  await page.goto(list);
  await expect(page.getByRole("cell", { name: TITLE_BEFORE, exact: true })).toBeVisible();

  // The Working Group member's audited change to DP987 expires it: their own change, and the
  // title changed behind the portal's back, show at once, on the page and in the list.
  await page.goto(requirement);
  await page.getByLabel("New status").selectOption("PROPOSED");
  await page.getByLabel("Reason, or the meeting that decided it").fill("Ready for the Working Group");
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved as version 2.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`BR-01: ${TITLE_AFTER}`);
  await expect(page.getByText("Proposed", { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
  await page.goto(list);
  await expect(page.getByRole("cell", { name: TITLE_AFTER, exact: true })).toBeVisible();
});

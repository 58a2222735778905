import { expect } from "@playwright/test";
import { test } from "./support/test";
import { createModificationWithReportV1, insertRequirement, insertThreads } from "./support/database";
import { expectAccessible, signIn } from "./support/fixtures";

// A requirement's page shows its threads ten at a time (lib/comments/find-requirement-thread-page.ts),
// paged by plain links. A modification of this spec's own (DP986) whose BR-01 carries 12 threads; the comments log of another (DP989), 30.

test("a requirement with many comments shows them a page at a time, without JavaScript", async ({ page: withScript, browser }) => {
  const { id, ref } = await createModificationWithReportV1(986, "Comment pages test modification");
  await insertThreads(id, await insertRequirement(id, "A much discussed requirement"), 12, "Thread number {n} on the text.");
  const requirement = `/modifications/${ref}/requirements/BR-01`;
  // axe runs in the page, so it needs JavaScript; the paging is tried without.
  await signIn(withScript, "tabasc@example.com");
  await withScript.goto(requirement);
  await expect(withScript.getByRole("navigation", { name: "Pages of the comments on BR-01" })).toBeVisible();
  await expectAccessible(withScript);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "tabasc@example.com");
  await page.goto(requirement);

  const comments = page.getByRole("region", { name: "Comments (12)" });
  const threadHeadings = comments.getByRole("heading", { level: 3 });
  await expect(threadHeadings).toHaveText(Array.from({ length: 10 }, (_, i) => new RegExp(`^C-${i + 1}(?!\\d)`)));
  await expect(comments).toContainText("Comments 1 to 10, by number.");
  const pages = comments.getByRole("navigation", { name: "Pages of the comments on BR-01" });
  await expect(pages.locator("[aria-current=page]")).toHaveText("Page 1");
  await expect(pages.getByRole("link", { name: "Page 2" })).toBeVisible();

  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(`${requirement}?comments=2#comments`);
  await expect(threadHeadings).toHaveText([/^C-11(?!\d)/, /^C-12(?!\d)/]);
  await expect(comments).toContainText("Comments 11 to 12, by number.");
  await expect(comments).toContainText("Thread number 12 on the text.");

  // A page past the end shows the last; the comments log lists them all, filtered to BR-01.
  await page.goto(`${requirement}?comments=99`);
  await expect(threadHeadings).toHaveText([/^C-11(?!\d)/, /^C-12(?!\d)/]);
  await pages.getByRole("link", { name: "Previous page" }).click();
  await expect(threadHeadings.first()).toHaveText(/^C-1(?!\d)/);
  await comments.getByRole("link", { name: "All comments on BR-01 in the comments log" }).click();
  await expect(page).toHaveURL(`/modifications/${ref}/comments?requirement=BR-01`);
  await expect(page.getByRole("status")).toHaveText("12 comments matching these filters");
  await context.close();
});

test("the comments log shows 25 threads a page, paged by plain links", async ({ page }) => {
  const { id, ref } = await createModificationWithReportV1(989, "Comments log pages test modification");
  await insertThreads(id, await insertRequirement(id, "A requirement with a long log"), 30, "Log entry {n}.");
  await signIn(page, "wg@example.com");
  await page.goto(`/modifications/${ref}/comments`);
  await expect(page.getByRole("status")).toHaveText("30 comments, page 1 of 2");
  const pages = page.getByRole("navigation", { name: "Comments log pages" });
  await expect(pages.locator("[aria-current=page]")).toHaveText("Page 1");
  await pages.getByRole("link", { name: "Page 2" }).click();
  await expect(page).toHaveURL(`/modifications/${ref}/comments?page=2`);
  await expect(page.getByRole("status")).toHaveText("30 comments, page 2 of 2");
  await expect(page.getByText("Log entry 30.")).toBeVisible();
  await expect(page.getByText("Log entry 1.", { exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await pages.getByRole("link", { name: "Previous page" }).click();
  await expect(page).toHaveURL(`/modifications/${ref}/comments`);
});

import { expect } from "@playwright/test";
import { test } from "./support/test";
import { signIn } from "./support/fixtures";

// The long lists render their rows in client components from plain data (components/*-rows.tsx):
// the browser renders them again to hydrate them, and a row that comes out differently there (a date
// formatted in the browser's zone, a link built another way) is a React error in the console and
// the rows thrown away and rebuilt on the client.
test("the long lists and the threads hydrate without an error", async ({ page }) => {
  await signIn(page, "secas@example.com");
  await page.goto("/modifications/DP162");
  const published = await page.getByRole("link", { name: "DP162 Refinement Consultation: collated responses" }).getAttribute("href");
  const errors: string[] = [];
  page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
  page.on("pageerror", (e) => errors.push(e.message));
  const lists = [
    "/modifications/DP162/requirements",
    "/modifications/DP162/requirements?reorder=1",
    "/modifications/DP162/comments",
    "/modifications/DP162/assessments",
    // question 3 is the per-requirement one: its heat table, with links to each cell's answers on the collation page
    `${published!.replace(/published$/, "responses")}?question=3`,
    `${published}?question=3`,
    // question 1's answers: Markdown rationales as HTML, and SECAS's theme form under each
    `${published!.replace(/published$/, "responses")}?question=1`,
    `${published}?question=1`,
    // comment threads (components/thread-article.tsx): on a requirement's page, and one on its own page
    "/modifications/DP162/requirements/BR-07",
    "/modifications/DP162/comments/3",
  ];
  for (const address of lists) {
    await page.goto(address);
    await expect(page.getByRole("main")).toBeVisible();
    // Hydration runs once the page's scripts have loaded: wait for them, then for React's report.
    await page.waitForLoadState("networkidle");
    expect(errors, address).toEqual([]);
  }
});

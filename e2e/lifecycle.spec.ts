import { expect, type Page } from "@playwright/test";
import { test } from "./support/test";
import { alertWithText, expectAccessible, signIn } from "./support/fixtures";

// The modification lifecycle: SECAS raises DP163, converts it to MP163 after the Panel's
// decision, moves it to Refinement; both references reach it; SECAS edits a section and attaches
// a document; anyone filters the register by stage, with or without JavaScript.

const TITLE = "Half-hourly reads for Meter Data Retrievers (illustrative)";
const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

const glance = (page: Page, term: string) => page.getByRole("region", { name: "At a glance" }).locator("div").filter({ has: page.getByText(term, { exact: true }) }).locator("dd");

test("SECAS raises DP163, converts it to MP163, moves it to Refinement, edits a section and attaches a document", async ({ page }) => {
  await signIn(page, "secas@example.com");
  await page.goto("/");
  await page.getByRole("link", { name: "Raise a Draft Proposal" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Raise a Draft Proposal");
  await expectAccessible(page);

  // Sent empty: a message per field, accessible.
  await page.getByRole("button", { name: "Raise Draft Proposal" }).click();
  await expect(alertWithText(page, "Please correct the highlighted fields.")).toBeVisible();
  await expect(page.getByText("Enter a title")).toBeVisible();
  await expectAccessible(page);

  // A number already taken: a clear message, the text kept, nothing written.
  await page.getByLabel("Draft Proposal number (optional)").fill("162");
  await page.getByLabel("Title").fill(TITLE);
  await page.getByLabel("Proposer organisation").selectOption({ label: "Smart DCC Ltd" });
  await page.getByLabel("Issue statement").fill("Meter Data Retrievers cannot read **half-hourly** data.");
  await page.getByLabel("Path").selectOption({ label: "Path 2: Authority Determination" });
  await page.getByRole("button", { name: "Raise Draft Proposal" }).click();
  await expect(alertWithText(page, "DP162 is already taken. Leave the number empty to take the next free one.")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(TITLE);

  await page.getByLabel("Draft Proposal number (optional)").fill("163");
  await page.getByRole("button", { name: "Raise Draft Proposal" }).click();
  await expect(page).toHaveURL(/\/modifications\/DP163\?saved=raised$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`DP163: ${TITLE}`);
  await expect(page.getByRole("status").filter({ hasText: "Draft Proposal raised." })).toBeVisible();
  await expect(glance(page, "Stage")).toHaveText("Development Stage");
  // Not yet converted: the MP address names nothing.
  expect((await page.request.get("/modifications/MP163")).status()).toBe(404);
  await expectAccessible(page);

  // The Panel's decision.
  const convert = page.getByRole("form", { name: "Convert to MP163" });
  await convert.getByLabel("Meeting").fill("SEC Panel, 18 December 2026");
  await convert.getByRole("button", { name: "Convert to MP163" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`MP163: ${TITLE}`);
  await expect(glance(page, "Reference")).toHaveText("MP163 (raised as DP163)");
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText("Panel converted DP163 to Modification Proposal MP163");
  await expect(page.getByRole("form", { name: "Convert to MP163" })).toHaveCount(0);

  // Into Refinement, with the date and the meeting.
  const move = page.getByRole("form", { name: "Move stage" });
  await move.getByLabel("New stage").selectOption({ label: "Refinement Process" });
  await move.getByLabel("Meeting").fill("SEC Panel, 18 December 2026");
  await move.getByRole("button", { name: "Move stage" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Stage changed" })).toBeVisible();
  await expect(glance(page, "Stage")).toHaveText("Refinement Process");
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText("Moved to Refinement Process");

  // Either reference, in either case, reaches it.
  for (const ref of ["DP163", "MP163", "mp163"]) {
    await page.goto(`/modifications/${ref}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`MP163: ${TITLE}`);
  }

  // A section, as versioned Markdown.
  await page.getByRole("link", { name: "Edit sections" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit the overview of MP163");
  await expectAccessible(page);
  await page.getByLabel("What is the solution?").fill("A new **Meter Data Retriever** role.");
  await page.getByLabel("Change note").fill("After the first Working Group");
  await page.getByRole("button", { name: "Save sections" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Overview saved." })).toBeVisible();
  await expect(page.getByRole("region", { name: "What is the solution?" }).locator("strong")).toHaveText("Meter Data Retriever");
  await page.getByRole("link", { name: "History of the overview" }).click();
  await expect(page.getByRole("region", { name: "What is the solution?" })).toContainText("Version 1: After the first Working Group");
  await expectAccessible(page);

  // A document: uploaded, listed, downloaded as an attachment.
  await page.goto("/modifications/MP163");
  const upload = page.getByRole("form", { name: "Attach a document" });
  await upload.getByLabel("Kind").selectOption({ label: "Problem Statement" });
  await upload.getByLabel("Document title").fill("MP163 Problem Statement");
  await upload.getByLabel("File").setInputFiles({ name: "MP163 Problem Statement.pdf", mimeType: "application/pdf", buffer: PDF });
  await upload.getByRole("button", { name: "Attach document" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Document attached." })).toBeVisible();
  const link = page.getByRole("region", { name: "Documents" }).getByRole("link", { name: "MP163 Problem Statement" });
  const download = await page.request.get((await link.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()).toMatchObject({ "content-type": "application/pdf", "x-content-type-options": "nosniff" });
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="MP163 Problem Statement.pdf"/);
  expect(Buffer.from(await download.body()).equals(PDF)).toBe(true);

  // A file that is not what its name says: refused with a reason.
  await upload.getByLabel("Document title").fill("Not a PDF");
  await upload.getByLabel("File").setInputFiles({ name: "fake.pdf", mimeType: "application/pdf", buffer: Buffer.from("<script>alert(1)</script>") });
  await upload.getByRole("button", { name: "Attach document" }).click();
  await expect(alertWithText(page, "The file does not look like a PDF file, as its name says it is.")).toBeVisible();
  await expect(upload.getByLabel("Document title")).toHaveValue("Not a PDF");
  await expectAccessible(page);
});

test("a visitor filters the register by stage and sees no SECAS controls", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Raise a Draft Proposal" })).toHaveCount(0);
  await page.getByLabel("Stage").selectOption({ label: "Refinement Process" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/\?stage=REFINEMENT&path=$/);
  await expect(page.getByRole("row").filter({ hasText: "MP162" })).toContainText("Refinement Process");
  await expectAccessible(page);
  await page.getByLabel("Stage").selectOption({ label: "Rejected" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("No modification matches the filter.")).toBeVisible();
  await page.goto("/modifications/MP162");
  await expect(page.getByRole("region", { name: "Manage this modification" })).toHaveCount(0);
  expect((await page.goto("/modifications/new"))?.url()).toContain("/signin");
});

test("a reviewer is refused the raise page", async ({ page }) => {
  await signIn(page, "opsg@example.com");
  expect((await page.goto("/modifications/new"))?.status()).toBe(403);
  expect((await page.goto("/modifications/DP162/sections/edit"))?.status()).toBe(403);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the register's filter is a plain GET form", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Stage").selectOption({ label: "Refinement Process" });
    await page.getByLabel("Path").selectOption({ label: "Path 1: Authority-led" });
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/\?stage=REFINEMENT&path=PATH_1_AUTHORITY_LED$/);
    await expect(page.getByLabel("Stage")).toHaveValue("REFINEMENT");
    await expect(page.getByRole("row").filter({ hasText: "MP162" })).toBeVisible();
  });
});

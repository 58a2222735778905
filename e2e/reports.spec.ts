import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { expect, type Page } from "@playwright/test";
import { test } from "./support/test";
import { alertWithText, expectAccessible, signIn } from "./support/fixtures";

test.describe.configure({ mode: "serial" });

// The Modification Report: a visitor reads the seeded v0.1 and downloads it; SECAS drafts v0.2 at a
// baseline, edits and refreshes it, is refused while major threads are unresolved, then publishes.

const REPORTS = "/modifications/DP162/reports";
/** The seed's four illustrative threads (C-1 … C-4); higher numbers are other specs'. */
const SEEDED_THREADS = 4;

async function download(page: Page, link: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link, exact: true }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

test("a visitor reads the published v0.1 and downloads its PDF and DOCX, each carrying the content hash", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.getByRole("row").filter({ hasText: "DP162" }).getByRole("link", { name: "v0.1" })).toBeVisible();
  await page.goto("/modifications/DP162");
  await page.getByRole("region", { name: "Modification Report" }).getByRole("link", { name: "Modification Report v0.1" }).click();
  await expect(page).toHaveURL(/\/modifications\/DP162\/reports\/0\.1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("DP162: SEC changes required to deliver MHHS");
  await expect(page.getByText("Modification Report v0.1, published 25 May 2021")).toBeVisible();
  await expect(page.getByText(/Illustrative: parts of this report/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Business requirements" })).toBeVisible();
  const hash = (await page.locator("[data-content-sha256]").textContent())!;
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  await expectAccessible(page);

  const pdf = await download(page, "PDF");
  expect(pdf.name).toBe("DP162-Modification-Report-v0.1.pdf");
  expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const pdfText = execFileSync("pdftotext", ["-", "-"], { input: pdf.bytes, encoding: "utf8" });
  expect(pdfText).toContain("SEC changes required to deliver MHHS");
  expect(pdfText).toContain(hash);
  const docx = await download(page, "Word (DOCX)");
  expect(docx.bytes.subarray(0, 2).toString()).toBe("PK");
  // The same bytes on every download, with their hash in a header.
  const again = await request.get(`${REPORTS}/0.1/pdf`);
  expect(Buffer.from(await again.body()).equals(pdf.bytes)).toBe(true);
  expect(again.headers()["x-content-sha256"]).toBe(hash);
  expect(again.headers()["x-file-sha256"]).toMatch(/^[0-9a-f]{64}$/);

  await page.goto(REPORTS);
  await expect(page.getByRole("link", { name: "v0.1" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Draft a new version" })).toHaveCount(0);
  await expectAccessible(page);
  expect((await request.get(`${REPORTS}/9.9/pdf`)).status()).toBe(404);
});

test("SECAS drafts v0.2 at a baseline, edits and refreshes it, is refused while major threads are open, then publishes it", async ({ page }) => {
  await signIn(page, "secas@example.com");
  await page.goto(REPORTS);
  await page.getByRole("link", { name: "Draft a new version" }).click();
  await expect(page.getByLabel("Version")).toHaveValue("0.2");
  // Backwards is refused, the form keeping what was typed.
  await page.getByLabel("Version").fill("0.0");
  await page.getByRole("button", { name: "Draft this version" }).click();
  await expect(alertWithText(page, "v0.0 would go backwards")).toBeVisible();
  await expect(page.getByLabel("Version")).toHaveValue("0.0");
  await expectAccessible(page);
  await page.getByLabel("Version").fill("0.2");
  await page.getByLabel("Business requirements at baseline").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Draft this version" }).click();
  await expect(page).toHaveURL(/\/reports\/0\.2\?saved=drafted$/);
  await expect(page.getByText("Draft v0.2: not published.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "BR-01", exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Edit the narrative" }).click();
  await expect(page).toHaveURL(/\/reports\/0\.2\/edit$/);
  await page.getByRole("textbox", { name: "Working Group's views" }).fill("The Working Group **supports** the MDR User Role (end-to-end test).");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save the narrative" }).click();
  await expect(page.getByText("Saved the narrative.")).toBeVisible();
  await expect(page.getByText("The Working Group supports the MDR User Role")).toBeVisible();

  await page.getByRole("button", { name: "Refresh" }).click();
  await expect(page.getByText("Read the generated sections again from the data.")).toBeVisible();

  // The seeded major thread C-1 (and any other unresolved critical or major one) blocks publishing: each is listed.
  await page.getByRole("button", { name: "Publish v0.2" }).click();
  const refusal = alertWithText(page, "v0.2 cannot be published yet");
  await expect(refusal).toContainText("Comment C-1 (major, TABASC) is responded to but not resolved.");
  await expectAccessible(page);
  // SECAS resolves the seeded threads listed; a thread another spec is working on meanwhile is
  // left to that spec, which resolves its own: publishing is tried again until nothing blocks it.
  for (let attempt = 0; ; attempt++) {
    const listed = (await refusal.count()) ? [...((await refusal.textContent()) ?? "").matchAll(/Comment C-(\d+)/g)].map((m) => Number(m[1])) : [];
    for (const number of listed.filter((n) => n <= SEEDED_THREADS)) {
      await page.goto(`/modifications/DP162/comments/${number}`);
      const resolve = page.getByRole("form", { name: "Resolve" });
      await resolve.getByLabel("Disposition").selectOption({ label: "Noted" });
      await resolve.getByRole("button", { name: "Resolve" }).click();
      await expect(page.getByRole("form", { name: "Resolve" })).toHaveCount(0);
    }
    // Nothing this test may fix (another spec's thread, or a consultation another spec has open): wait for that spec.
    if (listed.every((n) => n > SEEDED_THREADS)) await page.waitForTimeout(5_000);
    await page.goto(`${REPORTS}/0.2`);
    await page.getByRole("button", { name: "Publish v0.2" }).click();
    // Making the PDF and DOCX takes a few seconds on a busy machine.
    await expect(page.getByText("Published: this version is now frozen and public.").or(refusal)).toBeVisible({ timeout: 90_000 });
    if (!(await refusal.count())) break;
    expect(attempt, (await refusal.textContent()) ?? "").toBeLessThan(15);
  }
  await expect(page.getByText("Published: this version is now frozen and public.")).toBeVisible();
  await expect(page.locator("[data-content-sha256]")).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByRole("link", { name: "Edit the narrative" })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByLabel("Compare with").selectOption({ label: "v0.1" });
  await page.getByRole("button", { name: "Show the redline" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report v0.1 → v0.2");
  await expect(page.getByRole("region", { name: "Working Group's views" }).getByRole("insertion").first()).toBeVisible();
  await expectAccessible(page);

  await page.goto("/modifications/DP162");
  await expect(page.getByRole("region", { name: "Modification Report" })).toContainText("Modification Report v0.2");
});

import { expect, type APIResponse, type Browser, type Page, type Response } from "@playwright/test";
import { allowPrinted, test } from "./support/test";
import { expectAccessible, signIn } from "./support/fixtures";
import { BODY_LIMIT_BYTES } from "@/lib/http/refuse-request";

// Every response carries the security headers (proxy.ts); pages run only the scripts with this
// response's nonce; other sites cannot frame the portal, make it post, or track its readers.

const EVIL = "http://evil.example";

function expectSecurityHeaders(response: Response | APIResponse | null) {
  const headers = response!.headers();
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // The suite serves plain http (NEXTAUTH_URL unset): HSTS would lock such a portal out.
  expect(headers["strict-transport-security"]).toBeUndefined();
  const csp = new Map(headers["content-security-policy"]!.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  expect(csp.get("img-src")).toEqual(["'self'", "data:"]);
  const scriptSrc = csp.get("script-src")!;
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  return scriptSrc.find((s) => s.startsWith("'nonce-"))!.slice("'nonce-".length, -1);
}

/** axe needs JavaScript: scan a copy of the page a script-less browser was shown. */
async function expectAccessibleCopy(browser: Browser, page: Page) {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const copy = await context.newPage();
  await copy.setContent(await page.content());
  await expectAccessible(copy);
  await context.close();
}

/** Fails the test on any CSP violation the browser reports. */
function watchForViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("pages, the sign-in page and downloads carry the security headers", async ({ page }) => {
  const violations = watchForViolations(page);
  expectSecurityHeaders(await page.goto("/signin"));
  await signIn(page, "wg@example.com");
  expectSecurityHeaders(await page.goto("/modifications/DP162/requirements"));
  const download = await page.request.get("/modifications/DP162/requirements/export?format=csv");
  expect(download.headers()["content-disposition"]).toContain("attachment");
  expectSecurityHeaders(download);
  const script = await page.request.get((await page.locator("script[src]").first().getAttribute("src"))!);
  expect(script.headers()["x-content-type-options"]).toBe("nosniff");

  // Client-side navigation and a server action posted with JavaScript still work under the policy.
  await page.getByRole("link", { name: "BR-04" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("BR-04");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();
  expect(violations).toEqual([]);
});

test("each page's scripts carry that response's nonce, a fresh one each time", async ({ page }) => {
  const nonces = [];
  for (let i = 0; i < 2; i++) {
    const response = await page.goto("/modifications/DP162");
    const nonce = expectSecurityHeaders(response);
    const scripts = (await response!.text()).match(/<script[^>]*>/g)!;
    expect(scripts.length).toBeGreaterThan(3);
    for (const tag of scripts) expect(tag).toContain(` nonce="${nonce}"`);
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test("no page can be shown in a frame, not even by the portal itself", async ({ page }) => {
  // (A frame from an evil.example page would be stopped by Chromium's local-network rule before the CSP.)
  await page.goto("/signin");
  allowPrinted(/violates the following Content Security Policy directive: "frame-ancestors 'none'"/);
  const refused = page.waitForEvent("console", (message) => /frame-ancestors 'none'/.test(message.text()));
  await page.evaluate(() => {
    const frame = document.createElement("iframe");
    frame.src = "/modifications/DP162";
    frame.title = "framed";
    document.body.append(frame);
  });
  await refused;
  await expect(page.frameLocator("iframe").getByRole("heading")).toHaveCount(0);
});

test("a Markdown image from another site is a link, and nothing is fetched from that site", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("tracker.example")) fetched.push(request.url());
  });
  await signIn(page, "wg@example.com");
  await page.goto("/modifications/DP162/requirements/new");
  await page.getByLabel("Area").selectOption({ label: "User Entry Process" });
  await page.getByLabel("Title").fill(`Tracking pixel ${Date.now()}`);
  await page.getByLabel("Requirement text").fill("The data flow is drawn below.\n\n![pixel](https://tracker.example/p.png)");
  await page.getByRole("button", { name: "Create requirement" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved as version 1.");

  await page.reload();
  await expect(page.getByRole("link", { name: "Image: pixel" })).toHaveAttribute("href", "https://tracker.example/p.png");
  await expect(page.locator("main img")).toHaveCount(0);
  await expectAccessible(page);
  expect(fetched).toEqual([]);
});

test("with JavaScript, a file over the size limit ends on the portal's error page", async ({ page }) => {
  await signIn(page, "wg@example.com");
  await page.goto("/modifications/DP162/requirements/import");
  await page.getByLabel("CSV or XLSX file exported from this portal").setInputFiles({ name: "huge.csv", mimeType: "text/csv", buffer: Buffer.alloc(BODY_LIMIT_BYTES + 1024 * 1024, "a") });
  // The server action's call gets the web server's 413, not an answer Next's client can read: it throws, and the error page shows.
  allowPrinted(/\/requirements\/import: Error: An unexpected response was received from the server/);
  const [response] = await Promise.all([page.waitForResponse(/\/import$/), page.getByRole("button", { name: "Preview import" }).click()]);
  expect(response.status()).toBe(413);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sorry, something went wrong");
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a form posted to the portal from another site gets the portal's 403 page and does nothing", async ({ page, request, browser }) => {
    // A real server action: the sign-in form's own fields, with the right password.
    const fields = (await (await request.get("/signin")).text()).match(/<input type="hidden"[^>]*>/g)!.join("");
    await page.route(`${EVIL}/**`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!DOCTYPE html><html lang="en"><title>Win a prize</title><form method="post" enctype="multipart/form-data" action="${test.info().project.use.baseURL}/signin">${fields}<input type="hidden" name="email" value="wg@example.com"><input type="hidden" name="password" value="dp162-demo-pass"><button>Claim</button></form>`,
      }),
    );
    await page.goto(EVIL);
    const [response] = await Promise.all([page.waitForResponse(/\/signin$/), page.getByRole("button", { name: "Claim" }).click()]);
    expect(response.status()).toBe(403);
    expectSecurityHeaders(response);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This form came from another site");
    await expect(page.getByText("Nothing was changed.")).toBeVisible();
    await expectAccessibleCopy(browser, page);

    await page.goto("/signin");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  });

  test("a file over the size limit gets the portal's 413 page", async ({ page, browser }) => {
    await signIn(page, "wg@example.com");
    await page.goto("/modifications/DP162/requirements/import");
    await page.getByLabel("CSV or XLSX file exported from this portal").setInputFiles({ name: "huge.csv", mimeType: "text/csv", buffer: Buffer.alloc(BODY_LIMIT_BYTES + 1024 * 1024, "a") });
    const [response] = await Promise.all([page.waitForResponse(/\/import$/), page.getByRole("button", { name: "Preview import" }).click()]);
    expect(response.status()).toBe(413);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("What you sent is too large");
    await expect(page.getByRole("link", { name: "Go to the modifications register" })).toBeVisible();
    await expectAccessibleCopy(browser, page);
  });
});

test("the portal has an icon, and pages load without a missing file", async ({ page }) => {
  const missing: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await page.goto("/modifications/DP162");
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect((await page.request.get(icon!)).status()).toBe(200);
  const favicon = await page.request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toBe("image/x-icon");
  expect(missing).toEqual([]);
});

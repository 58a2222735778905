import { expect, test as base, type BrowserContext, type Page } from "@playwright/test";

/**
 * What no page may print while a test drives it: an uncaught error, or an error in the console (a
 * hydration mismatch, a failed script). The browser's own line for a 4xx or 5xx answer is expected:
 * tests ask for refused and missing pages on purpose, and check the status themselves.
 */
const EXPECTED = [/^Failed to load resource: the server responded with a status of [45]\d\d/];

// One test at a time runs in a worker: what its pages print is collected here, and read when it ends.
let printed: string[] = [];
let allowed: RegExp[] = [];

/** For a test that makes a page print an error on purpose (a refused frame): that error, and only it, is let through. */
export function allowPrinted(pattern: RegExp): void {
  allowed.push(pattern);
}

const watched = new WeakSet<BrowserContext>();

function watch(context: BrowserContext) {
  // The default context is made by browser.newContext too: listen once.
  if (watched.has(context)) return;
  watched.add(context);
  const listen = (page: Page) => {
    page.on("console", (message) => {
      if (message.type() === "error" && !EXPECTED.some((e) => e.test(message.text()))) printed.push(`${page.url()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => printed.push(`${page.url()}: ${error.message}`));
  };
  context.pages().forEach(listen);
  context.on("page", listen);
}

/** Playwright's test, failing any test whose pages (its own and those of contexts it opens) printed an error. */
export const test = base.extend<{ pagesPrintNoErrors: void }>({
  context: async ({ context }, run) => {
    watch(context);
    await run(context);
  },
  browser: [
    async ({ browser }, run) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const context = await newContext(options);
        watch(context);
        return context;
      };
      await run(browser);
    },
    { scope: "worker" },
  ],
  pagesPrintNoErrors: [
    async ({}, run, testInfo) => {
      printed = [];
      allowed = [];
      await run();
      // A test that failed already says why; this is for the ones that would pass.
      const unexpected = printed.filter((line) => !allowed.some((pattern) => pattern.test(line)));
      if (testInfo.status === testInfo.expectedStatus) expect(unexpected, "errors the pages printed").toEqual([]);
    },
    { auto: true },
  ],
});

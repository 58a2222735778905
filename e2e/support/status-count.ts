import { expect, type Locator } from "@playwright/test";

/**
 * Waits until a status message reads like `pattern`, then returns the numbers it shows, so the test
 * can check them against what the page lists: a pattern with \d+ alone would accept any count, 0 too.
 */
export async function countsIn(status: Locator, pattern: RegExp): Promise<number[]> {
  await expect(status).toHaveText(pattern);
  const match = pattern.exec((await status.textContent()) ?? "");
  expect(match, `"${await status.textContent()}" no longer reads like ${pattern}`).not.toBeNull();
  return match!.slice(1).filter((group) => group !== undefined).map(Number);
}

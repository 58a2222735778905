import { existsSync } from "node:fs";

/** Debian's Chromium (never a browser downloaded by Playwright); CHROMIUM_PATH overrides. */
export const CHROMIUM_CANDIDATES = ["/usr/lib/chromium/chromium", "/usr/lib/chromium-browser/chromium-browser"];

export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

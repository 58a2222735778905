import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./e2e/support/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);

// Drives the production build (`next build` runs first in `npm run test:e2e`) through the same
// launcher as `npm start`, on a fresh database: embedded by default, or a fresh database on the
// server at E2E_SERVER_URL (CI runs both).
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Guards against a hang, not speed targets (npm run bench measures those): a test's steps take
  // twice as long when the machine is busy, so one generous bound for every test.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: ["--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "node_modules/.bin/tsx e2e/support/serve.ts",
    url: `http://127.0.0.1:${port}/`,
    env: { PORT: String(port) },
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGINT", timeout: 15_000 },
  },
});

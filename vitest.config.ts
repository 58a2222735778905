import path from "node:path";
import { defineConfig } from "vitest/config";
import { isReachable } from "./scripts/postgres-server.ts";
import { MACHINE_SERVER_URL } from "./test/support/targets.ts";

// The integration suite runs once per PostgreSQL server: the embedded one always, and the
// machine's server (TEST_DATABASE_URL, or 127.0.0.1:5432) when it answers.
const targets = ["embedded", ...((await isReachable(MACHINE_SERVER_URL)) ? ["server"] : [])];
if (targets.length === 1) console.log(`No PostgreSQL server at ${MACHINE_SERVER_URL}: running on the embedded server only.`);

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // The domain's page and command modules are marked `import "server-only"` (the package throws
      // outside React's server build); the tests run them on the server, as the app does.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    projects: targets.map((name) => ({
      extends: true,
      test: {
        name,
        include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.tsx"],
        environment: "node",
        globalSetup: ["test/support/global-setup.ts"],
        setupFiles: ["test/support/setup-env.ts"],
        // Test files share one database per server and reset it, so they run one at a time.
        fileParallelism: false,
        testTimeout: 30_000,
        hookTimeout: 120_000,
      },
    })),
  },
});

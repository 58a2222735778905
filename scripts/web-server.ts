/**
 * The web server that `npm start` (and `npm run dev`, with --dev) runs as its child: Next.js
 * behind scripts/web-server/portal-server.ts, on PORT. Its DATABASE_URL comes from the launcher.
 * It also runs the notification jobs (rounds closing soon, daily digests, the email outbox).
 */
import next from "next";
import { db } from "@/lib/db";
import { startNotificationLoop } from "@/lib/notifications/notification-loop";
import { createPortalServer } from "@/scripts/web-server/portal-server";
import { createPublicPageCache, publicPageCacheSeconds } from "@/scripts/web-server/public-page-cache";
import { rulesFromEnvironment } from "@/scripts/web-server/request-rules";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

async function main() {
  // Before Next starts: a malformed TRUSTED_PROXY or PUBLIC_PAGE_CACHE_SECONDS stops here.
  const rules = rulesFromEnvironment();
  // (No cache in development: a page edited in the editor must show on the next reload.)
  const publicPages = createPublicPageCache({ ttlSeconds: dev ? 0 : publicPageCacheSeconds(process.env) });
  const app = next({ dev, port, hostname: "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createPortalServer((req, res) => handle(req, res), rules, publicPages);
  // (In dev, Next attaches its own upgrade listener for hot reloading to this server at the first request.)
  server.on("error", (error) => {
    console.error(`The web server cannot serve on port ${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, () => console.log(`The portal is ready on http://localhost:${port}`));
  const notifications = startNotificationLoop(db());

  const stop = () => {
    void notifications.stop();
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref(); // requests still running after 5 s are cut
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, stop);
  // The launcher's IPC channel closes when it dies, even by SIGKILL: never outlive it.
  process.on("disconnect", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/** Installs Debian's Chromium with apt when no browser is found (the suite runs as root on a fresh machine). */
import { execSync } from "node:child_process";
import { chromiumPath } from "./chromium";

if (!chromiumPath()) {
  if (process.getuid?.() !== 0) {
    console.error("Chromium is missing: install Debian's `chromium` package, or set CHROMIUM_PATH to a Chromium binary.");
    process.exit(1);
  }
  console.log("Installing Chromium from Debian's packages…");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
  if (!chromiumPath()) {
    console.error("apt installed chromium, but no binary was found at the expected paths.");
    process.exit(1);
  }
}

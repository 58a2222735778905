/**
 * The bench's measuring: load from autocannon, each answer's latency kept for exact percentiles, and
 * the CPU time the server under test spent meanwhile (scripts/bench.ts compares pages with a floor).
 */
import autocannon from "autocannon";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export type RequestHeaders = Record<string, string>;
export type Measurement = { requestsPerSecond: number; p50: number; p95: number; responses: number; cpuMs: number; problems: string[]; latencies: number[] };

/** Load for `seconds` from `connections` at once, expecting `status`; `cpu`, when given, reads the CPU time (ms) of the server under test before and after. */
export async function measure(url: string, headers: RequestHeaders, { seconds, connections, status = 200, cpu }: { seconds: number; connections: number; status?: number; cpu?: () => number }): Promise<Measurement> {
  // autocannon reports p90 and p97.5 but no p95: keep every expected answer's latency and take percentiles exactly.
  const latencies: number[] = [];
  let responses = 0;
  let unexpected = 0;
  const cpuBefore = cpu?.() ?? 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers,
    setupClient: (client) => {
      client.on("response", (answered, _bytes, time) => {
        responses++;
        if (answered === status) latencies.push(time);
        else unexpected++;
      });
    },
  });
  const cpuMs = (cpu?.() ?? 0) - cpuBefore;
  const problems = Object.entries({ [`not ${status}`]: unexpected, errors: result.errors, timeouts: result.timeouts }).filter(([, n]) => n > 0).map(([kind, n]) => `${n} ${kind}`);
  latencies.sort((a, b) => a - b);
  return { requestsPerSecond: result.requests.average, p50: percentile(latencies, 50), p95: percentile(latencies, 95), responses, cpuMs, problems, latencies };
}

/** Measurements of the same page in several rounds, as one. */
export function combined(rounds: Measurement[]): Measurement {
  const latencies = rounds.flatMap((m) => m.latencies).sort((a, b) => a - b);
  const sum = (of: (m: Measurement) => number) => rounds.reduce((total, m) => total + of(m), 0);
  return {
    requestsPerSecond: sum((m) => m.requestsPerSecond) / rounds.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    responses: sum((m) => m.responses),
    cpuMs: sum((m) => m.cpuMs),
    problems: rounds.flatMap((m) => m.problems),
    latencies,
  };
}

const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

export const cpuPerRequest = (m: Measurement) => (m.responses > 0 ? m.cpuMs / m.responses : NaN);

/**
 * CPU time (user + system, ms) of a process (the web server) and every process below it,
 * including children that already exited. Next's programmatic server renders in its own process (threads are counted
 * in the process's figures), but whatever it may spawn is counted too. Linux only (/proc).
 */
export function processTreeCpu(rootPid: number): { ms: number; processes: number } {
  const stats = readdirSync("/proc").filter((name) => /^\d+$/.test(name)).flatMap((pid) => {
    try {
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /s, "").split(" ");
      return [{ pid: Number(pid), ppid: Number(fields[1]), ticks: [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) }];
    } catch {
      return []; // exited while being read
    }
  });
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of stats) {
      if (tree.has(s.pid) || !tree.has(s.ppid)) continue;
      tree.add(s.pid);
      grew = true;
    }
  }
  return { ms: (stats.filter((s) => tree.has(s.pid)).reduce((sum, s) => sum + s.ticks, 0) * 1000) / CLOCK_TICKS, processes: tree.size };
}

/** Nearest-rank percentile of sorted values. */
export const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;


/**
 * Keeps a child process running for the launcher: when it exits without being asked to, the
 * exit is logged and the process started again after a growing pause; after too many quick
 * failures the supervisor gives up and says so, so that the launcher can stop everything and
 * exit non-zero — never silently.
 */
import type { ChildProcess } from "node:child_process";

export type Running = {
  /** Resolves when the process ends, with how: "exit code 1", "killed by SIGKILL". */
  exited: Promise<string>;
  stop: () => Promise<void>;
};

export type SupervisorOptions = {
  name: string;
  /** The process already started by the caller, if any (a failure to start it the first time is the caller's to report). */
  initial?: Running;
  start: () => Promise<Running>;
  onGiveUp: (reason: string) => void;
  log?: (line: string) => void;
  /** Pauses before each restart, the last one repeated. */
  delaysMs?: number[];
  /** More failures than this within windowMs and the supervisor gives up. */
  maxFailures?: number;
  windowMs?: number;
};

export type Supervisor = { stop: () => Promise<void>; restarts: () => number };

export function supervise(options: SupervisorOptions): Supervisor {
  const { name, start, onGiveUp, log = console.error, delaysMs = [500, 1_000, 2_000, 4_000], maxFailures = 5, windowMs = 60_000 } = options;
  let current = options.initial;
  let starting: Promise<Running> | undefined;
  let stopping = false;
  let restarts = 0;
  let wake: (() => void) | undefined;

  void (async () => {
    const failures: number[] = [];
    for (;;) {
      let reason: string;
      if (current) reason = await current.exited;
      else {
        try {
          current = await (starting = start());
          restarts += 1;
          if (stopping) return; // stop() stops it
          log(`${name} has been started again.`);
          continue;
        } catch (error) {
          reason = `failed to start: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
        } finally {
          starting = undefined;
        }
      }
      current = undefined;
      if (stopping) return;
      const now = Date.now();
      failures.push(now);
      while (failures.length > 0 && now - failures[0]! > windowMs) failures.shift();
      if (failures.length > maxFailures) {
        const message = `${name} stopped (${reason}), ${failures.length} times within ${windowMs / 1000} s: giving up.`;
        log(message);
        return onGiveUp(message);
      }
      const delay = delaysMs[Math.min(failures.length - 1, delaysMs.length - 1)]!;
      log(`${name} stopped unexpectedly (${reason}): starting it again in ${delay / 1000} s.`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        wake = () => {
          clearTimeout(timer); // a stop during the back-off must not keep the process waiting for it
          resolve();
        };
      });
      if (stopping) return;
    }
  })();

  return {
    restarts: () => restarts,
    async stop() {
      stopping = true;
      wake?.();
      const running = current ?? (await starting?.catch(() => undefined));
      await running?.stop();
    },
  };
}

/** How a child process ended, for Running.exited. */
export function exitOf(child: ChildProcess): Promise<string> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(describeExit(child.exitCode, child.signalCode));
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve(describeExit(code, signal))));
}

const describeExit = (code: number | null, signal: NodeJS.Signals | null) => (signal ? `killed by ${signal}` : `exit code ${code}`);

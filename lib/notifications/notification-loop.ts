import type { Db } from "@/lib/db";
import { deliverOutbox } from "./deliver-outbox";
import { mailSettings } from "./mail-settings";
import { createMailTransport, type MailTransport } from "./mail-transport";
import { notifyRoundsClosingSoon } from "./notify-rounds-closing-soon";
import { setOutboxNudge } from "./outbox-nudge";
import { queueDailyDigests } from "./queue-daily-digests";

type Log = Pick<Console, "log" | "error">;

/**
 * The notification jobs, in the web server's process: every `intervalMs` (and when a command
 * nudges it after queuing email) it tells committees of rounds closing soon, queues the daily
 * digests, and sends the outbox. One run at a time; a nudge during a run asks for one more after
 * it. Without SMTP_URL nothing is sent (said once in the log): the inbox works, the outbox waits.
 * Each job is idempotent, so any number of servers may run this loop at once.
 */
export function startNotificationLoop(db: Db, { intervalMs = 10_000, log = console as Log } = {}) {
  const { smtpUrl, from } = mailSettings();
  let transport: (MailTransport & { close(): void }) | null = smtpUrl ? createMailTransport(smtpUrl) : null;
  if (!transport) log.log("SMTP_URL is not set: notifications go to the inbox only, and emails wait in the outbox until it is set.");
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const runOnce = async () => {
    try {
      await notifyRoundsClosingSoon(db);
      await queueDailyDigests(db);
      if (transport) {
        const { failed } = await deliverOutbox(db, transport, { from });
        if (failed > 0) log.error("An email could not be sent: it stays in the outbox and is retried later (see OutboxEmail.lastError).");
      }
    } catch (error) {
      log.error("The notification jobs failed; they run again shortly:", error);
    }
  };
  const run = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = runOnce().finally(() => {
      running = null;
      if (again) {
        again = false;
        run();
      }
    });
  };

  const timer = setInterval(run, intervalMs);
  timer.unref();
  setOutboxNudge(run);
  run();
  return {
    nudge: run,
    /** Stops the timer and waits for a run in progress. */
    async stop() {
      stopped = true;
      clearInterval(timer);
      setOutboxNudge(undefined);
      await running;
      transport?.close();
      transport = null;
    },
  };
}

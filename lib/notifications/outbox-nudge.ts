/**
 * After a commit that queued emails, a command nudges the outbox so they go out now rather than
 * at the sender's next tick. The web server registers its sender here (notification-loop.ts);
 * elsewhere (tests, scripts) a nudge does nothing. Kept on globalThis: Next.js may load this
 * module more than once in one process.
 */
const registry = globalThis as unknown as { portalOutboxNudge?: () => void };

export function setOutboxNudge(nudge: (() => void) | undefined): void {
  registry.portalOutboxNudge = nudge;
}

export function nudgeOutbox(): void {
  registry.portalOutboxNudge?.();
}

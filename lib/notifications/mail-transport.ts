import nodemailer from "nodemailer";

/** What the outbox needs of a mail transport (a nodemailer transporter is one). */
export type MailTransport = { sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown> };

/**
 * An SMTP transport for SMTP_URL. Timeouts are bounded so that a stalled server fails a send
 * well within the outbox's claim on a row (CLAIM_MS in deliver-outbox.ts).
 */
export function createMailTransport(smtpUrl: string): MailTransport & { close(): void } {
  return nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as nodemailer.TransportOptions);
}

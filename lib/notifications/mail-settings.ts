/**
 * Email settings, read from the environment when used. SMTP_URL (e.g.
 * smtp://user:pass@mail.example.com:587, or smtps://… for TLS from the start) turns email on;
 * without it notifications stay in the inbox and the outbox keeps its rows until it is set.
 * MAIL_FROM is the sender; NEXTAUTH_URL, the portal's public address, starts the links in emails.
 */
export function mailSettings() {
  const smtpUrl = process.env.SMTP_URL?.trim() || null;
  const from = process.env.MAIL_FROM?.trim() || "SEC Refinement Portal <no-reply@localhost>";
  const portalUrl = (process.env.NEXTAUTH_URL?.trim() || `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
  return { smtpUrl, from, portalUrl };
}

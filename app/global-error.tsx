"use client";

import { REGISTER_LINK, SERVER_ERROR } from "@/lib/error-messages";
import "./globals.css";

/**
 * When the root layout itself fails (the database is unreachable, say), this replaces the whole
 * page, instead of Next.js's "Application error" line. Plain links: the router may be what failed.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en-GB">
      <body className="min-h-screen font-sans">
        <header className="bg-brand-dark px-4 py-3 text-lg font-bold text-white">SEC Refinement Portal</header>
        <main id="main" className="mx-auto max-w-2xl px-4 py-6">
          <title>{`${SERVER_ERROR.title} · SEC Refinement Portal`}</title>
          <h1 className="mb-4 text-3xl font-bold">{SERVER_ERROR.title}</h1>
          <p className="mb-4">{SERVER_ERROR.text}</p>
          {error.digest && <p className="mb-4 text-sm text-slate-700">If you report this, quote reference {error.digest}.</p>}
          <p className="flex gap-4">
            <a href="">Try again</a>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full reload, in case the client router is what failed */}
            <a href="/">{REGISTER_LINK}</a>
          </p>
        </main>
      </body>
    </html>
  );
}

"use client";

import Link from "next/link";

/**
 * Unexpected errors: the details stay in the server log; the user gets a way on. "Try again"
 * fetches the page from the server again (reset() would only re-render the same error).
 */
export default function ErrorPage({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-3xl font-bold">Sorry, something went wrong</h1>
      <p className="mb-4">The page could not be shown. Nothing you submitted was lost or half-saved. Please try again in a moment.</p>
      {error.digest && <p className="mb-4 text-sm text-slate-700">If you report this, quote reference {error.digest}.</p>}
      <p className="flex gap-4">
        <button type="button" onClick={retry} className="rounded bg-brand px-4 py-2 font-semibold text-white">
          Try again
        </button>
        <Link href="/" className="py-2">Go to the modifications register</Link>
      </p>
    </div>
  );
}

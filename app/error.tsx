"use client";

import Link from "next/link";
import { REGISTER_LINK, SERVER_ERROR } from "@/lib/error-messages";
import { Button } from "@/components/button";

/**
 * Unexpected errors: the details stay in the server log; the user gets a way on. "Try again"
 * fetches the page from the server again (reset() would only re-render the same error).
 */
export default function ErrorPage({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-3xl font-bold">{SERVER_ERROR.title}</h1>
      <p className="mb-4">{SERVER_ERROR.text}</p>
      {error.digest && <p className="mb-4 text-sm text-slate-700">If you report this, quote reference {error.digest}.</p>}
      <p className="flex gap-4">
        <Button type="button" onClick={retry}>
          Try again
        </Button>
        <Link href="/" className="py-2">
          {REGISTER_LINK}
        </Link>
      </p>
    </div>
  );
}

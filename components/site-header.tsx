import Link from "next/link";
import { Button } from "./button";
import { SignOutButton } from "./sign-out-button";

export type HeaderUser = { name: string; roleLabel: string; organisation: string | null; unread: number; links: { href: string; label: string }[] };

/** Who you are, on every page; the search box and the sign-out button are plain forms, so they work without JavaScript. */
export function SiteHeader({ user, signOut }: { user: HeaderUser | null; signOut: () => Promise<void> }) {
  return (
    <header className="bg-brand-dark text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-white no-underline hover:text-white">
          SEC Refinement Portal
        </Link>
        {user ? (
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <form method="get" action="/search" role="search" className="flex items-center gap-1">
              <label htmlFor="site-search" className="sr-only">
                Search requirements
              </label>
              <input id="site-search" type="search" name="q" maxLength={200} className="w-44 rounded border border-white bg-white px-2 py-1 text-slate-900" />
              <Button variant="inverse" size="sm">
                Search
              </Button>
            </form>
            <Link href="/inbox" className="text-white hover:text-white">
              Inbox
              {user.unread > 0 && (
                <>
                  {" "}
                  <span className="rounded-full bg-white px-2 text-xs font-bold text-brand-dark">
                    {user.unread}
                    <span className="sr-only"> unread</span>
                  </span>
                </>
              )}
            </Link>
            {user.links.map((l) => (
              <Link key={l.href} href={l.href} className="text-white hover:text-white">
                {l.label}
              </Link>
            ))}
            <p>
              Signed in as <span className="font-semibold">{user.name}</span>
              <span className="ml-1">
                ({user.roleLabel}
                {user.organisation ? `, ${user.organisation}` : ""})
              </span>
            </p>
            <SignOutButton action={signOut} variant="inverse" size="sm" />
          </div>
        ) : (
          <Link href="/signin" className="text-sm text-white hover:text-white">
            Sign in
          </Link>
        )}
      </div>
    </header>
  );
}

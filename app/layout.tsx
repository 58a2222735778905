import type { Metadata } from "next";
import { GeistSans } from "geist/font/sans";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { COMMITTEE_LABELS, ROLE_LABELS } from "@/lib/labels";
import { SiteHeader } from "@/components/site-header";
import { signOutAction } from "./signin/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "SEC Refinement Portal", template: "%s · SEC Refinement Portal" },
  description: "Where Smart Energy Code modifications are refined, from business requirements to the Modification Report.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  const header = user && {
    name: user.name,
    roleLabel: user.committee ? `${COMMITTEE_LABELS[user.committee]} ${ROLE_LABELS[user.role].toLowerCase()}` : ROLE_LABELS[user.role],
    organisation: user.organisation?.name ?? null,
    unread: user.unreadNotifications,
    links: [...(can(user, "user.manage") ? [{ href: "/admin/users", label: "Users" }] : []), { href: "/account", label: "Account" }],
  };
  return (
    <html lang="en-GB" className={GeistSans.variable}>
      <body className="min-h-screen font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Skip to main content
        </a>
        <SiteHeader user={header} signOut={signOutAction} />
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto max-w-6xl px-4 py-8 text-sm text-slate-700">
          Smart Energy Code modifications, refined in the open. Published reports can be read by anyone.
        </footer>
      </body>
    </html>
  );
}

import type { Metadata } from "next";
import { authorizePage } from "@/lib/auth/authorize";
import { SignOutButton } from "@/components/sign-out-button";
import { signOutAction, signOutEverywhereAction } from "../signin/actions";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  // Signed in, so never null.
  const user = (await authorizePage("account.manage", "/account"))!;
  return (
    <div className="max-w-xl">
      <h1 className="mb-4 text-3xl font-bold">Your account</h1>
      <p className="mb-6">
        Signed in as <span className="font-semibold">{user.name}</span> ({user.email}).
      </p>
      <h2 className="mb-2 text-xl font-bold">Sign out</h2>
      <p className="mb-4">Ends your session on this browser.</p>
      <SignOutButton action={signOutAction} />
      <h2 className="mb-2 mt-8 text-xl font-bold">Sign out everywhere</h2>
      <p className="mb-4">
        Ends every session of your account, on this browser and on any other browser or device. Use it if you signed in on a
        shared computer or think someone else has your session.
      </p>
      <SignOutButton action={signOutEverywhereAction} label="Sign out everywhere" />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { SignOutButton } from "@/components/sign-out-button";
import { signOutAction } from "../signin/actions";

export const metadata: Metadata = { title: "Sign out" };

export default async function SignOutPage() {
  if (!(await getCurrentUser())) redirect("/signin");
  return (
    <div className="max-w-xl">
      <h1 className="mb-4 text-3xl font-bold">Sign out</h1>
      <p className="mb-4">
        Signing out ends your session on this browser. To end your sessions on other browsers and devices too, use{" "}
        <Link href="/account">Sign out everywhere</Link> on your account page.
      </p>
      <SignOutButton action={signOutAction} />
    </div>
  );
}

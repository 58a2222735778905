import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/auth/return-path";
import { Notice } from "@/components/notice";
import { SignInForm } from "@/components/sign-in-form";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const { callbackUrl, signedOut } = await searchParams;
  const returnTo = safeReturnPath(callbackUrl);
  if (await getCurrentUser()) redirect(returnTo);
  return (
    <div className="max-w-xl">
      <h1 className="mb-2 text-3xl font-bold">Sign in</h1>
      {signedOut ? (
        <Notice tone="success">{signedOut === "everywhere" ? "You have signed out on every browser and device." : "You have signed out."}</Notice>
      ) : null}
      {returnTo !== "/" && <p className="mb-4">Sign in to see that page. Draft requirements are open to signed-in participants.</p>}
      <SignInForm action={signInAction} callbackUrl={returnTo} />
      <p className="mt-4 text-sm text-slate-700">Accounts are created by SECAS. Ask the secretariat if you need one.</p>
    </div>
  );
}

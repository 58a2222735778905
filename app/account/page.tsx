import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { NOTIFICATION_PREFERENCE_LABELS } from "@/lib/labels";
import { Button } from "@/components/button";
import { Notice } from "@/components/notice";
import { ProblemAlert } from "@/components/problem-alert";
import { SelectField } from "@/components/select-field";
import { SignOutButton } from "@/components/sign-out-button";
import { signOutAction, signOutEverywhereAction } from "../signin/actions";
import { updateNotificationPreferenceAction } from "./actions";

export const metadata: Metadata = { title: "Your account" };

const PREFERENCE_OPTIONS = Object.entries(NOTIFICATION_PREFERENCE_LABELS).map(([value, label]) => ({ value, label }));

export default async function AccountPage({ searchParams }: PageProps<"/account">) {
  // Signed in, so never null.
  const user = (await authorizePage("account.manage", "/account"))!;
  const query = await searchParams;
  const { saved } = query;
  const { notificationPreference } = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { notificationPreference: true } });
  return (
    <div className="max-w-xl">
      <h1 className="mb-4 text-3xl font-bold">Your account</h1>
      <p className="mb-6">
        Signed in as <span className="font-semibold">{user.name}</span> ({user.email}).
      </p>
      <ProblemAlert query={query} />
      {saved === "preference" && <Notice tone="success">Your email preference is saved.</Notice>}
      <h2 className="mb-2 text-xl font-bold">Email</h2>
      <p className="mb-4">
        Replies, dispositions, mentions and your committee&apos;s review rounds always appear in your <Link href="/inbox">inbox</Link>. Choose whether you are also
        emailed: for each one, once a day in a digest (from 07:00), or not at all.
      </p>
      <form action={updateNotificationPreferenceAction} className="mb-8 flex flex-wrap items-end gap-3">
        <SelectField name="preference" label="Email me" options={PREFERENCE_OPTIONS} defaultValue={notificationPreference} />
        <Button>Save email preference</Button>
      </form>
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

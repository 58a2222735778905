import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { COMMITTEE_LABELS, PARTY_CATEGORY_LABELS, ROLE_LABELS } from "@/lib/labels";
import { findUsers } from "@/lib/users/find-users";
import { Badge } from "@/components/badge";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ButtonLink } from "@/components/button";
import { Notice } from "@/components/notice";
import { TableHead } from "@/components/table-head";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: PageProps<"/admin/users">) {
  await authorizePage("user.manage", "/admin/users");
  const users = await findUsers(db());
  const { saved } = await searchParams;
  const savedUser = users.find((u) => u.id === saved);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Modifications" }, { label: "Users" }]} />
      <h1 className="mb-4 text-3xl font-bold">Users</h1>
      <p className="mb-4 max-w-3xl">Everyone who can sign in, with the role that decides what they may do.</p>
      {savedUser && (
        <Notice tone="success">Saved {savedUser.name}&apos;s account.</Notice>
      )}
      <p className="mb-4">
        <ButtonLink href="/admin/users/new">Add a user</ButtonLink>
      </p>
      <table className="w-full border-collapse bg-white text-left">
        <TableHead columns={["Name", "Email", "Role", "Organisation", "Status"]} />
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b border-slate-200">
              <td className="p-2">
                <Link href={`/admin/users/${u.id}`}>{u.name}</Link>
              </td>
              <td className="p-2">{u.email}</td>
              <td className="p-2">
                {ROLE_LABELS[u.role]}
                {u.committee && ` (${COMMITTEE_LABELS[u.committee]})`}
              </td>
              <td className="p-2">
                {u.organisation?.name ?? "None"}
                {u.organisation?.partyCategory && <span className="block text-sm text-slate-700">{PARTY_CATEGORY_LABELS[u.organisation.partyCategory]}</span>}
              </td>
              <td className="p-2">{u.disabled ? <Badge tone="muted">Disabled</Badge> : <Badge tone="success">Active</Badge>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

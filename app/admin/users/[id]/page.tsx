import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { authorizePage } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { getUserForEditing } from "@/lib/users/find-users";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { EndSessionsForm } from "@/components/end-sessions-form";
import { UserForm } from "@/components/user-form";
import { endUserSessionsAction, updateUserAccessAction } from "../actions";

export const metadata: Metadata = { title: "Change a user's access" };

export default async function EditUserPage({ params }: PageProps<"/admin/users/[id]">) {
  const { id } = await params;
  await authorizePage("user.manage", `/admin/users/${id}`);
  const found = await getUserForEditing(db(), id);
  if (!found) notFound();
  const { user, organisations } = found;
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Modifications" }, { href: "/admin/users", label: "Users" }, { label: user.name }]} />
      <h1 className="mb-1 text-3xl font-bold">{user.name}</h1>
      <p className="mb-4">{user.email}</p>
      <UserForm
        action={updateUserAccessAction}
        organisations={organisations}
        existing={{ id: user.id, version: user.version, access: { role: user.role, committee: user.committee, organisationId: user.organisationId, disabled: user.disabled } }}
      />
      <EndSessionsForm action={endUserSessionsAction} userId={user.id} name={user.name} />
    </>
  );
}

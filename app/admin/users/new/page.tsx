import type { Metadata } from "next";
import { authorizePage } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { findOrganisations } from "@/lib/users/find-organisations";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { UserForm } from "@/components/user-form";
import { createUserAction } from "../actions";

export const metadata: Metadata = { title: "Add a user" };

export default async function NewUserPage() {
  await authorizePage("user.manage", "/admin/users/new");
  const organisations = await findOrganisations(db());
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Modifications" }, { href: "/admin/users", label: "Users" }, { label: "Add a user" }]} />
      <h1 className="mb-4 text-3xl font-bold">Add a user</h1>
      <UserForm action={createUserAction} organisations={organisations} />
    </>
  );
}

import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Committee, PartyCategory, Role } from "@/lib/generated/prisma/enums";
import { readSessionToken, sessionCookie } from "./session-token";

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  committee: Committee | null;
  organisation: { name: string; partyCategory: PartyCategory | null } | null;
};

/**
 * The signed-in user, re-read from the user row on every request: a disabled account or a
 * changed role takes effect at once, whatever the session cookie says.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const id = await readSessionToken((await cookies()).get(sessionCookie().name)?.value);
  return id ? findActiveUser(id) : null;
});

export async function findActiveUser(id: string): Promise<CurrentUser | null> {
  return db().user.findFirst({
    where: { id, disabled: false },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      committee: true,
      organisation: { select: { name: true, partyCategory: true } },
    },
  });
}

import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ensureAccounts } from "@/lib/seed/accounts";
import { resetDatabase } from "@/lib/test/database";
import { findActiveUser } from "./current-user";
import { createSessionToken, readSessionToken } from "./session-token";

describe("sessions", () => {
  beforeEach(resetDatabase);

  it("round-trips the user id through the signed, encrypted cookie value", async () => {
    const token = await createSessionToken("user-123");
    expect(token).not.toContain("user-123");
    expect(await readSessionToken(token)).toBe("user-123");
  });

  it("rejects a tampered, foreign or missing token", async () => {
    const token = await createSessionToken("user-123");
    const tampered = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await readSessionToken(tampered)).toBeNull();
    expect(await readSessionToken("not.a.token")).toBeNull();
    expect(await readSessionToken(undefined)).toBeNull();
    const previous = process.env.NEXTAUTH_SECRET;
    process.env.NEXTAUTH_SECRET = "another portal's secret";
    try {
      expect(await readSessionToken(token)).toBeNull();
    } finally {
      process.env.NEXTAUTH_SECRET = previous;
    }
  });

  it("re-reads the user row, so a role change or a disabled account takes effect at once", async () => {
    await ensureAccounts(db(), [{ email: "r@example.com", name: "Rae", role: "REVIEWER", committee: "SSC", organisation: "Kestrel Power" }], { password: "pw" });
    const { id } = await db().user.findUniqueOrThrow({ where: { email: "r@example.com" } });
    expect(await findActiveUser(id)).toMatchObject({ role: "REVIEWER", committee: "SSC", organisation: { name: "Kestrel Power" } });

    await db().user.update({ where: { id }, data: { role: "WORKING_GROUP", committee: null } });
    expect(await findActiveUser(id)).toMatchObject({ role: "WORKING_GROUP", committee: null });

    await db().user.update({ where: { id }, data: { disabled: true } });
    expect(await findActiveUser(id)).toBeNull();
  });
});

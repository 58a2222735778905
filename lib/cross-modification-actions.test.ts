import { beforeAll, describe, expect, it, vi } from "vitest";
import { changeStatusAction, moveRequirementAction, removeLinkAction, updateRequirementAction } from "@/app/modifications/[ref]/requirements/actions";
import { updateServiceRequestAction } from "@/app/modifications/[ref]/service-requests/actions";
import type { FormState } from "@/lib/actions/form-state";
import { problemText } from "@/lib/actions/problems";
import { startSession } from "@/lib/auth/sessions";
import { sessionCookie } from "@/lib/auth/session-token";
import { db } from "@/lib/db";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { changedTables, snapshotTables } from "@/test/support/snapshot";
import { ONLY_IN_OTHER, seedTwoModifications } from "@/test/support/two-modifications";

// The server actions themselves, posted as a browser would post them from DP162's pages but
// carrying the other modification's ids — in the form, or in the arguments the page bound, which
// a browser can change as easily (React writes them into the form). Each is refused and writes
// nothing; the same post bound to the ids' own modification goes through. Only Next's request
// (the session cookie, the cache) is stood in for; the actions, commands and database are real.
const request = vi.hoisted(() => ({ cookie: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === sessionCookie().name && request.cookie ? { name, value: request.cookie } : undefined) }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let other: string;
let wgId: string;
const IDLE: FormState = { status: "idle" };

const requirement = (modificationId: string, ref: string) =>
  db().requirement.findUniqueOrThrow({ where: { modificationId_ref: { modificationId, ref } }, select: { id: true, areaId: true, title: true, body: true, version: true } });
const form = (fields: Record<string, string | number>) => Object.entries(fields).reduce((f, [k, v]) => (f.append(k, String(v)), f), new FormData());

/** Where the action redirected (Next's redirect throws), or what it answered. */
async function outcome(run: () => Promise<unknown>): Promise<{ redirect?: string; state?: unknown }> {
  try {
    return { state: await run() };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirect: digest.split(";")[2] };
  }
}

/** Each post, given the modification ref the page would bind: a forged one from DP162, a genuine one from DP963. */
const POSTS: Record<string, (ref: string) => Promise<unknown>> = {
  "an edit of their requirement (bound id)": async (ref) => {
    const r = await requirement(other, "BR-01");
    return updateRequirementAction(ref, r.id, IDLE, form({ areaId: r.areaId, title: r.title, body: `${r.body} Forged.`, changeNote: "Forged", expectedVersion: r.version }));
  },
  "a status change of their requirement (bound id)": async (ref) => {
    const r = await requirement(other, "BR-06");
    return changeStatusAction(ref, r.id, IDLE, form({ status: "PROPOSED", reason: "Forged", expectedVersion: r.version }));
  },
  "a move of their requirement (the list's form field)": async (ref) => moveRequirementAction(ref, form({ move: `${(await requirement(other, "BR-09")).id}:up` })),
  "a removal of their requirement's link (bound id and form field)": async (ref) => {
    const r = await requirement(other, "BR-12");
    const link = await db().traceLink.findFirstOrThrow({ where: { requirementId: r.id } });
    return removeLinkAction(ref, r.id, form({ linkId: link.id, expectedVersion: r.version }));
  },
  "an edit of their Service Request (bound id)": async (ref) => {
    const sr = await db().serviceRequest.findUniqueOrThrow({ where: { modificationId_number: { modificationId: other, number: ONLY_IN_OTHER.serviceRequest } } });
    const edit = { targetResponseTime: "1 second", testingScenario: "Forged", changeNote: "Forged", expectedVersion: sr.version };
    return updateServiceRequestAction(ref, { id: sr.id, number: sr.number }, IDLE, form(edit));
  },
};

beforeAll(async () => {
  await resetDatabase();
  ({ other } = await seedTwoModifications());
  const wg = await createActor("WORKING_GROUP");
  wgId = wg.id;
  request.cookie = await startSession(db(), wg.id);
});

describe("a post from DP162's pages carrying the other modification's ids is refused and writes nothing", () => {
  for (const [post, run] of Object.entries(POSTS)) {
    it(post, async () => {
      const before = await snapshotTables();
      const forged = await outcome(() => run("DP162"));
      // A form answers "not found here"; a list or link button goes back with the problem code and its words, signed for this user.
      if (forged.redirect) {
        const [path, search] = forged.redirect.split("?");
        const query = Object.fromEntries(new URLSearchParams(search));
        expect(path).toBe("/modifications/DP162/requirements");
        expect(query).toMatchObject({ problem: "gone", why: expect.stringMatching(/^There is no such requirement in this modification/) });
        expect(problemText(query, wgId)).toBe(query.why);
      } else expect(forged.state).toMatchObject({ status: "error", code: "NOT_FOUND" });
      expect(changedTables(before, await snapshotTables())).toEqual([]);

      const genuine = await outcome(() => run("DP963"));
      expect(genuine.redirect, JSON.stringify(genuine.state)).toMatch(/^\/modifications\/DP963\//);
      expect(genuine.redirect).not.toContain("problem=");
      expect(changedTables(before, await snapshotTables())).toContain("AuditEvent");
    });
  }
});

import { expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { PRINCIPAL_KINDS, VISITOR, type PrincipalKind } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { changedTables, snapshotTables } from "./snapshot";

/**
 * A workflow written out by hand in its test, independently of the code: which moves exist,
 * and who may make each. Every later workflow (review rounds, comment threads, consultations,
 * reports) is tested the same way, with `testEveryTransition`.
 */
export type WorkflowRules<S extends string> = {
  states: readonly S[];
  /** The moves the workflow allows, from → to. */
  moves: Partial<Record<S, readonly S[]>>;
  /** Who may move a subject into each state (checked before whether the move exists). */
  mayMoveTo: Record<S, readonly PrincipalKind[]>;
};

export type WorkflowSubject<S extends string> = {
  /** Puts the subject into `state` directly, as the starting point of one case. */
  setState: (state: S) => Promise<void>;
  readState: () => Promise<S>;
  /** Runs the real command that moves the subject to `to`. */
  move: (actor: CurrentUser | null, to: S) => Promise<unknown>;
  actorFor: (principal: PrincipalKind) => CurrentUser | null;
};

type Outcome = "OK" | "UNAUTHENTICATED" | "FORBIDDEN" | "VALIDATION";

export function expectedOutcome<S extends string>(rules: WorkflowRules<S>, from: S, to: S, principal: PrincipalKind): Outcome {
  if (principal === VISITOR) return "UNAUTHENTICATED";
  if (!rules.mayMoveTo[to].includes(principal)) return "FORBIDDEN";
  return rules.moves[from]?.includes(to) ? "OK" : "VALIDATION";
}

/**
 * One test per from × to × principal: the move goes through exactly when the rules say, and a
 * refused move writes nothing at all. `subject` is read when the tests run (after beforeAll).
 */
export function testEveryTransition<S extends string>(rules: WorkflowRules<S>, subject: () => WorkflowSubject<S>) {
  const cases = rules.states.flatMap((from) => rules.states.flatMap((to) => PRINCIPAL_KINDS.map((p) => [from, to, p, expectedOutcome(rules, from, to, p)] as const)));
  it.each(cases)("%s → %s as %s: %s", async (from, to, principal, expected) => {
    const s = subject();
    await s.setState(from);
    const before = await snapshotTables();
    const error = await s.move(s.actorFor(principal), to).then(
      () => null,
      (e: unknown) => e,
    );
    if (expected === "OK") {
      expect(error).toBeNull();
      expect(await s.readState()).toBe(to);
      expect(changedTables(before, await snapshotTables())).toContain("AuditEvent");
    } else {
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: expected });
      expect(await s.readState()).toBe(from);
      expect(changedTables(before, await snapshotTables())).toEqual([]);
    }
  });
}

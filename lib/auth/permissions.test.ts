import { describe, expect, it } from "vitest";
import { ACTIONS, can, PRINCIPALS, type Action, type Principal } from "./permissions";

// The expected matrix, written out from ../shared/design.md's role table rather than derived from
// the code: a change to who may do what must change both.
const V = "VISITOR", P = "PARTY_RESPONDENT", R = "REVIEWER", D = "DCC_ANALYST", W = "WORKING_GROUP", S = "SECAS";
const EXPECTED: Record<Action, Principal[]> = {
  "register.read": [V, P, R, D, W, S],
  "modification.readOverview": [V, P, R, D, W, S],
  "report.readPublished": [V, P, R, D, W, S],
  "consultation.readCollated": [V, P, R, D, W, S],
  "requirement.read": [P, R, D, W, S],
  "serviceRequest.read": [P, R, D, W, S],
  "report.readDraft": [P, R, D, W, S],
  "impact.read": [R, D, W, S],
  "comment.read": [R, D, W, S],
  "audit.read": [R, D, W, S],
  "requirement.create": [W, S],
  "requirement.edit": [W, S],
  "requirement.propose": [W, S],
  "requirement.withdraw": [W, S],
  "requirement.link": [W, S],
  "requirement.agree": [S],
  "serviceRequest.edit": [W, S],
  "baseline.create": [W, S],
  "comment.create": [R, D, W, S],
  "comment.answer": [W, S],
  "comment.resolve": [W, S],
  "impact.writeDcc": [D, S],
  "impact.writeParty": [P, S],
  "consultation.respond": [P],
  "consultation.readConfidential": [S],
  "modification.manage": [S],
  "reviewRound.manage": [S],
  "consultation.manage": [S],
  "report.draft": [S],
  "report.publish": [S],
  "user.manage": [S],
  "account.manage": [P, R, D, W, S],
};

describe("the permission matrix", () => {
  it("covers exactly the expected actions", () => {
    expect([...ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const action of ACTIONS) {
    for (const principal of PRINCIPALS) {
      const allowed = EXPECTED[action].includes(principal);
      it(`${allowed ? "allows" : "refuses"} ${principal} to ${action}`, () => {
        expect(can(principal, action)).toBe(allowed);
      });
    }
  }

  it("refuses an unknown, empty or missing role whatever the action", () => {
    for (const action of ACTIONS) {
      for (const role of ["ADMIN", "secas", "", null, undefined, "toString", "__proto__"]) {
        expect(can(role, action)).toBe(false);
      }
    }
  });

  it("refuses an unknown action, including inherited property names", () => {
    for (const action of ["requirement.delete", "", "toString", "constructor", "__proto__"]) {
      expect(can("SECAS", action)).toBe(false);
    }
  });
});

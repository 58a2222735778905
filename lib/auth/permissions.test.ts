import { describe, expect, it } from "vitest";
import { Committee, ConsultationStatus, Role, WindowStatus } from "@/lib/generated/prisma/enums";
import { ACTIONS, can, PRINCIPAL_KINDS, rolesAllowed, VISITOR, type Action, type Principal, type PrincipalKind, type ResourceAction, type Resources } from "./permissions";

// The expected matrix, written out from the roles as the README describes them and the review and
// consultation rules (who may comment, who may respond) rather than derived from the code: a change
// to who may do what must change both.
const V = "VISITOR", P = "PARTY_RESPONDENT", R = "REVIEWER", D = "DCC_ANALYST", W = "WORKING_GROUP", S = "SECAS";
type RoleAction = Exclude<Action, ResourceAction>;
const EXPECTED: Record<RoleAction, PrincipalKind[]> = {
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
  "comment.respond": [W, S],
  "comment.resolve": [W, S],
  "comment.changeSeverity": [S],
  "impact.writeDcc": [D, S],
  "impact.requestDcc": [S],
  "impact.readDccSummary": [V, P, R, D, W, S],
  "consultation.respondOnBehalf": [S],
  "consultation.readConfidential": [S],
  "consultation.readAnyResponse": [S],
  "consultation.read": [P, R, D, W, S],
  // collation and publishing
  "consultation.readCollation": [W, S],
  "consultation.collate": [S],
  "consultation.publishCollation": [S],
  "modification.manage": [S],
  "reviewRound.manage": [S],
  "consultation.manage": [S],
  "report.draft": [S],
  "report.publish": [S],
  "user.manage": [S],
  "account.manage": [P, R, D, W, S],
  "notification.readOwn": [P, R, D, W, S],
  "changeBoard.read": [V, P, R, D, W, S],
  "changeBoard.manage": [S],
};
const RESOURCE_ACTIONS: ResourceAction[] = ["comment.create", "comment.reply", "comment.editOwn", "comment.withdrawOwn", "comment.reopen", "consultation.respond", "impact.writeParty", "consultation.readOwnResponse"];

const OWN_ORG = "org-brightwater";
const OTHER_ORG = "org-kestrel";
/** A principal of each kind, as CurrentUser would give it: reviewers with a committee, everyone with an organisation. */
function principal(kind: PrincipalKind, { committee = null, organisationId = OWN_ORG }: { committee?: Committee | null; organisationId?: string | null } = {}): Principal {
  return kind === VISITOR ? VISITOR : { role: kind, committee: kind === R ? committee : null, organisationId };
}
/** Every reviewer committee, and each other role once. */
const PEOPLE: { label: string; who: Principal }[] = PRINCIPAL_KINDS.flatMap((kind) =>
  kind === R ? Object.values(Committee).map((c) => ({ label: `${c} reviewer`, who: principal(R, { committee: c }) })) : [{ label: kind, who: principal(kind) }],
);

describe("the permission matrix: rules by role", () => {
  it("lists the roles of a rule by role, for queries that list people", () => {
    for (const action of Object.keys(EXPECTED) as RoleAction[]) expect(rolesAllowed(action).sort(), action).toEqual(EXPECTED[action].filter((k) => k !== V).sort());
  });

  it("covers exactly the expected actions, each either by role or by resource", () => {
    expect([...ACTIONS].sort()).toEqual([...Object.keys(EXPECTED), ...RESOURCE_ACTIONS].sort());
  });

  for (const action of Object.keys(EXPECTED) as RoleAction[]) {
    for (const kind of PRINCIPAL_KINDS) {
      const allowed = EXPECTED[action].includes(kind);
      it(`${allowed ? "allows" : "refuses"} ${kind} to ${action}, whatever their committee or organisation`, () => {
        for (const who of [principal(kind), principal(kind, { committee: "TABASC", organisationId: null })]) expect(can(who, action)).toBe(allowed);
      });
    }
  }
});

describe("comment.create: role × reviewer committee × round committee × round status", () => {
  // Issue 8: a reviewer only in rounds of their own committee, only while open; the Working Group,
  // SECAS and the DCC analyst in any open round; party respondents and visitors never.
  const expected = (who: Principal, round: Resources["comment.create"]["round"]) =>
    round.status === "OPEN" && who !== VISITOR && ([W, S, D].includes(who.role) || (who.role === R && who.committee === round.committee));
  for (const { label, who } of PEOPLE) {
    for (const committee of Object.values(Committee)) {
      for (const status of Object.values(WindowStatus)) {
        const round = { committee, status };
        const allowed = expected(who, round);
        it(`${allowed ? "allows" : "refuses"} a ${label} in a ${status} ${committee} round`, () => {
          expect(can(who, "comment.create", { round })).toBe(allowed);
        });
      }
    }
  }

  it("refuses a reviewer with no committee, even in an open round", () => {
    for (const committee of Object.values(Committee)) {
      expect(can({ role: R, committee: null, organisationId: OWN_ORG }, "comment.create", { round: { committee, status: "OPEN" } })).toBe(false);
    }
  });
});

describe("comment.reply: role × reviewer committee × round committee × round status", () => {
  // Issue 8: the Working Group and SECAS reply in any thread (they respond after the round closes
  // too); the DCC analyst in any open round; a reviewer in their own committee's open rounds.
  for (const { label, who } of PEOPLE) {
    for (const committee of Object.values(Committee)) {
      for (const status of Object.values(WindowStatus)) {
        const round = { committee, status };
        const allowed = who !== VISITOR && ([W, S].includes(who.role) || (status === "OPEN" && (who.role === D || (who.role === R && who.committee === committee))));
        it(`${allowed ? "allows" : "refuses"} a ${label} to reply in a ${status} ${committee} round`, () => {
          expect(can(who, "comment.reply", { round })).toBe(allowed);
        });
      }
    }
  }

});

describe("own comments: edit and withdraw (author × round status), reopen (author or SECAS)", () => {
  const AUTHOR = "user-author";
  const as = (kind: PrincipalKind, id?: string): Principal => (kind === VISITOR ? VISITOR : { id, role: kind, committee: kind === R ? "TABASC" : null, organisationId: OWN_ORG });
  for (const action of ["comment.editOwn", "comment.withdrawOwn"] as const) {
    for (const kind of PRINCIPAL_KINDS) {
      for (const status of Object.values(WindowStatus)) {
        it(`${action}: the author (${kind}) only while the round is open; nobody else, SECAS neither`, () => {
          expect(can(as(kind, AUTHOR), action, { authorId: AUTHOR, round: { status } })).toBe(kind !== VISITOR && status === "OPEN");
          expect(can(as(kind, "someone-else"), action, { authorId: AUTHOR, round: { status } })).toBe(false);
          expect(can(as(kind), action, { authorId: AUTHOR, round: { status } })).toBe(false);
        });
      }
    }
    it(`${action}: never in a thread of no round, nor for an author with no id`, () => {
      expect(can(as(R, AUTHOR), action, { authorId: AUTHOR, round: null })).toBe(false);
      expect(can(as(R, ""), action, { authorId: "", round: { status: "OPEN" } })).toBe(false);
    });
  }
  for (const kind of PRINCIPAL_KINDS) {
    it(`comment.reopen: ${kind} as the author, and as someone else`, () => {
      expect(can(as(kind, AUTHOR), "comment.reopen", { authorId: AUTHOR })).toBe(kind !== VISITOR);
      expect(can(as(kind, "someone-else"), "comment.reopen", { authorId: AUTHOR })).toBe(kind === S);
    });
  }
});

describe("consultation.respond: role × own or other organisation × consultation status", () => {
  // Issue 9: a party respondent answers on behalf of their own organisation, only while it is open.
  for (const { label, who } of PEOPLE) {
    for (const [whose, organisationId] of [["their own", OWN_ORG], ["another", OTHER_ORG]] as const) {
      for (const status of Object.values(ConsultationStatus)) {
        const allowed = who !== VISITOR && who.role === P && whose === "their own" && status === "OPEN";
        it(`${allowed ? "allows" : "refuses"} a ${label} for ${whose} organisation's response in a ${status} consultation`, () => {
          expect(can(who, "consultation.respond", { organisationId, consultation: { status } })).toBe(allowed);
        });
      }
    }
  }

  it("refuses a party respondent with no organisation, or a response naming none", () => {
    const open = { status: "OPEN" as const };
    expect(can(principal(P, { organisationId: null }), "consultation.respond", { organisationId: OWN_ORG, consultation: open })).toBe(false);
    for (const organisationId of [null, undefined, ""] as unknown as string[]) {
      expect(can(principal(P, { organisationId: null }), "consultation.respond", { organisationId, consultation: open })).toBe(false);
      expect(can(principal(P, { organisationId: "" }), "consultation.respond", { organisationId, consultation: open })).toBe(false);
    }
  });
});

describe("impact.writeParty: role × own or other organisation", () => {
  for (const { label, who } of PEOPLE) {
    for (const [whose, organisationId] of [["their own", OWN_ORG], ["another", OTHER_ORG]] as const) {
      // A party records its own impact; SECAS may record any party's.
      const allowed = who !== VISITOR && (who.role === S || (who.role === P && whose === "their own"));
      it(`${allowed ? "allows" : "refuses"} a ${label} to record ${whose} organisation's impact`, () => {
        expect(can(who, "impact.writeParty", { organisationId })).toBe(allowed);
      });
    }
  }
});

describe("consultation.readOwnResponse: role × own or other organisation", () => {
  for (const { label, who } of PEOPLE) {
    for (const [whose, organisationId] of [["their own", OWN_ORG], ["another", OTHER_ORG]] as const) {
      // A party reads its own organisation's response (confidential answers included), whatever the consultation's status; SECAS reads any.
      const allowed = who !== VISITOR && (who.role === S || (who.role === P && whose === "their own"));
      it(`${allowed ? "allows" : "refuses"} a ${label} to read ${whose} organisation's response`, () => {
        expect(can(who, "consultation.readOwnResponse", { organisationId })).toBe(allowed);
      });
    }
  }
});

describe("failing closed", () => {
  it("refuses a resource rule asked without its resource, or with one it cannot read, whoever asks", () => {
    const missing = [undefined, null, "OPEN", 42, {}, { round: null }, { round: "OPEN" }, { consultation: null }, { organisationId: 7 }];
    for (const action of RESOURCE_ACTIONS) {
      for (const { who } of PEOPLE) {
        for (const resource of missing) {
          expect(can(who, action, resource as never), `${JSON.stringify(who)} ${action} ${JSON.stringify(resource)}`).toBe(false);
        }
      }
    }
  });

  it("refuses a visitor every action a signed-in user needs, with or without a resource", () => {
    for (const action of RESOURCE_ACTIONS) {
      expect(can(VISITOR, action, { round: { committee: "OPSG", status: "OPEN" }, organisationId: OWN_ORG, consultation: { status: "OPEN" } } as never)).toBe(false);
    }
  });

  it("refuses an unknown, empty or missing principal whatever the action and resource", () => {
    const strangers = ["SECAS", "visitor", "", null, undefined, {}, { role: "ADMIN" }, { role: "toString" }, { role: "__proto__" }, Object.create({ role: "SECAS" })];
    const resource = { round: { committee: "OPSG", status: "OPEN" }, organisationId: OWN_ORG, consultation: { status: "OPEN" } };
    for (const action of ACTIONS) {
      for (const stranger of strangers) expect(can(stranger as never, action, resource as never), `${String(stranger)} ${action}`).toBe(false);
    }
  });

  it("refuses an unknown action, including inherited property names", () => {
    for (const action of ["requirement.delete", "", "toString", "constructor", "__proto__", "hasOwnProperty"]) {
      expect(can(principal(S), action as Action)).toBe(false);
    }
  });

  it("knows every role of the schema, and nothing else", () => {
    expect([...PRINCIPAL_KINDS].sort()).toEqual([VISITOR, ...Object.values(Role)].sort());
  });
});

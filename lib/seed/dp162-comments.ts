import type { Prisma } from "@/lib/generated/prisma/client";
import { authorFields } from "@/lib/comments/author-fields";
import type { CommentDisposition, CommentKind, CommentSeverity, CommentStatus, Committee } from "@/lib/generated/prisma/enums";

/**
 * Illustrative review comments in DP162's open TABASC and SSC rounds (issue 8, item 9): none is
 * from a public source. One thread has a response, one is resolved with a disposition, one was
 * addressed by a later version of its requirement (BR-11 version 2, seeded here). Their authors
 * are the demo accounts, so they are seeded only with those.
 */
const ILLUSTRATIVE = "\n\n*Illustrative comment, not from a public source.*";

type ThreadSeed = {
  committee: Committee;
  author: string;
  /** A requirement by number (on its version 1), or a question of the round by number. */
  on: { requirement: number; quote?: string } | { question: number };
  kind?: CommentKind;
  severity?: CommentSeverity;
  body: string;
  status?: CommentStatus;
  disposition?: CommentDisposition;
  dispositionReason?: string;
  replies?: { author: string; body: string }[];
  /** The version of its requirement that addressed it (seeded below, edited by `ADDRESSING_EDIT.author`). */
  addressedBy?: "ADDRESSING_EDIT";
};

export const DP162_COMMENTS: ThreadSeed[] = [
  {
    committee: "TABASC",
    author: "tabasc@example.com",
    on: { requirement: 7, quote: "unless the DCC's assessment shows a cost case for a longer time" },
    kind: "QUESTION",
    severity: "MAJOR",
    body: "Who decides whether the cost case is made, and is a longer Target Response Time then set per Service Request or for the role as a whole?",
    status: "RESPONDED",
    replies: [{ author: "wg@example.com", body: "The Working Group decides on the DCC's assessment, per Service Request: Appendix E will list each time." }],
  },
  {
    committee: "TABASC",
    author: "tabasc@example.com",
    on: { question: 2 },
    severity: "MINOR",
    body: "The role needs end-to-end testing of scheduled retrieval (BR-08) as well as of each Service Request, including a schedule that outlives an appointment.",
    status: "RESOLVED",
    disposition: "NOTED",
    dispositionReason: "Noted for the testing approach; the scenarios in BR-09 will be extended in the next revision.",
    replies: [{ author: "secas@example.com", body: "Thank you: noted for the testing approach." }],
  },
  {
    committee: "SSC",
    author: "ssc@example.com",
    on: { requirement: 11, quote: "in the same way as Other Users retrieving consumption data" },
    severity: "MAJOR",
    body: "Other Users retrieve consumption data with the consumer's consent. Say what the consent basis is for an MDR User, or that none is needed and why.",
    status: "RESOLVED",
    disposition: "ACCEPTED",
    dispositionReason: "Version 2 states the basis: the MDR User's appointment, without consent, as for the Import Supplier.",
    replies: [{ author: "wg@example.com", body: "Agreed: version 2 of BR-11 states the basis." }],
    addressedBy: "ADDRESSING_EDIT",
  },
  {
    committee: "SSC",
    author: "ssc@example.com",
    on: { requirement: 10 },
    severity: "EDITORIAL",
    body: "\"User Security Assessment\" is a defined term in Section G: capitalise it consistently in the other requirements too.",
  },
];

/** BR-11's version 2, the edit that addressed the SSC comment on consent. */
export const ADDRESSING_EDIT = {
  requirement: 11,
  author: "wg@example.com",
  body: `Section I shall set out the basis on which an MDR User may retrieve consumption data, consistent with the data access framework Ofgem set for MHHS.

MDR Users shall be subject to privacy assessments in the same way as Other Users retrieving consumption data. The basis of an MDR User's retrieval is its appointment for the metering point, without the consumer's consent, as for the Import Supplier.`,
  changeNote: "States the basis of retrieval without consent (illustrative)",
};

/** The threads above, numbered C-1… in order, with their replies; BR-11 moved to version 2 by the edit that addressed its thread. */
export async function createIllustrativeComments(tx: Prisma.TransactionClient, modificationId: string, now: Date): Promise<void> {
  const users = new Map((await tx.user.findMany({ where: { email: { endsWith: "@example.com" } }, select: { id: true, email: true, organisationId: true, role: true } })).map((u) => [u.email, u]));
  const user = (email: string) => (users.get(email) ?? missing(email)).id;
  // As the comment commands write it: the organisation the author acts for, and their role.
  const author = (email: string) => authorFields(users.get(email) ?? missing(email));
  const requirements = await tx.requirement.findMany({
    where: { modificationId },
    select: { id: true, number: true, areaId: true, title: true, status: true, versions: { where: { version: 1 }, select: { id: true, links: true } } },
  });
  const requirement = (n: number) => requirements.find((r) => r.number === n) ?? missing(`BR-${n}`);
  const rounds = await tx.reviewRound.findMany({ where: { modificationId }, select: { id: true, committee: true, questions: { select: { id: true, number: true } } } });
  const round = (c: Committee) => rounds.find((r) => r.committee === c) ?? missing(c);

  // Spread over the minutes after seeding, in order, so that threads and replies read in sequence.
  let minute = 0;
  const at = () => new Date(now.getTime() + ++minute * 60_000);
  const edited = requirement(ADDRESSING_EDIT.requirement);
  for (const [i, c] of DP162_COMMENTS.entries()) {
    const r = round(c.committee);
    const subject =
      "requirement" in c.on
        ? { requirementId: requirement(c.on.requirement).id, requirementVersionId: requirement(c.on.requirement).versions[0]!.id, quotedText: c.on.quote ?? null }
        : { questionId: r.questions.find((q) => "question" in c.on && q.number === c.on.question)!.id };
    const thread = await tx.comment.create({
      data: {
        modificationId,
        number: i + 1,
        reviewRoundId: r.id,
        ...subject,
        ...author(c.author),
        kind: c.kind ?? "COMMENT",
        severity: c.severity ?? null,
        body: c.body + ILLUSTRATIVE,
        status: c.status ?? "OPEN",
        disposition: c.disposition ?? null,
        dispositionReason: c.dispositionReason ?? null,
        createdAt: at(),
        revisions: { create: { revision: 1, body: c.body + ILLUSTRATIVE, quotedText: subject.quotedText ?? null, severity: c.severity ?? null, authorId: user(c.author) } },
      },
      select: { id: true },
    });
    for (const reply of c.replies ?? []) {
      await tx.comment.create({
        data: { modificationId, reviewRoundId: r.id, parentId: thread.id, ...author(reply.author), body: reply.body + ILLUSTRATIVE, createdAt: at() },
      });
    }
    if (c.addressedBy) {
      const { id } = await tx.requirementVersion.create({
        data: {
          requirementId: edited.id,
          version: 2,
          areaId: edited.areaId,
          title: edited.title,
          body: ADDRESSING_EDIT.body,
          status: edited.status,
          links: edited.versions[0]!.links,
          authorId: user(ADDRESSING_EDIT.author),
          changeNote: ADDRESSING_EDIT.changeNote,
          createdAt: at(),
        },
        select: { id: true },
      });
      await tx.requirement.update({ where: { id: edited.id }, data: { version: 2, body: ADDRESSING_EDIT.body } });
      await tx.commentAddressedIn.create({ data: { commentId: thread.id, requirementVersionId: id, recordedById: user(ADDRESSING_EDIT.author) } });
    }
  }
  await tx.modification.update({ where: { id: modificationId }, data: { nextCommentNumber: DP162_COMMENTS.length + 1 } });
}

function missing(what: string): never {
  throw new Error(`Seeding the illustrative comments: ${what} is missing`);
}

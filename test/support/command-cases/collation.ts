import { collateConsultation } from "@/lib/collation/collate-consultation";
import { publishCollation } from "@/lib/collation/publish-collation";
import { tagAnswerThemes } from "@/lib/collation/tag-answer-themes";
import { writeQuestionSummary } from "@/lib/collation/write-question-summary";
import { db } from "@/lib/db";
import { addResponse, createClosedConsultation } from "../collation";
import type { CommandCase } from "./case";

/** The collation commands' cases for lib/commands.test.ts: a closed consultation to tag, summarise and collate, and a collated one to publish. */
const state = { modificationId: "", closed: "", collated: "", answerId: "", questionId: "" };
let themes = 0;

export async function prepareCollationCases(modificationId: string): Promise<void> {
  state.modificationId = modificationId;
  const closed = await createClosedConsultation(modificationId);
  state.closed = closed.id;
  state.questionId = closed.questions.agree;
  state.answerId = (await addResponse(closed, { organisation: "Brightwater Energy", category: "LARGE_SUPPLIER", agree: { position: "AGREE", rationale: "Agreed" } })).answers.agree!;
  const collated = await createClosedConsultation(modificationId);
  await db().consultation.update({ where: { id: collated.id }, data: { status: "COLLATED" } });
  state.collated = collated.id;
}

const version = async (id: string) => (await db().consultation.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

export function collationCases(): CommandCase[] {
  return [
    {
      command: tagAnswerThemes,
      actions: ["consultation.collate"],
      run: (actor) => tagAnswerThemes(db(), actor, { modificationId: state.modificationId, consultationId: state.closed, answerId: state.answerId, themes: `theme ${++themes}` }),
    },
    {
      command: writeQuestionSummary,
      actions: ["consultation.collate"],
      run: async (actor) => {
        const q = await db().question.findUniqueOrThrow({ where: { id: state.questionId }, select: { version: true } });
        return writeQuestionSummary(db(), actor, { modificationId: state.modificationId, consultationId: state.closed, questionId: state.questionId, expectedVersion: q.version, summary: `Summary ${q.version}` });
      },
    },
    {
      command: collateConsultation,
      actions: ["consultation.collate"],
      run: async (actor) => collateConsultation(db(), actor, { modificationId: state.modificationId, consultationId: state.closed, expectedVersion: await version(state.closed) }),
    },
    {
      command: publishCollation,
      actions: ["consultation.publishCollation"],
      run: async (actor) => publishCollation(db(), actor, { modificationId: state.modificationId, consultationId: state.collated, expectedVersion: await version(state.collated) }),
    },
  ];
}

import { db } from "@/lib/db";
import { attachDocument } from "@/lib/modifications/attach-document";
import { convertToModificationProposal } from "@/lib/modifications/convert-to-modification-proposal";
import { editOverviewSections } from "@/lib/modifications/edit-overview-sections";
import { moveModificationStage } from "@/lib/modifications/move-modification-stage";
import { raiseDraftProposal } from "@/lib/modifications/raise-draft-proposal";
import { draftProposalFields, modificationVersion, raiseTestProposal } from "../lifecycle";
import type { Actors, CommandCase } from "./case";

/** The lifecycle commands' cases for lib/commands.test.ts: a Draft Proposal to convert and one to withdraw; overview edits and documents on `modificationId`. */
const state = { modificationId: "", toConvert: "", toWithdraw: "" };
let documents = 0;

export async function prepareLifecycleCases(modificationId: string, actors: Actors): Promise<void> {
  state.modificationId = modificationId;
  state.toConvert = (await raiseTestProposal(actors.SECAS)).id;
  state.toWithdraw = (await raiseTestProposal(actors.SECAS)).id;
}

export function lifecycleCases(): CommandCase[] {
  return [
    {
      command: raiseDraftProposal,
      actions: ["modification.manage"],
      run: async (actor) => raiseDraftProposal(db(), actor, await draftProposalFields()),
    },
    {
      command: convertToModificationProposal,
      actions: ["modification.manage"],
      run: async (actor) => convertToModificationProposal(db(), actor, { modificationId: state.toConvert, expectedVersion: 1, decidedOn: "2026-11-20", meeting: "SEC Panel" }),
    },
    {
      command: moveModificationStage,
      actions: ["modification.manage"],
      run: async (actor) =>
        moveModificationStage(db(), actor, { modificationId: state.toWithdraw, expectedVersion: await modificationVersion(state.toWithdraw), stage: "WITHDRAWN", movedOn: "2026-11-21", meeting: "Proposer's letter" }),
    },
    {
      command: editOverviewSections,
      actions: ["modification.manage"],
      run: async (actor) => {
        const m = await db().modification.findUniqueOrThrow({ where: { id: state.modificationId }, select: { summary: true, issue: true, solution: true, whoIsImpacted: true, secDocumentsAffected: true, version: true } });
        const { version, ...texts } = m;
        return editOverviewSections(db(), actor, { modificationId: state.modificationId, expectedVersion: version, ...texts, solution: `${texts.solution}\n\nEdited by the command test.`, changeNote: "Command test" });
      },
    },
    {
      command: attachDocument,
      actions: ["modification.manage"],
      run: (actor) =>
        attachDocument(db(), actor, {
          modificationId: state.modificationId,
          fields: { kind: "OTHER", title: `Command test ${++documents}`, publishedOn: "2026-11-22" },
          file: { name: "note.txt", type: "text/plain", bytes: Buffer.from("A note") },
        }),
    },
  ];
}

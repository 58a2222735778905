"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formValues, performMutation } from "@/lib/actions/perform-mutation";
import type { FormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db";
import { raiseDraftProposal } from "@/lib/modifications/raise-draft-proposal";
import { modificationPath } from "@/lib/modifications/refs";

const RAISE_FIELDS = ["number", "title", "proposerId", "issue", "path", "urgent", "raisedOn"];

/** The "Raise Draft Proposal" form: the command reads the fields (a taken number comes back as a message, the text kept). */
export async function raiseDraftProposalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    z.record(z.string(), z.unknown()),
    formData,
    async (actor, input) => modificationPath(await raiseDraftProposal(db(), actor, input as never)),
    formValues(...RAISE_FIELDS),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath("/");
  redirect(`${outcome.result}?saved=raised`);
}

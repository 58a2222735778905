"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { formValues, performMutation } from "@/lib/actions/perform-mutation";
import { problemQuery } from "@/lib/actions/problems";
import { collateConsultation } from "@/lib/collation/collate-consultation";
import { publishCollation } from "@/lib/collation/publish-collation";
import { summaryFormSchema, themesFormSchema, versionFormSchema } from "@/lib/collation/schemas";
import { tagAnswerThemes } from "@/lib/collation/tag-answer-themes";
import { writeQuestionSummary } from "@/lib/collation/write-question-summary";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getModificationByRef } from "@/lib/modifications/get-modification";
import { modificationPath } from "@/lib/modifications/refs";
import { isLookupKey } from "@/lib/validation/text";

// Bound by the page to the modification's ref and the consultation's id: a form carries neither.

const collationPath = (ref: string, consultationId: string) => modificationPath({ draftRef: ref }, "consultations", consultationId, "responses");

export async function writeQuestionSummaryAction(ref: string, consultationId: string, back: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    summaryFormSchema,
    formData,
    async (actor, input) => {
      const m = await getModificationByRef(db(), ref);
      return writeQuestionSummary(db(), actor, { modificationId: m.id, consultationId: checkedId(consultationId), ...input });
    },
    formValues("summary"),
  );
  if (!outcome.ok) return outcome.state;
  const page = collationPath(ref, consultationId);
  revalidatePath(page);
  const number = String(formData.get("questionNumber") ?? "");
  redirect(`${page}?${safeQuery(back)}saved=summary${/^\d{1,5}$/.test(number) ? `#question-${number}` : ""}`);
}

export async function tagAnswerThemesAction(ref: string, consultationId: string, back: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    themesFormSchema,
    formData,
    async (actor, { answerId }) => {
      const m = await getModificationByRef(db(), ref);
      // The command parses the themes itself (the form's schema checked they can be read).
      return tagAnswerThemes(db(), actor, { modificationId: m.id, consultationId: checkedId(consultationId), answerId, themes: String(formData.get("themes") ?? "") });
    },
    formValues("themes"),
  );
  if (!outcome.ok) return outcome.state;
  const page = collationPath(ref, consultationId);
  revalidatePath(page);
  const answerId = String(formData.get("answerId") ?? "");
  redirect(`${page}?${safeQuery(back)}saved=themes${/^[A-Za-z0-9_-]{1,64}$/.test(answerId) ? `#answer-${answerId}` : ""}`);
}

/** The "Collate" and "Publish" buttons: plain forms; a refusal comes back as ?problem=. */
export async function moveCollationAction(ref: string, consultationId: string, to: "COLLATED" | "PUBLISHED", formData: FormData): Promise<void> {
  const page = collationPath(ref, consultationId);
  const outcome = await performMutation(versionFormSchema, formData, async (actor, { expectedVersion }) => {
    const m = await getModificationByRef(db(), ref);
    const target = { modificationId: m.id, consultationId: checkedId(consultationId), expectedVersion };
    return to === "COLLATED" ? collateConsultation(db(), actor, target) : publishCollation(db(), actor, target);
  });
  revalidatePath(page);
  redirect(outcome.ok ? `${page}?saved=${to === "COLLATED" ? "collated" : "published"}` : `${page}?${await problemQuery(outcome.state)}`);
}

function checkedId(consultationId: string): string {
  if (!isLookupKey(consultationId, 64)) throw new AppError("NOT_FOUND", "That consultation does not exist.");
  return consultationId;
}

/** The page's filter (question, position, category, page, heat) to return to, rebuilt from known keys only. */
function safeQuery(back: string): string {
  const params = new URLSearchParams(back);
  const kept = new URLSearchParams();
  for (const key of ["question", "position", "category", "page", "heat"]) {
    const value = params.get(key);
    if (value && /^[A-Za-z0-9_]{1,40}$/.test(value)) kept.set(key, value);
  }
  const text = kept.toString();
  return text ? `${text}&` : "";
}

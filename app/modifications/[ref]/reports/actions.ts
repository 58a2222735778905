"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formValues, performMutation } from "@/lib/actions/perform-mutation";
import type { FormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getModificationByRef } from "@/lib/modifications/get-modification";
import { modificationPath } from "@/lib/modifications/refs";
import { createReportDraft } from "@/lib/reports/create-report-draft";
import { editReportNarrative } from "@/lib/reports/edit-report-narrative";
import { NARRATIVE_SECTIONS } from "@/lib/reports/narrative";
import { publishReport } from "@/lib/reports/publish-report";
import { refreshGeneratedSections } from "@/lib/reports/refresh-generated-sections";
import { isLookupKey } from "@/lib/validation/text";
import { expectedVersionSchema } from "@/lib/versioning/schemas";

// Bound to the modification's ref (and the report's id) by each page: a form carries no
// modification id to tamper with, and the commands load the report through that modification.

const draftSchema = z.object({ number: z.string().max(20), baselineId: z.string().max(100).optional() });

export async function createReportDraftAction(ref: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    draftSchema,
    formData,
    async (actor, input) => {
      const m = await getModificationByRef(db(), ref);
      const { number } = await createReportDraft(db(), actor, { modificationId: m.id, number: input.number, baselineId: input.baselineId ?? null });
      return modificationPath(m, "reports", number);
    },
    formValues("number", "baselineId"),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(modificationPath({ draftRef: ref }, "reports"));
  redirect(`${outcome.result}?saved=drafted`);
}

const narrativeFormSchema = z.object({ expectedVersion: expectedVersionSchema }).catchall(z.unknown());

export async function editReportNarrativeAction(ref: string, reportId: string, number: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    narrativeFormSchema,
    formData,
    async (actor, { expectedVersion, ...narrative }) => {
      const m = await getModificationByRef(db(), ref);
      await editReportNarrative(db(), actor, { modificationId: m.id, reportId: checkedId(reportId), expectedVersion, narrative });
      return modificationPath(m, "reports", number);
    },
    formValues(...NARRATIVE_SECTIONS.map((s) => s.key), "expectedVersion"),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(outcome.result);
  redirect(`${outcome.result}?saved=edited`);
}

const refreshSchema = z.object({ expectedVersion: expectedVersionSchema, baselineId: z.string().max(100).optional() });

export async function refreshReportAction(ref: string, reportId: string, number: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(refreshSchema, formData, async (actor, input) => {
    const m = await getModificationByRef(db(), ref);
    await refreshGeneratedSections(db(), actor, { modificationId: m.id, reportId: checkedId(reportId), expectedVersion: input.expectedVersion, baselineId: input.baselineId ?? null });
    return modificationPath(m, "reports", number);
  });
  if (!outcome.ok) return outcome.state;
  revalidatePath(outcome.result);
  redirect(`${outcome.result}?saved=refreshed`);
}

const publishSchema = z.object({ expectedVersion: expectedVersionSchema });

export async function publishReportAction(ref: string, reportId: string, number: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(publishSchema, formData, async (actor, input) => {
    const m = await getModificationByRef(db(), ref);
    await publishReport(db(), actor, { modificationId: m.id, reportId: checkedId(reportId), expectedVersion: input.expectedVersion });
    return modificationPath(m, "reports", number);
  });
  if (!outcome.ok) return outcome.state;
  revalidatePath(modificationPath({ draftRef: ref }, "reports"));
  revalidatePath(outcome.result);
  redirect(`${outcome.result}?saved=published`);
}

function checkedId(reportId: string): string {
  if (!isLookupKey(reportId, 64)) throw new AppError("NOT_FOUND", "There is no such report version.");
  return reportId;
}

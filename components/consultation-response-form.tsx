"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Button } from "./button";
import { CheckboxField } from "./checkbox-field";
import { CONTROL_CLASS, Field } from "./field";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { RadioGroup } from "./radio-group";
import { RequirementPositions, type PositionRequirement } from "./requirement-positions";
import { TextAreaField } from "./textarea-field";

type Option = { value: string; label: string };
export type ResponseQuestion = { id: string; number: number; text: string; kind: "AGREE_DISAGREE" | "YES_NO" | "FREE_TEXT" | "PER_REQUIREMENT" | "PARTY_IMPACT"; positions: Option[] };
type StoredAnswer = {
  position: string | null;
  rationale: string;
  confidential: boolean;
  costBand: string | null;
  leadTimeWeeks: number | null;
  impactLevel: string | null;
  requirements: Record<string, { position: string; comment: string; confidential: boolean }>;
};
export type StoredResponse = { confidential: boolean; version: number; answers: Record<string, StoredAnswer> } | null;

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** respond: a party's Save draft / Submit; enter: SECAS's emailed response with its received date; readOnly: no buttons. */
  mode: "respond" | "enter" | "readOnly";
  questions: ResponseQuestion[];
  requirements: PositionRequirement[];
  requirementPositions: Option[];
  costBands: Option[];
  impactLevels: Option[];
  stored: StoredResponse;
  /** SECAS: the received date and time to start from (London). */
  received?: { date: string; time: string };
};

/**
 * The questionnaire as one plain form (works without JavaScript): radios for positions, text boxes
 * for reasons, the per-requirement table, the party's impact, a confidential box per answer and
 * one for the whole response. After a refusal or a conflict every answer typed is put back.
 */
export function ConsultationResponseForm({ action, mode, questions, requirements, requirementPositions, costBands, impactLevels, stored, received }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const typed = state.values;
  const errors = state.fieldErrors ?? {};
  const conflictVersion = state.code === "CONFLICT" && typeof state.details === "object" && state.details && "version" in state.details ? String(state.details.version) : null;
  const expectedVersion = conflictVersion ?? typed?.expectedVersion ?? (stored ? String(stored.version) : "");
  // What a field shows: what was typed (after a refusal), else what is stored.
  const text = (name: string, saved: string | number | null | undefined) => (typed ? (typed[name] ?? "") : saved === null || saved === undefined ? "" : String(saved));
  const ticked = (name: string, saved: boolean | undefined) => (typed ? typed[name] === "on" : (saved ?? false));
  const readOnly = mode === "readOnly";

  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormAlert state={state} />
      {conflictVersion && <p className="font-semibold">Your answers below are not saved yet. Saving again replaces version {conflictVersion} with them.</p>}
      <input type="hidden" name="expectedVersion" value={expectedVersion} />
      <fieldset disabled={readOnly} className="min-w-0 space-y-6">
        <legend className="sr-only">The questions</legend>
        {mode === "enter" && (
          <div className="rounded border border-slate-300 bg-white p-4">
            <h2 className="mb-2 text-xl font-bold">When it was received</h2>
            {errors.receivedAt && <p className="mb-1 text-sm font-semibold text-red-800">{errors.receivedAt.join(" ")}</p>}
            <div className="flex flex-wrap gap-4">
              <Field name="receivedDate" label="Received on (London date)">
                {(control) => <input {...control} type="date" className={CONTROL_CLASS} defaultValue={text("receivedDate", received?.date)} />}
              </Field>
              <Field name="receivedTime" label="Received at" hint="24-hour clock, e.g. 16:30">
                {(control) => <input {...control} type="time" className={CONTROL_CLASS} defaultValue={text("receivedTime", received?.time)} />}
              </Field>
            </div>
          </div>
        )}
        {questions.map((q) => {
          const saved = stored?.answers[q.id];
          const field = (f: string) => `answers.${q.id}.${f}`;
          return (
            <section key={q.id} aria-labelledby={`question-${q.number}`} className="min-w-0 rounded border border-slate-300 bg-white p-4">
              <h2 id={`question-${q.number}`} className="mb-1 text-xl font-bold">
                Question {q.number}
              </h2>
              <p className="mb-3 whitespace-pre-line break-words">{q.text}</p>
              {errors[`answers.${q.id}`] && <p className="mb-2 text-sm font-semibold text-red-800">{errors[`answers.${q.id}`]!.join(" ")}</p>}
              {(q.kind === "AGREE_DISAGREE" || q.kind === "YES_NO") && (
                <RadioGroup name={field("position")} legend={`Your answer to question ${q.number}`} options={q.positions} checked={text(field("position"), saved?.position)} errors={errors[field("position")]} />
              )}
              {q.kind === "PER_REQUIREMENT" && (
                <RequirementPositions
                  namePrefix={field("requirements")}
                  requirements={requirements}
                  positions={requirementPositions}
                  errors={errors}
                  rowOf={(id) => {
                    const row = `${field("requirements")}.${id}`;
                    const s = saved?.requirements[id];
                    return { position: text(`${row}.position`, s?.position), comment: text(`${row}.comment`, s?.comment), confidential: ticked(`${row}.confidential`, s?.confidential) };
                  }}
                />
              )}
              {q.kind === "PARTY_IMPACT" && (
                <>
                  {/* Radios rather than a select: a form reset after an action puts a select back on its first option. */}
                  <RadioGroup name={field("costBand")} legend="Cost to your organisation" options={costBands} checked={text(field("costBand"), saved?.costBand)} errors={errors[field("costBand")]} />
                  <FormField name={field("leadTimeWeeks")} label="Lead time (weeks)" hint="Whole weeks, 0 to 520" inputMode="numeric" autoComplete="off" defaultValue={text(field("leadTimeWeeks"), saved?.leadTimeWeeks)} errors={errors[field("leadTimeWeeks")]} />
                  <RadioGroup name={field("impactLevel")} legend="Impact level" options={impactLevels} checked={text(field("impactLevel"), saved?.impactLevel)} errors={errors[field("impactLevel")]} />
                </>
              )}
              <TextAreaField
                name={field("rationale")}
                label={q.kind === "FREE_TEXT" ? "Your answer" : q.kind === "PARTY_IMPACT" ? "Comments on your impact" : q.kind === "PER_REQUIREMENT" ? "General comments (optional)" : "Your reasons"}
                rows={4}
                defaultValue={text(field("rationale"), saved?.rationale)}
                errors={errors[field("rationale")]}
              />
              <CheckboxField className="" name={field("confidential")} label={`Keep my answer to question ${q.number} confidential (only SECAS sees it)`} defaultChecked={ticked(field("confidential"), saved?.confidential)} />
            </section>
          );
        })}
        <CheckboxField className="" name="confidential" label="Treat the whole response as confidential (counted in the collation, its words seen only by SECAS)" defaultChecked={ticked("confidential", stored?.confidential)} />
      </fieldset>
      {mode === "respond" && (
        <div className="flex flex-wrap gap-3">
          <Button variant="secondary" name="intent" value="save" disabled={pending}>
            Save draft
          </Button>
          <Button name="intent" value="submit" disabled={pending}>
            Submit response
          </Button>
        </div>
      )}
      {mode === "enter" && (
        <Button name="intent" value="enter" disabled={pending}>
          Enter this response
        </Button>
      )}
    </form>
  );
}

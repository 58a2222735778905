import "server-only";

/*
 * A response form's fields → the shape the commands take (schemas.ts). Field names are dotted
 * paths: `confidential`, `answers.<questionId>.<field>`, `answers.<questionId>.requirements.<requirementVersionId>.<field>`.
 * Anything else in the form (the intent, the version, Next's own fields) is not an answer and is
 * left out; ids are only shaped here — whether they are this consultation's is the command's check.
 */
const ID = "[A-Za-z0-9_-]{1,64}";
const ANSWER_FIELD = new RegExp(`^answers\\.(${ID})\\.(position|rationale|confidential|costBand|leadTimeWeeks|impactLevel)$`);
const REQUIREMENT_FIELD = new RegExp(`^answers\\.(${ID})\\.requirements\\.(${ID})\\.(position|comment|confidential)$`);

type Fields = Record<string, string>;
export type SubmittedResponse = { confidential: boolean; answers: Record<string, Fields & { requirements?: Record<string, Fields> }> };

/** Null-prototype records, so that an id such as "__proto__" is only ever a key. */
const record = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

export function responseFieldsFromForm(formData: FormData): SubmittedResponse {
  const answers = record<Fields & { requirements?: Record<string, Fields> }>();
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string") continue;
    const requirement = REQUIREMENT_FIELD.exec(name);
    if (requirement) {
      const [, questionId, requirementVersionId, field] = requirement as unknown as [string, string, string, string];
      const answer = (answers[questionId] ??= record<string>());
      const requirements = (answer.requirements ??= record<Fields>());
      (requirements[requirementVersionId] ??= record<string>())[field] = value;
      continue;
    }
    const field = ANSWER_FIELD.exec(name);
    if (field) (answers[field[1]!] ??= record<string>())[field[2]!] = value;
  }
  return { confidential: formData.get("confidential") === "on", answers };
}

/** The form's own fields as typed, to put back after a refusal (everything but Next's and files). */
export function responseFormValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) if (typeof value === "string" && !name.startsWith("$ACTION")) values[name] = value;
  return values;
}

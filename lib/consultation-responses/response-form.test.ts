import { describe, expect, it } from "vitest";
import { responseFieldsFromForm, responseFormValues } from "./response-form";

describe("a response form's fields", () => {
  it("become answers keyed by question id, and nothing else in the form is an answer (no organisation, no version)", () => {
    const form = new FormData();
    form.set("organisationId", "forged-org");
    form.set("expectedVersion", "3");
    form.set("confidential", "on");
    form.set("answers.q1.position", "AGREE");
    form.set("answers.q1.rationale", "Because.");
    form.set("answers.q4.requirements.rv1.position", "SUPPORT");
    form.set("answers.q4.requirements.rv1.confidential", "on");
    form.set("answers.q1.organisationId", "forged-org");
    form.set("answers.bad id!.rationale", "not an id");
    form.set("$ACTION_ID_abc", "");
    const fields = responseFieldsFromForm(form);
    expect(JSON.parse(JSON.stringify(fields))).toEqual({
      confidential: true,
      answers: { q1: { position: "AGREE", rationale: "Because." }, q4: { requirements: { rv1: { position: "SUPPORT", confidential: "on" } } } },
    });
    expect(responseFormValues(form)).not.toHaveProperty("$ACTION_ID_abc");
    expect(responseFormValues(form)["answers.q1.rationale"]).toBe("Because.");
  });

  it("keeps an id such as __proto__ as a plain key, never a prototype (no question has that id: nothing is written for it)", () => {
    const form = new FormData();
    form.set("answers.__proto__.rationale", "x");
    const { answers } = responseFieldsFromForm(form);
    expect(Object.keys(answers)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).rationale).toBeUndefined();
  });
});

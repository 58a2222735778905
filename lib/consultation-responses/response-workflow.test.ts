import { describe, expect, it } from "vitest";
import { ResponseStatus } from "@/lib/generated/prisma/enums";
import { checkResponseStep, type ResponseStep } from "./response-workflow";

// Every step from every status (and from no response yet), written out rather than read from the table.
const EXPECTED: Record<ResponseStep, Record<ResponseStatus | "none", ResponseStatus | "refused">> = {
  save: { none: "DRAFT", DRAFT: "DRAFT", SUBMITTED: "refused", WITHDRAWN: "DRAFT" },
  submit: { none: "SUBMITTED", DRAFT: "SUBMITTED", SUBMITTED: "refused", WITHDRAWN: "SUBMITTED" },
  withdraw: { none: "refused", DRAFT: "refused", SUBMITTED: "WITHDRAWN", WITHDRAWN: "refused" },
};

describe("a response's steps while its consultation is open: every step × every status", () => {
  for (const [step, byStatus] of Object.entries(EXPECTED) as [ResponseStep, Record<string, string>][]) {
    for (const from of ["none", ...Object.values(ResponseStatus)]) {
      const to = byStatus[from]!;
      it(`${step} from ${from}: ${to}`, () => {
        const current = from === "none" ? null : (from as ResponseStatus);
        if (to === "refused") expect(() => checkResponseStep(step, current)).toThrow(expect.objectContaining({ code: "VALIDATION" }));
        else expect(checkResponseStep(step, current)).toBe(to);
      });
    }
  }
});

import "server-only";
import { AppError } from "@/lib/errors";
import type { ResponseStatus } from "@/lib/generated/prisma/enums";

/**
 * A response's life while its consultation is open: saved as a draft (any number of times),
 * submitted, withdrawn, and saved or submitted again. A submitted response is changed only by
 * withdrawing it first. `null`: the organisation has no response yet (its first save or submit
 * creates it). After the close nothing changes but through SECAS (enter-response-on-behalf.ts).
 */
export type ResponseStep = "save" | "submit" | "withdraw";
export const RESPONSE_STEPS: Record<ResponseStep, { from: (ResponseStatus | null)[]; to: ResponseStatus }> = {
  save: { from: [null, "DRAFT", "WITHDRAWN"], to: "DRAFT" },
  submit: { from: [null, "DRAFT", "WITHDRAWN"], to: "SUBMITTED" },
  withdraw: { from: ["SUBMITTED"], to: "WITHDRAWN" },
};

export function checkResponseStep(step: ResponseStep, current: ResponseStatus | null): ResponseStatus {
  const { from, to } = RESPONSE_STEPS[step];
  if (from.includes(current)) return to;
  if (current === "SUBMITTED") throw new AppError("VALIDATION", "Your organisation's response is submitted: withdraw it first to change it, then submit it again before the close.");
  throw new AppError("VALIDATION", current === "WITHDRAWN" ? "Your organisation's response is already withdrawn." : "Only a submitted response can be withdrawn.");
}

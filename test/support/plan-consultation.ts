import type { CurrentUser } from "@/lib/auth/current-user";
import { createConsultation } from "@/lib/consultations/create-consultation";
import type { ConsultationFields } from "@/lib/consultations/schemas";
import { db } from "@/lib/db";
import type { ConsultationStatus } from "@/lib/generated/prisma/enums";

let counter = 0;
const DAY = 86_400_000;

/** A consultation's fields, uniquely titled, one question of each kind, with a window from tomorrow for three weeks. */
export function consultationFields(overrides: Partial<ConsultationFields> = {}): ConsultationFields {
  const opensAt = new Date(Date.now() + DAY);
  return {
    kind: "REFINEMENT",
    title: `Test consultation ${process.pid}-${++counter}`,
    introduction: "We seek views on the **MDR** requirements.",
    questions: [
      { kind: "AGREE_DISAGREE", text: "Do you agree with the solution?" },
      { kind: "YES_NO", text: "Would you use the new role?" },
      { kind: "FREE_TEXT", text: "Anything else?" },
      { kind: "PER_REQUIREMENT", text: "Do you support each requirement?" },
      { kind: "PARTY_IMPACT", text: "What is your organisation's impact?" },
    ],
    opensAt,
    closesAt: new Date(opensAt.getTime() + 21 * DAY),
    ...overrides,
  };
}

/** A planned consultation of the modification, made by the real command. */
export async function planConsultation(secas: CurrentUser, modificationId: string, overrides: Partial<ConsultationFields> = {}) {
  const { id } = await createConsultation(db(), secas, { modificationId, fields: consultationFields(overrides) });
  return id;
}

/** Puts a consultation straight into a status (with the times that status implies), as a test's starting point. */
export async function putConsultationInStatus(consultationId: string, status: ConsultationStatus) {
  const c = await db().consultation.findUniqueOrThrow({ where: { id: consultationId }, select: { opensAt: true, closesAt: true } });
  const order: ConsultationStatus[] = ["PLANNED", "OPEN", "CLOSED", "COLLATED", "PUBLISHED"];
  const reached = (s: ConsultationStatus) => order.indexOf(status) >= order.indexOf(s);
  await db().consultation.update({
    where: { id: consultationId },
    data: {
      status,
      openedAt: reached("OPEN") ? c.opensAt : null,
      closedAt: reached("CLOSED") ? c.closesAt : null,
      collatedAt: reached("COLLATED") ? c.closesAt : null,
      publishedAt: reached("PUBLISHED") ? c.closesAt : null,
    },
  });
}

import "server-only";
import { ACCOUNT_EVENTS, type AccountPayloads } from "./kinds/accounts";
import { ASSESSMENT_EVENTS, type AssessmentPayloads } from "./kinds/assessments";
import { CONSULTATION_EVENTS, type ConsultationPayloads } from "./kinds/consultations";
import { MODIFICATION_EVENTS, type ModificationPayloads } from "./kinds/modifications";
import { REPORT_EVENTS, type ReportPayloads } from "./kinds/reports";
import { REQUIREMENT_EVENTS, type RequirementPayloads } from "./kinds/requirements";
import { REVIEW_EVENTS, type ReviewPayloads } from "./kinds/reviews";
import type { AuditEventKind } from "./event-kind";

/*
 * Every kind of audit event: what it is about, what its before and after hold, how the audit page
 * names it and reads its fields, and who may see it — one file per area under ./kinds/, gathered
 * here. recordAuditEvent accepts only these kinds, each with its own payload; the audit page
 * formats and filters by this table. A new kind is added to its area's file first.
 */

/** Each kind's subject and payload. A creation has no before. */
export type AuditPayloads = RequirementPayloads & ReviewPayloads & AccountPayloads & ConsultationPayloads & AssessmentPayloads & ModificationPayloads & ReportPayloads;

export type AuditAction = keyof AuditPayloads;

export type { AuditEventKind, AuditField, FieldFormat, FieldReading, Visibility } from "./event-kind";

/** In the order the audit page's filter lists them. */
export const AUDIT_EVENTS: { [A in AuditAction]: AuditEventKind<A> } = {
  ...REQUIREMENT_EVENTS,
  ...REVIEW_EVENTS,
  ...ACCOUNT_EVENTS,
  ...CONSULTATION_EVENTS,
  ...ASSESSMENT_EVENTS,
  ...MODIFICATION_EVENTS,
  ...REPORT_EVENTS,
};

export const AUDIT_ACTIONS = Object.keys(AUDIT_EVENTS) as AuditAction[];

export function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(AUDIT_EVENTS, action);
}

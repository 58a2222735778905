import "server-only";
import type { Committee, NotificationPreference, Role } from "@/lib/generated/prisma/enums";
import { field, VERSION, type EventKinds } from "../event-kind";
import { COMMITTEE_LABELS, NOTIFICATION_PREFERENCE_LABELS, ROLE_LABELS } from "@/lib/labels";

/* Accounts (in no modification's log): what each event holds, and how the audit page reads it. */

/** An event about an account, in no modification's log. */
type AboutAccount = { entityType: "User"; modificationId?: null };
type AccountAccess = { role: Role; committee: Committee | null; organisationId: string | null; disabled: boolean };

export type AccountPayloads = {
  "user.created": AboutAccount & { after: AccountAccess & { id: string; name: string; email: string } };
  "user.accessChanged": AboutAccount & { before: AccountAccess & { version: number }; after: AccountAccess & { version: number } };
  "user.signedOutEverywhere": AboutAccount & { after: { sessionsEnded: number } };
  /** Each event, a daily digest, or none: how the user hears of notifications beyond the inbox. */
  "user.notificationPreferenceChanged": AboutAccount & { before: { notificationPreference: NotificationPreference }; after: { notificationPreference: NotificationPreference } };
};

const ACCOUNT_FIELDS = { role: field("Role", ROLE_LABELS), committee: field("Committee", COMMITTEE_LABELS), organisationId: field("Organisation"), disabled: field("Disabled", "yesNo") };
const ACCOUNT_MANAGERS = { to: "permitted", permission: "user.manage" } as const;

export const ACCOUNT_EVENTS: EventKinds<AccountPayloads> = {
  "user.created": {
    label: "Account created",
    subject: "Account",
    entityType: "User",
    fields: { name: field("Name"), email: field("Email"), ...ACCOUNT_FIELDS, id: field("Account id") },
    visibleTo: ACCOUNT_MANAGERS,
  },
  "user.accessChanged": {
    label: "Account access changed",
    subject: "Account",
    entityType: "User",
    fields: { ...ACCOUNT_FIELDS, version: VERSION },
    visibleTo: ACCOUNT_MANAGERS,
  },
  "user.signedOutEverywhere": {
    label: "Signed out everywhere",
    subject: "Account",
    entityType: "User",
    fields: { sessionsEnded: field("Sessions ended", "number") },
    visibleTo: ACCOUNT_MANAGERS,
  },
  "user.notificationPreferenceChanged": {
    label: "Email preference changed",
    subject: "Account",
    entityType: "User",
    fields: { notificationPreference: field("Email for notifications", NOTIFICATION_PREFERENCE_LABELS) },
    visibleTo: ACCOUNT_MANAGERS,
  },
};

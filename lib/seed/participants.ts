import type { Committee, OrganisationKind, PartyCategory, Role } from "@/lib/generated/prisma/enums";

/** Fictional organisations, one in each Party Category, plus those that sit outside the five. */
export const ORGANISATIONS: { name: string; kind: OrganisationKind; partyCategory?: PartyCategory }[] = [
  { name: "Smart DCC Ltd", kind: "DCC" },
  { name: "SECAS", kind: "CODE_ADMINISTRATOR" },
  { name: "Brightwater Energy", kind: "SEC_PARTY", partyCategory: "LARGE_SUPPLIER" },
  { name: "Kestrel Power", kind: "SEC_PARTY", partyCategory: "SMALL_SUPPLIER" },
  { name: "Midlands Distribution Network", kind: "SEC_PARTY", partyCategory: "ELECTRICITY_NETWORK_PARTY" },
  { name: "Northern Gas Transport", kind: "SEC_PARTY", partyCategory: "GAS_NETWORK_PARTY" },
  { name: "Meterwise Data Services", kind: "SEC_PARTY", partyCategory: "OTHER_SEC_PARTY" },
  { name: "Consumer Voice", kind: "CONSUMER_REPRESENTATIVE" },
  // A second Large Supplier, for the Refinement Consultation's illustrative responses (fictional).
  { name: "Harbour Lane Energy", kind: "SEC_PARTY", partyCategory: "LARGE_SUPPLIER" },
];

export const DEMO_PASSWORD = "dp162-demo-pass";

export type AccountSeed = { email: string; name: string; role: Role; committee?: Committee; organisation: string };

/** One demo account per role; seeded only outside production unless asked for (see seedDatabase). */
export const DEMO_ACCOUNTS: AccountSeed[] = [
  { email: "secas@example.com", name: "Sasha Patel", role: "SECAS", organisation: "SECAS" },
  { email: "wg@example.com", name: "Will Green", role: "WORKING_GROUP", organisation: "Meterwise Data Services" },
  { email: "wg2@example.com", name: "Wendy Grant", role: "WORKING_GROUP", organisation: "Midlands Distribution Network" },
  { email: "opsg@example.com", name: "Olivia Park", role: "REVIEWER", committee: "OPSG", organisation: "Kestrel Power" },
  { email: "tabasc@example.com", name: "Tom Baxter", role: "REVIEWER", committee: "TABASC", organisation: "Northern Gas Transport" },
  { email: "ssc@example.com", name: "Sara Singh", role: "REVIEWER", committee: "SSC", organisation: "Brightwater Energy" },
  { email: "dcc@example.com", name: "Dev Chandra", role: "DCC_ANALYST", organisation: "Smart DCC Ltd" },
  { email: "party@example.com", name: "Priya Shah", role: "PARTY_RESPONDENT", organisation: "Brightwater Energy" },
];

/** Authors the seeded requirement versions; disabled, so nobody can sign in as it. */
export const IMPORT_ACCOUNT: AccountSeed = { email: "seed-import@portal.invalid", name: "SECAS (seed import)", role: "SECAS", organisation: "SECAS" };

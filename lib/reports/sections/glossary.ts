import type { GlossaryRow } from "./types";

/** The terms a Modification Report uses; only those the report's text mentions are listed. */
const TERMS: GlossaryRow[] = [
  { term: "BR", meaning: "Business requirement" },
  { term: "DCC", meaning: "Data Communications Company" },
  { term: "DUIS", meaning: "DCC User Interface Specification" },
  { term: "MDR", meaning: "Metering Data Retrieval" },
  { term: "MHHS", meaning: "Market-wide Half-Hourly Settlement" },
  { term: "OPSG", meaning: "Operations Group" },
  { term: "SCR", meaning: "Significant Code Review" },
  { term: "SEC", meaning: "Smart Energy Code" },
  { term: "SECAS", meaning: "Smart Energy Code Administrator and Secretariat" },
  { term: "SSC", meaning: "Security Sub-Committee" },
  { term: "TABASC", meaning: "Technical Architecture and Business Architecture Sub-Committee" },
  { term: "TOM", meaning: "Target Operating Model" },
];

export function glossaryFor(text: string): GlossaryRow[] {
  return TERMS.filter((t) => new RegExp(`\\b${t.term}\\b`).test(text));
}

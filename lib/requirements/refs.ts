/** BR-01 … BR-99, then BR-100: the database checks the same rule (Requirement_ref_matches_number). */
export function formatRequirementRef(number: number): string {
  return `BR-${String(number).padStart(2, "0")}`;
}

/** A requirement reference as people type it (BR-03, br-3, BR3 or 3) in its one written form, BR-03; null if it is not one. */
export function parseRequirementRef(text: string): string | null {
  const match = /^(?:BR-?)?0*(\d{1,6})$/i.exec(text.trim());
  return match && Number(match[1]) > 0 ? formatRequirementRef(Number(match[1])) : null;
}

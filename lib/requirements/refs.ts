/** BR-01 … BR-99, then BR-100: the database checks the same rule (Requirement_ref_matches_number). */
export function formatRequirementRef(number: number): string {
  return `BR-${String(number).padStart(2, "0")}`;
}

"use client";

/**
 * One Party Category's respondents on one line, each name isolated (bdi): a right-to-left name must
 * not reorder its neighbours on a shared line. A client component for weight, not behaviour: rendered
 * on the server like the rest, but the RSC payload carries each name and its note (late,
 * confidential) as two strings rather than as elements (see components/requirement-rows.tsx).
 */
export function RespondentNames({ names }: { names: { name: string; note: string }[] }) {
  // One flat list of children keyed by position: a Fragment per name keyed by its id doubled the payload.
  return names.flatMap(({ name, note }, i) => [i > 0 ? "; " : "", <bdi key={i}>{name}</bdi>, note]);
}

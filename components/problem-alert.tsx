import { problemText } from "@/lib/actions/problems";
import { getCurrentUser } from "@/lib/auth/current-user";
import { Notice } from "./notice";

/**
 * The alert for `?problem=<code>` after a redirect: the refusal's own words where the portal
 * signed them for this user (`why`, `sig`), else the code's text; unknown codes (or text) show nothing.
 */
export async function ProblemAlert({ query }: { query: { problem?: unknown; why?: unknown; sig?: unknown } }) {
  if (query.problem === undefined) return null;
  const message = problemText(query, (await getCurrentUser())?.id ?? null);
  if (!message) return null;
  return <Notice tone="error">{message}</Notice>;
}

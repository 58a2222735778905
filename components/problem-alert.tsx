import { problemMessage } from "@/lib/actions/problems";
import { Notice } from "./notice";

/** The alert for `?problem=<code>` after a redirect; unknown codes (or text) show nothing. */
export function ProblemAlert({ code }: { code: unknown }) {
  const message = problemMessage(code);
  if (!message) return null;
  return <Notice tone="error">{message}</Notice>;
}

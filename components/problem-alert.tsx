import { problemMessage } from "@/lib/actions/problems";

/** The alert for `?problem=<code>` after a redirect; unknown codes (or text) show nothing. */
export function ProblemAlert({ code }: { code: unknown }) {
  const message = problemMessage(code);
  if (!message) return null;
  return (
    <p role="alert" className="mb-4 border-l-4 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
      {message}
    </p>
  );
}

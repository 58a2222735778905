import type { FormState } from "@/lib/actions/form-state";

/** The form-level message of a failed submission, announced to screen readers. */
export function FormAlert({ state }: { state: FormState }) {
  if (state.status !== "error") return null;
  return (
    <div role="alert" className="mb-4 border-l-4 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
      {state.message}
    </div>
  );
}

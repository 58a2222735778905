import { Notice } from "./notice";

/** The form-level message of a failed submission (a FormState or an ImportState), announced to screen readers. */
export function FormAlert({ state }: { state: { status: string; message?: string } }) {
  if (state.status !== "error") return null;
  return <Notice tone="error">{state.message}</Notice>;
}

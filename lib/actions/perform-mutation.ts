import "server-only";
import type { z } from "zod";
import { expiringChangedPages } from "@/lib/cache/expire-changed";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { errorState, parseForm, type FormState } from "./form-state";

/**
 * The one path every form mutation takes: read the form with zod, then run one domain command
 * with the signed-in user (the command checks permission and writes its audit event in its own
 * transaction). Expected errors come back as messages; anything else is logged and replaced by a
 * generic message. The caller redirects on success (outside this, as redirect() throws).
 */
export async function performMutation<S extends z.ZodType, R>(
  schema: S,
  formData: FormData,
  command: (actor: CurrentUser | null, input: z.infer<S>) => Promise<R>,
  keep: (formData: FormData) => Record<string, string> = () => ({}),
): Promise<{ ok: true; result: R } | { ok: false; state: FormState }> {
  const values = keep(formData);
  const form = parseForm(schema, formData);
  if (!form.ok) return { ok: false, state: { ...form.state, values } };
  try {
    const actor = await getCurrentUser();
    // The public pages it changed are expired once it is done (lib/cache/expire-changed.ts).
    return { ok: true, result: await expiringChangedPages(() => command(actor, form.data)) };
  } catch (error) {
    return { ok: false, state: { ...errorState(error), values } };
  }
}

/** The submitted text fields, minus secrets, to put back in a form that failed. */
export function formValues(...names: string[]) {
  return (formData: FormData) =>
    Object.fromEntries(names.map((n) => [n, formData.get(n)]).filter(([, v]) => typeof v === "string")) as Record<string, string>;
}

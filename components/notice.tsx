/**
 * How each kind of notice looks, and how assistive technology hears it: news the user is waiting
 * for ("Saved") is a polite `status`, a problem is an `alert`, read out at once. A warning is a
 * standing caveat printed with the page, not news, so it is not a live region.
 */
const TONES = {
  success: { role: "status", className: "border-green-700 bg-green-50" },
  info: { role: "status", className: "border-brand bg-white" },
  warning: { role: undefined, className: "border-amber-600 bg-amber-50" },
  error: { role: "alert", className: "border-red-700 bg-red-50 font-semibold text-red-900" },
} as const;

export type NoticeTone = keyof typeof TONES;

/** A message banner above a form or a page's content. `className` sets its outer spacing (by default `mb-4`). */
export function Notice({ tone, className = "mb-4", children }: { tone: NoticeTone; className?: string; children: React.ReactNode }) {
  const { role, className: look } = TONES[tone];
  return (
    <div role={role} className={`${className} border-l-4 p-3 ${look}`}>
      {children}
    </div>
  );
}

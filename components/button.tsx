import Link from "next/link";

const VARIANTS = {
  /** The page's main action. */
  primary: "bg-brand font-semibold text-white hover:bg-brand-dark",
  /** An action beside the main one (e.g. "Preview" next to "Save"). */
  secondary: "border border-brand font-semibold text-brand",
  /** A small, plain action among others (downloads, import). */
  quiet: "border border-slate-500 bg-white text-sm",
  /** On the dark site header. */
  inverse: "border border-white text-white hover:bg-white hover:text-brand-dark",
} as const;

const SIZES = { md: "px-4 py-2", sm: "px-3 py-1" } as const;

/**
 * The base style underlines and recolours links: a primary link must not look like one. Quiet links
 * (downloads, import) keep the link look inside their box, so they still read as links.
 */
const LINK_EXTRAS: Partial<Record<ButtonVariant, string>> = { primary: "inline-block no-underline hover:text-white" };

export type ButtonVariant = keyof typeof VARIANTS;
export type ButtonSize = keyof typeof SIZES;
type Look = { variant?: ButtonVariant; size?: ButtonSize };

/** The classes of a button; for the odd element that cannot be a `Button` or `ButtonLink` (a plain download `<a>`). */
export function buttonClass({ variant = "primary", size = "md" }: Look = {}, extra?: string): string {
  return ["rounded", SIZES[size], VARIANTS[variant], "disabled:opacity-60", extra].filter(Boolean).join(" ");
}

/**
 * A button; by default a submit button, so it works in a plain server-action form without JavaScript.
 * Everything else (name, value, formAction, form, disabled, onClick) goes to the `<button>`; `className` adds layout.
 */
export function Button({ variant, size, className, type = "submit", ...button }: Look & React.ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type={type} className={buttonClass({ variant, size }, className)} {...button} />;
}

/** A link that looks like a button: for "go to a page" actions (New requirement, Edit), which are links, not forms. */
export function ButtonLink({ variant = "primary", size, className, ...link }: Look & React.ComponentProps<typeof Link>) {
  return <Link className={buttonClass({ variant, size }, [LINK_EXTRAS[variant], className].filter(Boolean).join(" "))} {...link} />;
}

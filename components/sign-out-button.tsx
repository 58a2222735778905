/** A plain form posting to a sign-out action: works without JavaScript. */
export function SignOutButton({ action, className, label = "Sign out" }: { action: () => Promise<void>; className: string; label?: string }) {
  return (
    <form action={action}>
      <button type="submit" className={className}>
        {label}
      </button>
    </form>
  );
}

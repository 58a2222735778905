/** A plain form posting to the sign-out action: works without JavaScript. */
export function SignOutButton({ action, className }: { action: () => Promise<void>; className: string }) {
  return (
    <form action={action}>
      <button type="submit" className={className}>
        Sign out
      </button>
    </form>
  );
}

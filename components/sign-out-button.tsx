import { Button, type ButtonSize, type ButtonVariant } from "./button";

/** A plain form posting to a sign-out action: works without JavaScript. */
export function SignOutButton({
  action,
  label = "Sign out",
  variant,
  size,
}: {
  action: () => Promise<void>;
  label?: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
}) {
  return (
    <form action={action}>
      <Button variant={variant} size={size}>
        {label}
      </Button>
    </form>
  );
}

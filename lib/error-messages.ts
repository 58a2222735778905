/**
 * What the portal's error pages say, in one place: app/not-found.tsx, app/forbidden.tsx,
 * app/error.tsx and app/global-error.tsx show it with JavaScript, and the web server adds the
 * same words for browsers without it (scripts/web-server/script-free-errors.ts).
 */
export type ErrorMessage = { title: string; text: string };

export const NOT_FOUND: ErrorMessage = {
  title: "Page not found",
  text: "There is nothing at this address. If you typed it, check it; modification addresses look like /modifications/DP162.",
};

export const FORBIDDEN: ErrorMessage = {
  title: "You do not have access to this page",
  text: "Your role does not include this part of the portal. If you think it should, ask SECAS, the secretariat, to review your access.",
};

export const SERVER_ERROR: ErrorMessage = {
  title: "Sorry, something went wrong",
  text: "The page could not be shown. Nothing you submitted was lost or half-saved. Please try again in a moment.",
};

export const REGISTER_LINK = "Go to the modifications register";

/** The message for an error answer's HTTP status. */
export function errorMessageFor(status: number): ErrorMessage {
  if (status === 404) return NOT_FOUND;
  if (status === 401 || status === 403) return FORBIDDEN;
  return SERVER_ERROR;
}

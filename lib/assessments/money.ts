import { z } from "zod";

/*
 * Money in pounds, as people type it ("£1,234.50", "1234.5", "120000"), held as whole pence so
 * sums are exact. Anything else — letters, a minus sign, three decimals, misplaced commas, "1e5" —
 * is refused with a message saying what is expected: a guess at what was meant could be wrong by
 * a factor of a thousand.
 */

/** £10 billion: far above any DCC estimate; a larger figure is a typing mistake. */
export const MAX_PENCE = 1_000_000_000_000;
const POUNDS = /^£?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/** Whole pence for a typed amount, or null when it is not a number of pounds. */
export function parsePounds(text: string): number | null {
  const match = POUNDS.exec(text.trim().replace(/^£\s+/, "£"));
  if (!match) return null;
  const pounds = Number(match[1]!.replaceAll(",", ""));
  const pence = Number((match[2] ?? "").padEnd(2, "0"));
  const total = pounds * 100 + pence;
  return Number.isSafeInteger(total) ? total : null;
}

/** A zod field for one amount: a string in, whole pence out, with `what` naming it in the messages. */
export function poundsSchema(what: string) {
  const expected = `Enter the ${what} as a number of pounds, such as £120,000 or 4500.50 (0 if none)`;
  return z.string(expected).transform((text, ctx) => {
    if (text.trim() === "") {
      ctx.addIssue({ code: "custom", message: expected });
      return z.NEVER;
    }
    const pence = parsePounds(text);
    if (pence === null) {
      ctx.addIssue({ code: "custom", message: `"${text.trim().slice(0, 40)}" is not a number of pounds. ${expected}` });
      return z.NEVER;
    }
    if (pence > MAX_PENCE) {
      ctx.addIssue({ code: "custom", message: `The ${what} is more than £10 billion: check the figure` });
      return z.NEVER;
    }
    return pence;
  });
}

const GBP = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });
const GBP_WHOLE = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });

/** "£1,234.50"; whole pounds without pence ("£120,000"). */
export function formatPence(pence: number): string {
  return pence % 100 === 0 ? GBP_WHOLE.format(pence / 100) : GBP.format(pence / 100);
}

/** "+£5,000", "−£2,500.50", "no change". */
export function formatPenceChange(pence: number): string {
  if (pence === 0) return "no change";
  return `${pence > 0 ? "+" : "−"}${formatPence(Math.abs(pence))}`;
}

/** The amount as the form shows it again: "1234.50", "120000". */
export function penceForForm(pence: number): string {
  return pence % 100 === 0 ? String(pence / 100) : (pence / 100).toFixed(2);
}

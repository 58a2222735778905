import "server-only";
import { z } from "zod";
import { plainText } from "@/lib/validation/text";

const blankAsUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** What the freeze form sends. The modification is the one whose page the form is on. */
export const baselineFormSchema = z.object({
  name: plainText(z.string().trim().min(1, "Name the baseline, e.g. Business Requirements v0.1").max(120, "Names are at most 120 characters")),
  description: z.preprocess(blankAsUndefined, plainText(z.string().trim().max(2000, "Descriptions are at most 2,000 characters")).optional()),
});

export type NewBaseline = z.infer<typeof baselineFormSchema> & { modificationId: string };

/** The two sides of a comparison: baseline ids, or "now" for the requirements as they stand. */
export const NOW = "now";
const sideSchema = z.string().trim().regex(/^[a-z0-9]{1,64}$/i).optional().catch(undefined);
export const compareQuerySchema = z.object({ from: sideSchema, to: sideSchema });

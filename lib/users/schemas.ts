import "server-only";
import { z } from "zod";
import { plainText } from "@/lib/validation/text";
import { Role } from "@/lib/generated/prisma/enums";
import { REVIEWER_COMMITTEES } from "@/lib/labels";

const blankAsUndefined = (value: unknown) => (value === "" ? undefined : value);

/** Role, committee, organisation and status: what SECAS sets on an account. Form fields are strings. */
export const userAccessSchema = z
  .object({
    role: z.enum(Role, "Choose a role"),
    committee: z.preprocess(blankAsUndefined, z.enum(REVIEWER_COMMITTEES, "Choose a committee").optional()),
    organisationId: z.preprocess(blankAsUndefined, z.string().max(64).optional()),
    // a checkbox sends "on" when ticked and nothing otherwise
    disabled: z.preprocess((v) => v === "on" || v === true, z.boolean()),
  })
  .superRefine((value, ctx) => {
    if (value.role === "REVIEWER" && !value.committee) {
      ctx.addIssue({ code: "custom", path: ["committee"], message: "A reviewer sits on one committee: choose it" });
    }
    if (value.role !== "REVIEWER" && value.committee) {
      ctx.addIssue({ code: "custom", path: ["committee"], message: "Only reviewers sit on a committee: leave it empty" });
    }
  });

export const newUserSchema = z.intersection(
  z.object({
    name: plainText(z.string().trim().min(1, "Enter the person's name").max(120, "Names are at most 120 characters")),
    email: z.string().trim().toLowerCase().pipe(z.email("Enter an email address like name@example.com")),
    password: z.string().min(12, "Passwords are at least 12 characters").max(256, "Passwords are at most 256 characters"),
  }),
  userAccessSchema,
);

export type UserAccess = z.infer<typeof userAccessSchema>;
export type NewUser = z.infer<typeof newUserSchema>;

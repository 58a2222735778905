import { z } from "zod";
import { idPattern, plainText } from "@/lib/validation/text";
import { RequirementStatus } from "@/lib/generated/prisma/enums";
import { changeNoteSchema, expectedVersionSchema } from "@/lib/versioning/schemas";

/** The fields a Working Group member writes. Form fields arrive as strings. */
export const requirementFieldsSchema = z.object({
  areaId: z.string("Choose an area").regex(idPattern(), "Choose an area"),
  title: plainText(z.string("Enter a title").trim().min(1, "Enter a title").max(200, "Titles are at most 200 characters")),
  body: plainText(z.string("Write the requirement").trim().min(1, "Write the requirement").max(20_000, "The text is at most 20,000 characters")),
});

export const newRequirementSchema = requirementFieldsSchema.extend({
  changeNote: z.preprocess((v) => (v === "" || v == null ? "First draft" : v), changeNoteSchema),
});

export const requirementEditSchema = requirementFieldsSchema.extend({ changeNote: changeNoteSchema, expectedVersion: expectedVersionSchema });

export const statusChangeSchema = z.object({
  status: z.enum(RequirementStatus, "Choose the new status"),
  reason: plainText(z.string("Give the reason or the meeting that decided it").trim().min(1, "Give the reason or the meeting that decided it").max(500, "At most 500 characters")),
  expectedVersion: expectedVersionSchema,
});

export type RequirementFields = z.infer<typeof requirementFieldsSchema>;

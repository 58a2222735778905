import "server-only";
import type { ImportPlan } from "./import-plan";

/** What the import form shows: nothing yet, a preview of the file (written nowhere), or why it failed. */
export type ImportState = {
  status: "idle" | "preview" | "error" | "success";
  message?: string;
  plan?: ImportPlan;
  /** The file's rows as JSON, sent back by "Apply import"; the server checks them all again. */
  payload?: string;
  fileName?: string;
};

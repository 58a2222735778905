import { ModificationPath, ModificationStage } from "@/lib/generated/prisma/enums";
import type { RegisterFilter } from "./find-modifications";

/** The register's filter from its address (?stage=REFINEMENT&path=PATH_2_…): anything else is no filter. */
export function registerFilterOf(query: { stage?: string | string[]; path?: string | string[] }): RegisterFilter {
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  const stage = one(query.stage);
  const path = one(query.path);
  return {
    ...(stage && Object.hasOwn(ModificationStage, stage) ? { stage: stage as ModificationStage } : {}),
    ...(path && Object.hasOwn(ModificationPath, path) ? { path: path as ModificationPath } : {}),
  };
}

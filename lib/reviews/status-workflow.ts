import "server-only";
import type { WindowStatus } from "@/lib/generated/prisma/enums";

/** Planned → Open → Closed, one way: a closed round stays closed (its comments are its record). */
export const NEXT_ROUND_STATUSES: Record<WindowStatus, WindowStatus[]> = {
  PLANNED: ["OPEN"],
  OPEN: ["CLOSED"],
  CLOSED: [],
};

import type { CurrentUser } from "@/lib/auth/current-user";
import type { Action } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

/** One row of lib/commands.test.ts's table: a command, the permissions it needs, and how to run it as an actor. */
export type CommandCase = {
  /** The exported function, matched against the commands found in lib/. */
  command: (...args: never[]) => Promise<unknown>;
  /** e.g. the target status, when one command needs a different permission per input. */
  variant?: string;
  actions: Action[];
  /** For resource rules: the resource the command loads (an author is named by the role standing for them, see asPrincipal). */
  resource?: object;
  run: (actor: CurrentUser | null) => Promise<unknown>;
  /** A command that changes only the actor's own state (their inbox) and is not audited: why, and the tables it writes. */
  unaudited?: { why: string; writes: string[] };
};

/** One signed-in actor of each role (lib/commands.test.ts makes them). */
export type Actors = Record<Role, CurrentUser>;

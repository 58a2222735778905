import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDateTime } from "@/lib/labels";

type Models = Prisma.TypeMap["model"];
/** Every model whose rows carry a whole-number `version` beside their `id`, read from the schema. */
export type VersionedModel = {
  [M in keyof Models]: Models[M]["fields"] extends { version: Prisma.FieldRef<M, "Int">; id: Prisma.FieldRef<M, "String"> } ? M : never;
}[keyof Models];
/** The columns an edit of model M may write (its `updateMany` data), apart from the version, which this sets. */
export type VersionedData<M extends VersionedModel> = Omit<Models[M]["operations"]["updateMany"]["args"]["data"], "version">;

/**
 * What a CONFLICT carries as its details: who saved which version when, plus what the page needs
 * to show their version beside the editor's (`Theirs`, read by the caller). `savedAt` and the
 * author's name come from the audit event that made the version; without one (seeded data) they
 * are null and "Someone else".
 */
export type VersionConflict<Theirs extends object = object> = Theirs & { version: number; author: string; savedAt: string | null };

const RELOAD = "reload the page to see their version, then make your change again.";

/**
 * The one version check. Writes `data` to row `id` of `model` and sets its version to
 * expectedVersion + 1 — only if the row is still at `expectedVersion`, in one UPDATE, so of two
 * saves from the same version exactly one wins (the other waits for the row, then finds it moved
 * on). Otherwise nothing is written and it throws CONFLICT naming who saved which version when.
 *
 * Runs in the caller's transaction: the caller writes the version snapshot and the audit event
 * after it, and a CONFLICT rolls back anything the caller wrote before.
 */
export async function updateAtVersion<M extends VersionedModel, Theirs extends object = object>(
  tx: Prisma.TransactionClient,
  model: M,
  change: {
    id: string;
    expectedVersion: number;
    data: VersionedData<M>;
    /** How the message names the row: "BR-08", "SR 4.1", "Nia New's account". */
    what: string;
    /** What the person can do now; by default, reload and redo. */
    nextStep?: string;
    /** What the page shows of their version (read only on a conflict). */
    theirs?: () => Promise<Theirs>;
  },
): Promise<{ version: number }> {
  const { id, expectedVersion, data } = change;
  const version = expectedVersion + 1;
  const { count } = await rowsOf(tx, model).updateMany({ where: { id, version: expectedVersion }, data: { ...data, version } });
  if (count === 0) throw await versionConflict(tx, model, change);
  return { version };
}

async function versionConflict<M extends VersionedModel, Theirs extends object>(
  tx: Prisma.TransactionClient,
  model: M,
  { id, what, nextStep = RELOAD, theirs }: { id: string; what: string; nextStep?: string; theirs?: () => Promise<Theirs> },
): Promise<AppError> {
  const current = await rowsOf(tx, model).findUnique({ where: { id }, select: { version: true } });
  if (!current) return new AppError("NOT_FOUND", `${what} no longer exists.`);
  // Every command that makes a version records it in the audit log in the same transaction: that
  // event says who saved this version and when. (Entity types are the models' names.)
  const made = await tx.auditEvent.findFirst({
    where: { entityType: model, entityId: id, after: { path: ["version"], equals: current.version } },
    orderBy: { id: "desc" },
    select: { createdAt: true, actor: { select: { name: true } } },
  });
  const details = {
    ...((await theirs?.()) as Theirs),
    version: current.version,
    author: made?.actor?.name ?? "Someone else",
    savedAt: made?.createdAt.toISOString() ?? null,
  } satisfies VersionConflict<Theirs>;
  return new AppError("CONFLICT", conflictMessage(details, what, nextStep), {}, details);
}

/** "Ann Example saved version 3 of BR-08 on 28 Nov 2026, 14:05 while you were editing. Nothing of yours was lost or saved: …" */
export function conflictMessage({ author, version, savedAt }: VersionConflict, what: string, nextStep: string): string {
  const when = savedAt ? ` on ${formatDateTime(new Date(savedAt))}` : "";
  return `${author} saved version ${version} of ${what}${when} while you were editing. Nothing of yours was lost or saved: ${nextStep}`;
}

/** Is this error's details a version conflict's (for forms that show their version)? */
export function isVersionConflict(details: unknown): details is VersionConflict {
  return typeof details === "object" && details !== null && "version" in details && "author" in details && "savedAt" in details;
}

type VersionedRows = {
  updateMany(args: { where: { id: string; version: number }; data: object }): Promise<{ count: number }>;
  findUnique(args: { where: { id: string }; select: { version: true } }): Promise<{ version: number } | null>;
};

/**
 * The model's delegate (tx.requirement for "Requirement"), seen as just the two calls made here.
 * Prisma gives each model its own delegate type, with no common one to name: VersionedModel
 * guarantees the model has the `id` and `version` these calls use.
 */
function rowsOf(tx: Prisma.TransactionClient, model: VersionedModel): VersionedRows {
  const property = (model.charAt(0).toLowerCase() + model.slice(1)) as Uncapitalize<VersionedModel>;
  return tx[property] as unknown as VersionedRows;
}

import "server-only";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { modificationRefSchema } from "./refs";

type ModificationKey = { id: string; number: number; draftRef: string; proposalRef: string | null; title: string };

/**
 * The modification an address names (DP162 or, once converted, MP162), or NOT_FOUND. Every
 * modification page asks this first, so it is plain SQL: through Prisma's query compiler the
 * same lookup cost about twice the CPU time.
 */
export async function getModificationByRef(db: DbOrTx, ref: string): Promise<ModificationKey> {
  const number = numberNamedBy(ref);
  const [m] = number === null ? [] : await db.$queryRaw<ModificationKey[]>`
    SELECT "id", "number", "draftRef", "proposalRef", "title" FROM "Modification" WHERE "number" = ${number}`;
  return namedBy(ref, m ?? null);
}

/** DP162 and MP162 both name modification 162; null when the text names none. */
function numberNamedBy(ref: string): number | null {
  const parsed = modificationRefSchema.safeParse(ref);
  return parsed.success ? parsed.data.number : null;
}

/** The modification found for an address, if the address names it: an MP address only once it was converted. */
function namedBy<M extends { proposalRef: string | null }>(ref: string, m: M | null): M {
  const parsed = modificationRefSchema.safeParse(ref);
  if (m && parsed.success && (parsed.data.prefix === "DP" || m.proposalRef)) return m;
  throw new AppError("NOT_FOUND", `There is no modification ${ref}.`);
}

/**
 * Everything the overview page shows, found by the address's reference (NOT_FOUND as
 * getModificationByRef), in one query: the page needs no separate lookup of the modification.
 */
export async function getModificationOverview(db: DbOrTx, ref: string) {
  const number = numberNamedBy(ref);
  const overview = number === null ? null : await findOverview(db, number);
  return namedBy(ref, overview);
}

function findOverview(db: DbOrTx, number: number) {
  return db.modification.findUnique({
    where: { number },
    select: {
      id: true,
      number: true,
      draftRef: true,
      proposalRef: true,
      title: true,
      stage: true,
      path: true,
      urgent: true,
      leadAnalyst: true,
      raisedOn: true,
      implementationRelease: true,
      decision: { select: { outcome: true, implementationRelease: true } },
      latestUpdate: true,
      summary: true,
      issue: true,
      solution: true,
      whoIsImpacted: true,
      secDocumentsAffected: true,
      version: true,
      proposer: { select: { name: true } },
      milestones: { orderBy: [{ occurredOn: "asc" }, { id: "asc" }], select: { id: true, occurredOn: true, dateLabel: true, event: true, meeting: true, confirmed: true } },
      documents: {
        orderBy: { publishedOn: "desc" },
        select: { id: true, kind: true, title: true, publishedOn: true, note: true, file: { select: { fileName: true, size: true } } },
      },
      reports: {
        where: { status: "PUBLISHED" },
        orderBy: { publishedAt: "desc" },
        select: { id: true, kind: true, version: true, publishedAt: true },
      },
      // Collated consultation responses, once SECAS has published them (lib/collation).
      consultations: { where: { status: "PUBLISHED" }, orderBy: { publishedAt: "desc" }, select: { id: true, title: true, publishedAt: true } },
      areas: {
        orderBy: { position: "asc" },
        select: { id: true, title: true, description: true, _count: { select: { requirements: { where: { status: { not: "WITHDRAWN" } } } } } },
      },
      reviewRounds: { orderBy: { opensAt: "asc" }, select: { id: true, committee: true, title: true, status: true, opensAt: true, closesAt: true } },
    },
  });
}

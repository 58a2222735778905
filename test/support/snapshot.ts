import { db } from "@/lib/db";

export type TableSnapshot = Record<string, { rows: number; digest: string }>;

/**
 * Every table's row count and a digest of all its rows, in one query. Two equal snapshots mean
 * nothing was inserted, updated or deleted anywhere — a count alone would miss an update.
 */
export async function snapshotTables(): Promise<TableSnapshot> {
  const rows = await db().$queryRawUnsafe<{ name: string; rows: number; digest: string }[]>(`
    SELECT t.table_name::text AS name,
           (xpath('/row/n/text()', x))[1]::text::int AS rows,
           (xpath('/row/d/text()', x))[1]::text AS digest
    FROM information_schema.tables t,
         LATERAL query_to_xml(
           format('SELECT count(*) AS n, md5(coalesce(string_agg(r::text, chr(10) ORDER BY r::text), %L)) AS d FROM %I.%I r', '', t.table_schema, t.table_name),
           false, true, '') AS x
    WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND t.table_name <> '_prisma_migrations'
    ORDER BY t.table_name`);
  return Object.fromEntries(rows.map((r) => [r.name, { rows: r.rows, digest: r.digest }]));
}

/** The tables whose rows differ between two snapshots, e.g. ["AuditEvent", "Requirement"]. */
export function changedTables(before: TableSnapshot, after: TableSnapshot): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((n) => JSON.stringify(before[n]) !== JSON.stringify(after[n])).sort();
}

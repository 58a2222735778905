import Link from "next/link";
import { cachedLatestReport } from "@/lib/cache/public-pages";
import { formatDate } from "@/lib/labels";
import { modificationPath } from "@/lib/modifications/refs";

/** The overview's line naming the latest published Modification Report (public), or saying there is none yet. */
export async function LatestReport({ modification: m }: { modification: { id: string; draftRef: string } }) {
  const latest = await cachedLatestReport(m.id);
  return (
    <section aria-labelledby="latest-report" className="bg-white p-4">
      <h2 id="latest-report" className="mb-1 font-bold">Modification Report</h2>
      {latest ? (
        <p>
          <Link href={modificationPath(m, "reports", latest.number)}>Modification Report v{latest.number}</Link>, published{" "}
          <time dateTime={latest.publishedAt.toISOString()}>{formatDate(latest.publishedAt)}</time>.{" "}
          <Link href={modificationPath(m, "reports")}>All versions</Link>
        </p>
      ) : (
        <p>None published yet.</p>
      )}
    </section>
  );
}

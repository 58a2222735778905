import Link from "next/link";

/**
 * Links to the pages of a long list: previous, the first and last pages and those around the
 * current one, next. Plain links, so they work without JavaScript.
 */
export function Pager({ label, page, pageCount, href }: { label: string; page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  return (
    <nav aria-label={label} className="my-6">
      <ul className="flex flex-wrap items-center gap-3">
        {page > 1 && (
          <li>
            <Link href={href(Math.min(page, pageCount + 1) - 1)} rel="prev">Previous page</Link>
          </li>
        )}
        {shown.map((p, i) => (
          <li key={p}>
            {i > 0 && p - shown[i - 1]! > 1 && <span aria-hidden="true" className="mr-3">…</span>}
            {p === page ? (
              <span aria-current="page" className="font-semibold">Page {p}</span>
            ) : (
              <Link href={href(p)} aria-label={`Page ${p}`}>{p}</Link>
            )}
          </li>
        ))}
        {page < pageCount && (
          <li>
            <Link href={href(page + 1)} rel="next">Next page</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

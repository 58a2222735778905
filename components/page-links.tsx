import Link from "next/link";

/** Previous / next links of a long list split into pages, plain links so they work without JavaScript. Nothing for one page. */
export function PageLinks({ label, page, pageCount, href }: { label: string; page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mt-6 flex flex-wrap items-center gap-4">
      {page > 1 && <Link href={href(Math.min(page, pageCount + 1) - 1)} rel="prev">Previous page</Link>}
      <span>Page {Math.min(page, pageCount)} of {pageCount}</span>
      {page < pageCount && <Link href={href(page + 1)} rel="next">Next page</Link>}
    </nav>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { currentRef, modificationPath } from "@/lib/modifications/refs";
import { SEARCH_LIMIT, searchQuerySchema, searchRequirements } from "@/lib/search/search-requirements";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Button } from "@/components/button";
import { FormField } from "@/components/form-field";
import { HighlightedText } from "@/components/highlighted-text";
import { RequirementStatusBadge } from "@/components/requirement-status-badge";

export const metadata: Metadata = { title: "Search requirements" };

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const params = await searchParams;
  const typed = typeof params.q === "string" ? params.q : "";
  await authorizePage("requirement.read", typed ? `/search?q=${encodeURIComponent(typed)}` : "/search");
  const parsed = searchQuerySchema.safeParse(params);
  const q = parsed.success ? parsed.data.q : "";
  const { total, results } = await searchRequirements(db(), q);
  const quoted = `“${q}”`;

  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Modifications" }, { label: "Search" }]} />
      <h1 className="mb-4 text-3xl font-bold">Search requirements</h1>
      <form method="get" action="/search" className="mb-6 flex flex-wrap items-end gap-3 bg-white p-4">
        <div className="grow">
          <FormField
            name="q"
            label="Search for"
            hint={'Words (all must appear), a "quoted phrase", or a reference such as BR-05.'}
            errors={parsed.error?.issues.map((i) => i.message)}
            type="search"
            defaultValue={typed}
          />
        </div>
        <Button className="mb-4">Search</Button>
      </form>

      <p role="status" className="mb-4">
        {!parsed.success
          ? "Correct the search to run it."
          : !q
            ? "Type words or a reference to search the business requirements."
            : total === 0
              ? `No requirements match ${quoted}. Try fewer or different words.`
              : `${total} result${total === 1 ? "" : "s"} for ${quoted}`}
      </p>
      {total > results.length && <p className="mb-4">Showing the best {SEARCH_LIMIT}. Add words to narrow the search.</p>}

      {results.length > 0 && (
        <ol aria-label="Search results" className="space-y-4">
          {results.map((r) => (
            <li key={`${r.draftRef}-${r.ref}`} className="bg-white p-4">
              <h2 className="text-xl font-bold">
                <Link href={modificationPath({ draftRef: r.draftRef }, "requirements", r.ref)}>
                  {r.ref}: <HighlightedText segments={r.title} />
                </Link>
              </h2>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
                <RequirementStatusBadge status={r.status} />
                <span>{currentRef(r)}</span>
                {r.exactRef && <span>Reference match</span>}
              </p>
              {r.snippet.length > 0 && (
                <p className="mt-2">
                  <HighlightedText segments={r.snippet} />
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

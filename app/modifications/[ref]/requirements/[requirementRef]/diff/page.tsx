import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { authorizePage, principalOf } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { threadsAddressedByVersion } from "@/lib/comments/addressed-by-version";
import { db } from "@/lib/db";
import { formatDateTime, REQUIREMENT_STATUS_LABELS } from "@/lib/labels";
import { modificationPath } from "@/lib/modifications/refs";
import { changedFields, diffText, isUnchanged, sides } from "@/lib/requirements/diff";
import { getVersionPair } from "@/lib/requirements/find-requirement-versions";
import { getRequirement } from "@/lib/requirements/get-requirement";
import { orNotFound } from "@/app/or-not-found";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { InlineRedline, SideBySideRedline } from "@/components/redline";
import { TableHead } from "@/components/table-head";
import { loadModification, modificationCrumbs } from "../../../load";

type Props = PageProps<"/modifications/[ref]/requirements/[requirementRef]/diff">;

const versionsSchema = z.object({ from: z.coerce.number().int().positive(), to: z.coerce.number().int().positive() });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Changes to ${(await params).requirementRef.toUpperCase()}` };
}

export default async function RequirementDiffPage({ params, searchParams }: Props) {
  const { ref, requirementRef } = await params;
  const user = await authorizePage("requirement.read", `/modifications/${ref}/requirements/${requirementRef}/diff`);
  const m = await loadModification(ref);
  const parsed = versionsSchema.safeParse(await searchParams);
  // Versions that are missing or not numbers name no page, as an unknown requirement does.
  if (!parsed.success) notFound();
  const r = await orNotFound(getRequirement(db(), m.id, requirementRef));
  const pair = await orNotFound(getVersionPair(db(), r.id, parsed.data.from, parsed.data.to));
  const here = modificationPath(m, "requirements", r.ref);
  // The threads the versions after `from` up to `to` said they address (review material: only for those who may read it).
  const addressedBy = can(principalOf(user), "comment.read") ? await threadsAddressedByVersion(db(), r.id) : new Map<number, number[]>();
  const addressed = [...addressedBy].filter(([v]) => v > pair.from.version && v <= pair.to.version).flatMap(([, numbers]) => numbers);
  const body = diffText(pair.from.body, pair.to.body);
  const { before, after } = sides(body);
  const fields = changedFields([
    { label: "Title", before: pair.from.title, after: pair.to.title },
    { label: "Area", before: pair.from.area.title, after: pair.to.area.title },
    { label: "Status", before: REQUIREMENT_STATUS_LABELS[pair.from.status], after: REQUIREMENT_STATUS_LABELS[pair.to.status] },
    { label: "Links", before: pair.from.links.join(", ") || "none", after: pair.to.links.join(", ") || "none" },
  ]);
  const label = (v: typeof pair.from) => `Version ${v.version} (${v.author.name}, ${formatDateTime(v.createdAt)})`;

  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { href: modificationPath(m, "requirements"), label: "Requirements" }, { href: here, label: r.ref }, { href: `${here}/history`, label: "History" }, { label: "Changes" }]} />
      <h1 className="mb-2 text-3xl font-bold">{r.ref}: version {pair.from.version} compared with version {pair.to.version}</h1>
      <p className="mb-6">
        From {label(pair.from)} to {label(pair.to)}. Change note of version {pair.to.version}: {pair.to.changeNote}
      </p>
      {addressed.length > 0 && (
        <p className="mb-6">
          Addresses{" "}
          {addressed.map((n, i) => (
            <span key={n}>
              {i > 0 && ", "}
              <Link href={modificationPath(m, "comments", String(n))}>C-{n}</Link>
            </span>
          ))}
        </p>
      )}
      <section aria-labelledby="fields" className="mb-8">
        <h2 id="fields" className="mb-2 text-xl font-bold">Changed fields</h2>
        {fields.length === 0 ? (
          <p>Title, area, status and links are the same in both versions.</p>
        ) : (
          <table className="w-full border-collapse bg-white text-left">
            <TableHead columns={["Field", `Version ${pair.from.version}`, `Version ${pair.to.version}`]} />
            <tbody>
              {fields.map((f) => (
                <tr key={f.label} className="border-b border-slate-200">
                  <th scope="row" className="p-2 text-left">{f.label}</th>
                  <td className="p-2"><del className="bg-red-100 text-red-900">{f.before}</del></td>
                  <td className="p-2"><ins className="bg-green-100 text-green-900">{f.after}</ins></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="inline" className="mb-8">
        <h2 id="inline" className="mb-2 text-xl font-bold">Text, word by word</h2>
        {isUnchanged(body) ? <p>The text is the same in both versions.</p> : <InlineRedline parts={body} />}
      </section>
      {!isUnchanged(body) && (
        <section aria-labelledby="side" className="mb-8">
          <h2 id="side" className="mb-2 text-xl font-bold">Side by side</h2>
          <SideBySideRedline before={before} after={after} beforeLabel={`Version ${pair.from.version}`} afterLabel={`Version ${pair.to.version}`} />
        </section>
      )}
      <p><Link href={`${here}/history`}>Back to the history</Link></p>
    </>
  );
}

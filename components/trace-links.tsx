import Link from "next/link";
import type { RequirementDetail } from "@/lib/requirements/get-requirement";

type Props = {
  from: RequirementDetail["linksFrom"];
  to: RequirementDetail["linksTo"];
  requirementHref: (ref: string) => string;
  serviceRequestsHref: string;
  /** For those who may change links: a remove button beside each of this requirement's own links. */
  remove?: { action: (formData: FormData) => Promise<void>; fields: Record<string, string> };
};

/** A requirement's links, grouped by what they point at, and the requirements that point at it. */
export function TraceLinks({ from, to, requirementHref, serviceRequestsHref, remove }: Props) {
  const own = new Set(from.map((l) => l.id));
  const groups = [
    { title: "SEC sections", items: from.filter((l) => l.kind === "SEC_SECTION").map((l) => ({ id: l.id, node: l.reference })) },
    { title: "TOM items", items: from.filter((l) => l.kind === "TOM_ITEM").map((l) => ({ id: l.id, node: l.reference })) },
    {
      title: "Service Requests",
      items: from
        .filter((l) => l.serviceRequest)
        .map((l) => ({ id: l.id, node: <Link href={`${serviceRequestsHref}#sr-${l.serviceRequest!.number}`}>SR {l.serviceRequest!.number} {l.serviceRequest!.name}</Link> })),
    },
    {
      title: "Related requirements",
      items: from
        .filter((l) => l.targetRequirement)
        .map((l) => ({ id: l.id, node: <Link href={requirementHref(l.targetRequirement!.ref)}>{l.targetRequirement!.ref} {l.targetRequirement!.title}</Link> })),
    },
    {
      title: "Referenced by",
      items: to.map((l) => ({ id: l.id, node: <Link href={requirementHref(l.requirement.ref)}>{l.requirement.ref} {l.requirement.title}</Link> })),
    },
  ].filter((g) => g.items.length > 0);

  return (
    <section aria-labelledby="links" className="bg-white p-4">
      <h2 id="links" className="mb-2 text-xl font-bold">Links</h2>
      {groups.length === 0 && <p>This requirement has no links yet.</p>}
      {groups.map((g) => (
        <div key={g.title} className="mb-3">
          <h3 className="font-semibold">{g.title}</h3>
          <ul className="list-disc pl-5">
            {g.items.map((item) => (
              <li key={item.id}>
                {item.node}
                {remove && own.has(item.id) && (
                  <form action={remove.action} className="mb-1">
                    {Object.entries({ ...remove.fields, linkId: item.id }).map(([name, value]) => (
                      <input key={name} type="hidden" name={name} value={value} />
                    ))}
                    <button type="submit" className="min-h-6 py-0.5 text-sm text-red-800 underline">
                      Remove<span className="sr-only"> this link</span>
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

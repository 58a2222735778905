import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage } from "@/lib/auth/authorize";
import { compareSides, type ComparisonSide } from "@/lib/baselines/compare-requirement-sets";
import { findBaselines } from "@/lib/baselines/find-baselines";
import { compareQuerySchema, NOW } from "@/lib/baselines/schemas";
import { db } from "@/lib/db";
import { modificationPath } from "@/lib/modifications/refs";
import { orNotFound } from "@/app/or-not-found";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Button } from "@/components/button";
import { ComparisonReport } from "@/components/comparison-report";
import { SelectField } from "@/components/select-field";
import { loadModification, modificationCrumbs } from "../../load";

type Props = PageProps<"/modifications/[ref]/baselines/compare">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Compare baselines · ${(await params).ref.toUpperCase()}` };
}

const sideName = (side: ComparisonSide) => (side.kind === "now" ? "the requirements now" : side.baseline.name);

export default async function CompareBaselinesPage({ params, searchParams }: Props) {
  const { ref } = await params;
  await authorizePage("requirement.read", `/modifications/${ref}/baselines/compare`);
  const m = await loadModification(ref);
  const baselines = await findBaselines(db(), m.id);
  const list = modificationPath(m, "baselines");
  const query = compareQuerySchema.parse(await searchParams);
  // Unchosen: the newest baseline against the requirements now.
  const from = query.from ?? baselines[0]?.id;
  const to = query.to ?? NOW;
  const result = from ? await orNotFound(compareSides(db(), m.id, from, to)) : null;
  const options = [...baselines.map((b) => ({ value: b.id, label: b.name })), { value: NOW, label: "Now (current versions)" }];

  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { href: list, label: "Baselines" }, { label: "Compare" }]} />
      <h1 className="mb-4 text-3xl font-bold">Compare baselines</h1>
      {!result ? (
        <p>
          There is no baseline to compare yet. <Link href={list}>Freeze one on the baselines page</Link>.
        </p>
      ) : (
        <>
          <form method="get" action={`${list}/compare`} className="mb-6 flex flex-wrap items-end gap-3 bg-white p-4">
            <SelectField inline name="from" label="From (earlier)" options={options} defaultValue={from} />
            <SelectField inline name="to" label="To (later)" options={options} defaultValue={to} />
            <Button>Compare</Button>
          </form>
          <h2 className="mb-4 text-2xl font-bold">
            From {sideName(result.from)} to {sideName(result.to)}
          </h2>
          <ComparisonReport comparison={result.comparison} requirementHref={(r) => modificationPath(m, "requirements", r)} />
        </>
      )}
    </>
  );
}

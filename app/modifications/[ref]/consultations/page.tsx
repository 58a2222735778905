import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage, principalOf } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { findConsultations } from "@/lib/consultations/find-consultations";
import { consultationTimeLeftText, consultationWindowText } from "@/lib/consultations/window-text";
import { db } from "@/lib/db";
import { CONSULTATION_KIND_LABELS } from "@/lib/labels";
import { currentRef, modificationPath } from "@/lib/modifications/refs";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ButtonLink } from "@/components/button";
import { ModificationTabs } from "@/components/modification-tabs";
import { TableHead } from "@/components/table-head";
import { loadModification, modificationCrumbs, modificationTabs } from "../load";
import { ConsultationStatusBadge } from "@/components/consultation-status-badge";

type Props = PageProps<"/modifications/[ref]/consultations">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Consultations · ${(await params).ref.toUpperCase()}` };
}

export default async function ConsultationsPage({ params }: Props) {
  const { ref } = await params;
  const user = await authorizePage("consultation.readCollated", `/modifications/${ref}/consultations`);
  const m = await loadModification(ref);
  const now = new Date();
  // Anyone may see the published ones; those signed in see them all.
  const readsAll = can(principalOf(user), "consultation.read");
  const consultations = await findConsultations(db(), m.id, { publishedOnly: !readsAll }, now);
  const here = modificationPath(m, "consultations");

  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { label: "Consultations" }]} />
      <h1 className="mb-4 text-3xl font-bold">{currentRef(m)} consultations</h1>
      <ModificationTabs tabs={modificationTabs(m, user)} current={here} />
      <p className="mb-4 max-w-3xl">
        SEC Parties are consulted on the modification&apos;s solution and, later, on its Modification Report. Each consultation asks numbered questions
        about a frozen set of the requirements, in a window of London dates and times; it closes by itself when the window ends. Working days exclude
        weekends and England and Wales bank holidays.
        {!readsAll && " Only consultations whose collated responses are published are shown here: sign in to see the others."}
      </p>
      {can(principalOf(user), "consultation.manage") && (
        <p className="mb-6">
          <ButtonLink href={`${here}/new`}>New consultation</ButtonLink>
        </p>
      )}
      {consultations.length === 0 ? (
        <p className="italic">No consultations yet.</p>
      ) : (
        <table className="w-full border-collapse bg-white text-left">
          <TableHead columns={["Consultation", { label: "Kind", className: "w-48" }, { label: "Status", className: "w-28" }, "Window", "Time left"]} />
          <tbody>
            {consultations.map((c) => (
              <tr key={c.id} className="border-b border-slate-200">
                <td className="p-2">
                  <Link href={`${here}/${c.id}`} className="font-semibold">{c.title}</Link>
                  <span className="block text-sm text-slate-700">
                    {c._count.questions} question{c._count.questions === 1 ? "" : "s"}
                  </span>
                </td>
                <td className="p-2">{CONSULTATION_KIND_LABELS[c.kind]}</td>
                <td className="p-2">
                  <ConsultationStatusBadge status={c.status} />
                </td>
                <td className="p-2">{consultationWindowText(c)}</td>
                <td className="p-2">{consultationTimeLeftText(c, now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

import Link from "next/link";
import { authorizePage } from "@/lib/auth/authorize";
import { cachedRegister } from "@/lib/cache/public-pages";
import { currentRef, modificationPath } from "@/lib/modifications/refs";
import { formatDate, STAGE_LABELS } from "@/lib/labels";
import { Badge } from "@/components/badge";
import { TableHead } from "@/components/table-head";

export default async function RegisterPage() {
  await authorizePage("register.read", "/");
  // Served from Next's data cache, expired when a modification changes (lib/cache); the header is the layout's own, per request.
  const modifications = await cachedRegister();
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">Modifications register</h1>
      <p className="mb-6 max-w-3xl">
        Smart Energy Code modifications in refinement. Anyone can read a modification&apos;s overview and its published reports;
        signed-in participants work on the draft business requirements.
      </p>
      {modifications.length === 0 ? (
        <p>No modifications have been raised yet.</p>
      ) : (
        <table className="w-full border-collapse bg-white text-left">
          <caption className="sr-only">Modifications, newest first</caption>
          <TableHead columns={["Reference", "Title", "Stage", "Proposer", "Raised"]} />
          <tbody>
            {modifications.map((m) => (
              <tr key={m.id} className="border-b border-slate-200 align-top">
                <td className="p-2 font-semibold">
                  <Link href={modificationPath(m)}>{currentRef(m)}</Link>
                  {m.proposalRef && <div className="text-sm font-normal text-slate-700">formerly {m.draftRef}</div>}
                </td>
                <td className="p-2">
                  {m.title}
                  {m.latestUpdate && <p className="mt-1 text-sm text-slate-700">{m.latestUpdate}</p>}
                </td>
                <td className="p-2"><Badge tone="info">{STAGE_LABELS[m.stage]}</Badge></td>
                <td className="p-2">{m.proposer.name}</td>
                <td className="p-2 whitespace-nowrap">{formatDate(m.raisedOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

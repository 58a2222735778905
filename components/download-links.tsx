/** Plain links to file downloads (the server sends them as attachments). */
export function DownloadLinks({ label, links }: { label: string; links: { href: string; text: string }[] }) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-3">
      <span className="font-semibold">{label}:</span>
      {links.map((l) => (
        <a key={l.href} href={l.href} download className="rounded border border-slate-500 bg-white px-3 py-1 text-sm">
          {l.text}
        </a>
      ))}
    </nav>
  );
}

import { buttonClass } from "./button";

/** Plain links to file downloads (the server sends them as attachments): `<a>`, not next/link, which would prefetch the file. */
export function DownloadLinks({ label, links }: { label: string; links: { href: string; text: string }[] }) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-3">
      <span className="font-semibold">{label}:</span>
      {links.map((l) => (
        <a key={l.href} href={l.href} download className={buttonClass({ variant: "quiet", size: "sm" })}>
          {l.text}
        </a>
      ))}
    </nav>
  );
}

import Link from "next/link";

type Tab = { href: string; label: string };

/** The sections of one modification; the current one is marked for assistive technology. */
export function ModificationTabs({ tabs, current }: { tabs: Tab[]; current: string }) {
  return (
    <nav aria-label="Modification sections" className="mb-6 border-b border-slate-300">
      <ul className="flex flex-wrap gap-4">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.href === current ? "page" : undefined}
              className={`inline-block pb-2 ${tab.href === current ? "border-b-4 border-brand font-semibold no-underline" : ""}`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import { cache } from "react";
import { can, type Action } from "@/lib/auth/permissions";
import { principalOf } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/current-user";
import { cachedModificationKey, cachedOverview } from "@/lib/cache/public-pages";
import { currentRef, modificationPath } from "@/lib/modifications/refs";
import { orNotFound } from "@/app/or-not-found";

/**
 * The modification an address names (id, references, title), or the 404 page: from Next's data
 * cache (public data, expired by any audited change to a modification), and per request (page and
 * metadata share it). Every modification page starts here, so it costs no query.
 */
export const loadModification = cache((ref: string) => orNotFound(cachedModificationKey(ref)));

/** The overview page's modification with all it shows, from Next's data cache (public data: lib/cache), or the 404 page. Cached per request like loadModification. */
export const loadOverview = cache((ref: string) => orNotFound(cachedOverview(ref)));

/** The modification's section tabs the user may open. */
export function modificationTabs(m: { draftRef: string }, user: CurrentUser | null) {
  const tabs: { href: string; label: string; action: Action }[] = [
    { href: modificationPath(m), label: "Overview", action: "modification.readOverview" },
    { href: modificationPath(m, "requirements"), label: "Requirements", action: "requirement.read" },
    { href: modificationPath(m, "service-requests"), label: "Service Requests", action: "serviceRequest.read" },
    { href: modificationPath(m, "baselines"), label: "Baselines", action: "requirement.read" },
    { href: modificationPath(m, "reports"), label: "Reports", action: "report.readPublished" },
    { href: modificationPath(m, "reviews"), label: "Reviews", action: "comment.read" },
    { href: modificationPath(m, "consultations"), label: "Consultations", action: "consultation.readCollated" },
    { href: modificationPath(m, "comments"), label: "Comments", action: "comment.read" },
    { href: modificationPath(m, "assessments"), label: "Assessments", action: "impact.read" },
    { href: modificationPath(m, "change-board"), label: "Change Board", action: "changeBoard.read" },
    { href: modificationPath(m, "audit"), label: "Audit log", action: "audit.read" },
  ];
  return tabs.filter((t) => can(principalOf(user), t.action));
}

export function modificationCrumbs(m: { draftRef: string; proposalRef: string | null }) {
  return [{ href: "/", label: "Modifications" }, { href: modificationPath(m), label: currentRef(m) }];
}

import { Fragment } from "react";
import type { Segment } from "@/lib/search/highlight";

/** Search highlights as <mark> elements around plain text: React escapes every segment, so no HTML gets through. */
export function HighlightedText({ segments }: { segments: Segment[] }) {
  return segments.map((s, i) =>
    s.match ? (
      <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-inherit">
        {s.text}
      </mark>
    ) : (
      <Fragment key={i}>{s.text}</Fragment>
    ),
  );
}

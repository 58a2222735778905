/**
 * Up and down buttons for one row. They submit the page's single reorder form (named by `form`),
 * so a long list carries one form rather than one per row; plain HTML, so it works without JavaScript.
 */
export function MoveButtons({ form, requirementId, requirementRef }: { form: string; requirementId: string; requirementRef: string }) {
  return (
    <span className="flex gap-1">
      {(["up", "down"] as const).map((direction) => (
        <button
          key={direction}
          type="submit"
          form={form}
          name="move"
          value={`${requirementId}:${direction}`}
          className="min-h-6 rounded border border-slate-500 px-2 py-0.5"
          title={`Move ${requirementRef} ${direction}`}
        >
          <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span>
          <span className="sr-only">Move {requirementRef} {direction}</span>
        </button>
      ))}
    </span>
  );
}

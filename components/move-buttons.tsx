/** Up and down buttons: plain forms, so reordering works without JavaScript. */
export function MoveButtons({ action, fields }: { action: (formData: FormData) => Promise<void>; fields: { requirementId: string; requirementRef: string; modificationRef: string } }) {
  return (
    <form action={action} className="flex gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {(["up", "down"] as const).map((direction) => (
        <button key={direction} type="submit" name="direction" value={direction} className="rounded border border-slate-500 px-2 py-0.5" title={`Move ${fields.requirementRef} ${direction}`}>
          <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span>
          <span className="sr-only">Move {fields.requirementRef} {direction}</span>
        </button>
      ))}
    </form>
  );
}

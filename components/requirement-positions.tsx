import { RadioGroup } from "./radio-group";

export type PositionRequirement = { requirementVersionId: string; ref: string; title: string };
type Row = { position?: string; comment?: string; confidential?: boolean };

/**
 * Support / oppose / neutral with a comment, per requirement of the consultation's baseline: a
 * table on a wide screen, one card per requirement on a phone (the rows stack), so 50 requirements
 * stay usable at 390 px without scrolling sideways.
 */
export function RequirementPositions({
  namePrefix,
  requirements,
  positions,
  rowOf,
  errors,
}: {
  /** `answers.<questionId>.requirements` */
  namePrefix: string;
  requirements: PositionRequirement[];
  positions: { value: string; label: string }[];
  rowOf: (requirementVersionId: string) => Row;
  errors: Record<string, string[]>;
}) {
  return (
    <table className="mb-4 w-full border-collapse text-left max-md:block">
      <thead className="max-md:sr-only">
        <tr className="border-b border-slate-400">
          <th scope="col" className="p-2">Requirement</th>
          <th scope="col" className="p-2">Your position</th>
          <th scope="col" className="p-2">Comment (optional)</th>
          <th scope="col" className="p-2">Confidential</th>
        </tr>
      </thead>
      <tbody className="max-md:block">
        {requirements.map((r) => {
          const name = `${namePrefix}.${r.requirementVersionId}`;
          const row = rowOf(r.requirementVersionId);
          const commentErrors = errors[`${name}.comment`];
          return (
            <tr key={r.requirementVersionId} className="border-b border-slate-300 align-top max-md:mb-3 max-md:block max-md:rounded max-md:border max-md:p-3">
              <th scope="row" className="p-2 font-semibold break-words max-md:block max-md:p-0 md:w-1/4">
                {r.ref} <span className="font-normal">{r.title}</span>
              </th>
              <td className="p-2 max-md:block max-md:px-0">
                <RadioGroup name={`${name}.position`} legend={`Position on ${r.ref}`} legendClassName="sr-only" options={positions} checked={row.position} errors={errors[`${name}.position`]} />
              </td>
              <td className="p-2 max-md:block max-md:px-0">
                <label htmlFor={`${name}.comment`} className="sr-only">
                  Comment on {r.ref}
                </label>
                {commentErrors && (
                  <p id={`${name}.comment-error`} className="text-sm font-semibold text-red-800">
                    {commentErrors.join(" ")}
                  </p>
                )}
                {/* Not TextAreaField: in a table row the label is for screen readers only and the box fills its cell. */}
                <textarea
                  id={`${name}.comment`}
                  name={`${name}.comment`}
                  rows={2}
                  defaultValue={row.comment ?? ""}
                  aria-invalid={commentErrors ? true : undefined}
                  aria-describedby={commentErrors ? `${name}.comment-error` : undefined}
                  className="w-full rounded border border-slate-500 bg-white px-2 py-1"
                />
              </td>
              <td className="p-2 max-md:block max-md:px-0">
                <label className="flex items-center gap-2">
                  <input type="checkbox" name={`${name}.confidential`} defaultChecked={row.confidential ?? false} className="h-5 w-5" />
                  <span>
                    <span className="md:sr-only">Confidential</span>
                    <span className="sr-only"> comment on {r.ref}</span>
                  </span>
                </label>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

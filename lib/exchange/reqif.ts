import "server-only";
import type { RequirementSnapshot } from "@/lib/baselines/get-baseline-requirements";
import { RequirementStatus } from "@/lib/generated/prisma/enums";
import { REQUIREMENT_STATUS_LABELS } from "@/lib/labels";

/**
 * A baseline as a ReqIF 1.2 document, for requirements tools (DOORS, Polarion, ReqIF Studio).
 * Everything in it is derived from stored data, so the same baseline always gives the same file:
 * identifiers are stable ids (an object's is its Requirement.id, whatever its ref or position), and
 * the creation time is when the baseline was frozen.
 */
export const REQIF_NAMESPACE = "http://www.omg.org/spec/ReqIF/20110401/reqif.xsd";

export type ReqifDocument = {
  /** Stable id of what is exported (the baseline's id). */
  id: string;
  title: string;
  comment?: string;
  specificationName: string;
  createdAt: Date;
  requirements: RequirementSnapshot[];
};

// Characters XML 1.0 does not allow at all (a control character pasted into a body would break the file).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;" };

/**
 * Escapes text for an element or an attribute. Line breaks and tabs become character references,
 * since a parser turns a literal one inside an attribute into a space (and bodies live in attributes).
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"'\n\r\t]/g, (c) => ENTITIES[c]!);
}

/** IDENTIFIER values are xsd:ID: they may not start with a digit, so every one gets a prefix. */
const xmlId = (...parts: string[]) => `_${parts.join("-")}`;
const ID = {
  stringType: xmlId("datatype", "string"),
  statusType: xmlId("datatype", "status"),
  status: (s: RequirementStatus) => xmlId("status", s),
  objectType: xmlId("type", "requirement"),
  specificationType: xmlId("type", "specification"),
  attribute: (name: string) => xmlId("attribute", name),
  object: (requirementId: string) => xmlId(requirementId),
  specification: (id: string) => xmlId("specification", id),
  hierarchy: (id: string, requirementId: string) => xmlId("hierarchy", id, requirementId),
};
const STRING_ATTRIBUTES = [
  { key: "foreign-id", name: "ReqIF.ForeignID", value: (r: RequirementSnapshot) => r.ref },
  { key: "name", name: "ReqIF.Name", value: (r: RequirementSnapshot) => r.title },
  { key: "text", name: "ReqIF.Text", value: (r: RequirementSnapshot) => r.body },
  { key: "area", name: "Area", value: (r: RequirementSnapshot) => r.area.title },
  { key: "version", name: "Version", value: (r: RequirementSnapshot) => String(r.version) },
];

type Attributes = Record<string, string | number>;
const attrs = (a: Attributes) => Object.entries(a).map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`).join("");
// Element-only content: the line breaks between children are insignificant and keep the file readable.
const el = (name: string, a: Attributes, ...children: string[]) => (children.length ? `<${name}${attrs(a)}>\n${children.join("\n")}\n</${name}>` : `<${name}${attrs(a)}/>`);
const text = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
const ref = (kind: string, id: string) => `<${kind}-REF>${id}</${kind}-REF>`;

export function toReqif(doc: ReqifDocument): string {
  const changed = doc.createdAt.toISOString();
  const identifiable = (id: string, longName?: string): Attributes => ({ IDENTIFIER: id, "LAST-CHANGE": changed, ...(longName ? { "LONG-NAME": longName } : {}) });
  const maxLength = Math.max(1000, ...doc.requirements.flatMap((r) => STRING_ATTRIBUTES.map((a) => a.value(r).length)));

  const header = el(
    "REQ-IF-HEADER",
    { IDENTIFIER: xmlId("header", doc.id) },
    ...(doc.comment ? [text("COMMENT", doc.comment)] : []),
    text("CREATION-TIME", changed),
    text("REQ-IF-TOOL-ID", "SEC Refinement Portal"),
    text("REQ-IF-VERSION", "1.0"),
    text("SOURCE-TOOL-ID", "SEC Refinement Portal"),
    text("TITLE", doc.title),
  );
  const datatypes = el(
    "DATATYPES",
    {},
    el("DATATYPE-DEFINITION-STRING", { ...identifiable(ID.stringType, "Text"), "MAX-LENGTH": maxLength }),
    el(
      "DATATYPE-DEFINITION-ENUMERATION",
      identifiable(ID.statusType, "Requirement status"),
      el(
        "SPECIFIED-VALUES",
        {},
        ...Object.values(RequirementStatus).map((s, i) =>
          el("ENUM-VALUE", identifiable(ID.status(s), REQUIREMENT_STATUS_LABELS[s]), el("PROPERTIES", {}, el("EMBEDDED-VALUE", { KEY: i, "OTHER-CONTENT": s }))),
        ),
      ),
    ),
  );
  const specTypes = el(
    "SPEC-TYPES",
    {},
    el(
      "SPEC-OBJECT-TYPE",
      identifiable(ID.objectType, "Business requirement"),
      el(
        "SPEC-ATTRIBUTES",
        {},
        ...STRING_ATTRIBUTES.map((a) => el("ATTRIBUTE-DEFINITION-STRING", identifiable(ID.attribute(a.key), a.name), el("TYPE", {}, ref("DATATYPE-DEFINITION-STRING", ID.stringType)))),
        el("ATTRIBUTE-DEFINITION-ENUMERATION", { ...identifiable(ID.attribute("status"), "Status"), "MULTI-VALUED": "false" }, el("TYPE", {}, ref("DATATYPE-DEFINITION-ENUMERATION", ID.statusType))),
      ),
    ),
    el("SPECIFICATION-TYPE", identifiable(ID.specificationType, "Baseline")),
  );
  const objects = el(
    "SPEC-OBJECTS",
    {},
    ...doc.requirements.map((r) =>
      el(
        "SPEC-OBJECT",
        { IDENTIFIER: ID.object(r.requirementId), "LAST-CHANGE": r.changedAt.toISOString(), "LONG-NAME": r.ref },
        el(
          "VALUES",
          {},
          ...STRING_ATTRIBUTES.map((a) => el("ATTRIBUTE-VALUE-STRING", { "THE-VALUE": a.value(r) }, el("DEFINITION", {}, ref("ATTRIBUTE-DEFINITION-STRING", ID.attribute(a.key))))),
          el("ATTRIBUTE-VALUE-ENUMERATION", {}, el("DEFINITION", {}, ref("ATTRIBUTE-DEFINITION-ENUMERATION", ID.attribute("status"))), el("VALUES", {}, ref("ENUM-VALUE", ID.status(r.status)))),
        ),
        el("TYPE", {}, ref("SPEC-OBJECT-TYPE", ID.objectType)),
      ),
    ),
  );
  const hierarchy = doc.requirements.map((r) =>
    el("SPEC-HIERARCHY", identifiable(ID.hierarchy(doc.id, r.requirementId)), el("OBJECT", {}, ref("SPEC-OBJECT", ID.object(r.requirementId)))),
  );
  const specifications = el(
    "SPECIFICATIONS",
    {},
    el(
      "SPECIFICATION",
      identifiable(ID.specification(doc.id), doc.specificationName),
      el("TYPE", {}, ref("SPECIFICATION-TYPE", ID.specificationType)),
      ...(hierarchy.length ? [el("CHILDREN", {}, ...hierarchy)] : []),
    ),
  );

  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    el("REQ-IF", { xmlns: REQIF_NAMESPACE }, el("THE-HEADER", {}, header), el("CORE-CONTENT", {}, el("REQ-IF-CONTENT", {}, datatypes, specTypes, objects, specifications))) +
    "\n"
  );
}

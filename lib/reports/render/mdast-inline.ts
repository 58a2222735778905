import type { PhrasingContent, RootContent } from "mdast";

/** A run of text with its emphasis: what the PDF and DOCX writers make of Markdown's inline content. */
export type Run = { text: string; bold?: boolean; italics?: boolean; strike?: boolean; code?: boolean };

/** Inline Markdown as runs. A link reads as its text and address; an image is only named (never loaded). */
export function runsOf(nodes: PhrasingContent[], style: Omit<Run, "text"> = {}): Run[] {
  return nodes.flatMap((node): Run[] => {
    switch (node.type) {
      case "text":
        return [{ ...style, text: node.value }];
      case "strong":
        return runsOf(node.children, { ...style, bold: true });
      case "emphasis":
        return runsOf(node.children, { ...style, italics: true });
      case "delete":
        return runsOf(node.children, { ...style, strike: true });
      case "inlineCode":
        return [{ ...style, code: true, text: node.value }];
      case "break":
        return [{ ...style, text: "\n" }];
      case "link": {
        const label = runsOf(node.children, style);
        const shown = label.map((r) => r.text).join("");
        return shown === node.url ? label : [...label, { ...style, text: ` (${node.url})` }];
      }
      case "image":
        return [{ ...style, text: `[Image: ${node.alt || "no description"}]` }];
      case "footnoteReference":
        return [{ ...style, text: `[${node.identifier}]` }];
      default:
        return []; // raw HTML and the like: dropped, as on the page
    }
  });
}

/** A block's plain text (a table cell, a code block). */
export function plainText(node: RootContent): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return (node.children as RootContent[]).map(plainText).join("");
  return "";
}

import type { Element, Nodes as HastNodes, Properties } from "hast";
import { sanitize } from "hast-util-sanitize";
import type { Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { toHast } from "mdast-util-to-hast";
import { gfm } from "micromark-extension-gfm";

/**
 * The report's Markdown, parsed once (GFM, as components/markdown.tsx reads it) and written out as
 * HTML text for the frozen report, or walked by the PDF and DOCX writers. Raw HTML in the text is
 * dropped and the rest sanitised with the same default schema as rehype-sanitize there; images are
 * never loaded (a report's copies must not fetch anything), only named.
 */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

export function markdownToHtml(text: string): string {
  const tree = sanitize(toHast(parseMarkdown(text)));
  return serialise(tree);
}

const VOID = new Set(["br", "hr", "input"]);

function serialise(node: HastNodes): string {
  switch (node.type) {
    case "root":
      return node.children.map(serialise).join("");
    case "text":
      return escapeText(node.value);
    case "element":
      return element(node);
    default:
      return ""; // comments, doctypes and raw HTML never reach the page
  }
}

function element(node: Element): string {
  if (node.tagName === "img") return escapeText(`[Image: ${String(node.properties.alt ?? "no description")}]`);
  const open = `<${node.tagName}${attributes(node.properties)}>`;
  if (VOID.has(node.tagName)) return open;
  return `${open}${node.children.map(serialise).join("")}</${node.tagName}>`;
}

function attributes(properties: Properties): string {
  return Object.entries(properties)
    .flatMap(([name, value]) => {
      if (value === false || value === null || value === undefined) return [];
      const attribute = attributeName(name);
      if (value === true) return [` ${attribute}`];
      const text = Array.isArray(value) ? value.join(" ") : String(value);
      return [` ${attribute}="${escapeAttribute(text)}"`];
    })
    .join("");
}

function attributeName(property: string): string {
  if (property === "className") return "class";
  if (property === "htmlFor") return "for";
  if (/^(aria|data)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}

export const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
export const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, "&quot;");

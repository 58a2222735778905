import type { Element, ElementContent, Root } from "hast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { LRUCache } from "lru-cache";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { MarkdownHtml, type SanitisedHtml } from "./markdown-html";

/** Markdown written by users, rendered on the server; raw HTML is dropped and links sanitised. */
export function Markdown({ children }: { children: string }) {
  return <MarkdownHtml html={markdownToHtml(children)} />;
}

/** Only the portal's own images are loaded (see foreignImagesAsLinks); raw HTML never reaches the output. */
export const markdownProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(() => foreignImagesAsLinks)
  .use(rehypeStringify, { closeSelfClosing: true, tightSelfClosing: true })
  .freeze();

/**
 * Parsing (remark, GFM, sanitising) costs more than rendering the page around it, and the same
 * texts are read again and again: the HTML a text gives is kept, the most recently used first, up
 * to 1,000 texts and 4 million characters. (Same text, same HTML: nothing depends on the reader.)
 */
const cache = new LRUCache<string, SanitisedHtml>({ max: 1_000, maxSize: 4_000_000, sizeCalculation: (_html, text) => text.length || 1 });

/**
 * The sanitised HTML of a user's Markdown, for MarkdownHtml. A long list's rows, rendered by a
 * client component from plain data (see components/requirement-rows.tsx), carry their texts so:
 * one string each in the RSC payload instead of each text's element tree.
 */
export function markdownToHtml(text: string): SanitisedHtml {
  let html = cache.get(text);
  if (html === undefined) {
    html = String(markdownProcessor.processSync(text)) as SanitisedHtml;
    cache.set(text, html); // a text over maxSize is not kept
  }
  return html;
}

/**
 * An image from another site would be fetched by every reader's browser (a tracking pixel): it is
 * shown as a link instead. The CSP's img-src blocks it too. Runs after the sanitiser, which has
 * already removed sources that are not http(s) or relative (javascript:, data:).
 */
function foreignImagesAsLinks(tree: Root) {
  visit(tree, "element", (node, index, parent) => {
    if (node.tagName !== "img" || !parent || index === undefined) return;
    parent.children[index] = imageOrLink(node);
    return SKIP;
  });
}

function imageOrLink(image: Element): ElementContent {
  const { src, alt } = image.properties;
  const description = typeof alt === "string" ? alt : "";
  const label: ElementContent = { type: "text", value: `Image: ${description || "no description"}` };
  if (typeof src !== "string" || src === "") return { type: "element", tagName: "span", properties: {}, children: [label] };
  if (!isSameOrigin(src)) return { type: "element", tagName: "a", properties: { href: src }, children: [label] };
  return { type: "element", tagName: "img", properties: { src, alt: description }, children: [] };
}

// Both schemes: "https:host/p.png" is a path on an https page but another site on an http one.
const PAGES = [new URL("https://portal.invalid/modifications/"), new URL("http://portal.invalid/modifications/")];

/** Resolved as a browser would (so "//host", "/\\host" and "https:host" count as other sites). */
function isSameOrigin(src: string): boolean {
  try {
    return PAGES.every((page) => new URL(src, page).origin === page.origin);
  } catch {
    return false;
  }
}

import type { ComponentProps, ReactElement } from "react";
import parseMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";

/** Markdown written by users, rendered on the server; raw HTML is dropped and links sanitised. */
export function Markdown({ children }: { children: string }) {
  // Blank text (a new Draft Proposal's empty sections) is not parsed: the cache would hand every
  // blank section the same elements, which React's flight payload then refers to by path, and the
  // browser failed to resolve those references after a server action's redirect (React error #570).
  if (children.trim() === "") return <div className="prose-body" />;
  return <div className="prose-body">{rendered(children)}</div>;
}

const components: Components = { img: MarkdownImage };

/**
 * Parsing (remark, GFM, sanitising) costs more than rendering the page around it, and the same
 * texts are read again and again: the elements a text gives are kept, the most recently used
 * first, up to CACHE_LIMIT texts and CACHE_CHARACTERS characters. Elements are immutable, so
 * every request may render the same ones. (Same text, same elements: nothing depends on the reader.)
 */
const CACHE_LIMIT = 1_000;
const CACHE_CHARACTERS = 4_000_000;
const cache = new Map<string, ReactElement>();
let cachedCharacters = 0;

function rendered(text: string): ReactElement {
  const cached = cache.get(text);
  if (cached) {
    cache.delete(text); // re-inserted below: the Map's order is the order of last use
    cache.set(text, cached);
    return cached;
  }
  const element = parseMarkdown({ children: text, remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSanitize], components });
  if (text.length > CACHE_CHARACTERS) return element;
  cache.set(text, element);
  cachedCharacters += text.length;
  for (const [oldest] of cache) {
    if (cache.size <= CACHE_LIMIT && cachedCharacters <= CACHE_CHARACTERS) break;
    cache.delete(oldest);
    cachedCharacters -= oldest.length;
  }
  return element;
}

/**
 * Only the portal's own images are loaded. An image from another site would be fetched by every
 * reader's browser (a tracking pixel): it is shown as a link instead. The CSP's img-src blocks it too.
 */
function MarkdownImage({ src, alt }: ComponentProps<"img">) {
  const label = `Image: ${alt || "no description"}`;
  // The sanitiser has already removed sources that are not http(s) or relative (javascript:, data:).
  if (typeof src !== "string" || src === "") return <span>{label}</span>;
  if (!isSameOrigin(src)) return <a href={src}>{label}</a>;
  // eslint-disable-next-line @next/next/no-img-element -- user content of unknown size: next/image needs dimensions
  return <img src={src} alt={alt ?? ""} />;
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

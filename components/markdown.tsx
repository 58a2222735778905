import type { ComponentProps } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";

/** Markdown written by users, rendered on the server; raw HTML is dropped and links sanitised. */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose-body">
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]} components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}

const components: Components = { img: MarkdownImage };

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

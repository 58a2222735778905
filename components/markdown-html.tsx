/**
 * HTML that markdownToHtml (components/markdown.tsx) made from a user's Markdown and sanitised. A
 * branded string: nothing else type-checks as one, so no other text can reach dangerouslySetInnerHTML here.
 */
export type SanitisedHtml = string & { readonly __brand: "SanitisedHtml" };

/**
 * Shows a user's Markdown as markdownToHtml gave it. Imports nothing, so client components rendering
 * rows from plain data can use it without bringing the Markdown parser into the browser.
 */
export function MarkdownHtml({ html }: { html: SanitisedHtml }) {
  return <div className="prose-body" dangerouslySetInnerHTML={{ __html: html }} />;
}

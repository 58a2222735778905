/**
 * Markdown already made into sanitised HTML by markdownToHtml (components/markdown.tsx), and only
 * that: nothing else may be given to it. Imports nothing, so client components rendering rows from
 * plain data can use it without bringing the Markdown parser into the browser.
 */
export function MarkdownHtml({ html }: { html: string }) {
  return <div className="prose-body" dangerouslySetInnerHTML={{ __html: html }} />;
}

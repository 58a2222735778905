import type { ReportContent } from "../content";
import { ILLUSTRATIVE_NOTE, reportBlocks, reportSubtitle, reportTitle, type Block } from "./blocks";
import { escapeText, markdownToHtml } from "./markdown";

/**
 * The report as an HTML fragment (an <article>): what a draft's page shows and, once published,
 * the exact text stored and served. Built as a string so that what is stored is what is shown;
 * every piece of user text goes through escapeText or the sanitising Markdown writer.
 */
export function renderReportHtml(content: ReportContent, hash: string | null): string {
  // Each level-2 heading opens a section of its own (the blocks start with one).
  const sections: string[][] = [];
  for (const block of reportBlocks(content)) {
    if (block.kind === "heading" && block.level === 2) {
      const n = sections.length + 1;
      sections.push([`<section aria-labelledby="report-s${n}">`, heading(block, n)]);
    } else sections.at(-1)!.push(render(block));
  }
  return [
    `<article class="report grid gap-4" lang="en-GB">`,
    `<header class="grid gap-1"><h1 class="text-2xl font-semibold">${escapeText(reportTitle(content))}</h1>`,
    `<p class="text-slate-700">${escapeText(reportSubtitle(content))}</p>`,
    content.illustrative ? `<p class="rounded border border-amber-300 bg-amber-50 p-2 text-sm">${escapeText(ILLUSTRATIVE_NOTE)}</p>` : "",
    hash ? `<p class="text-sm">Content SHA-256: <code class="break-all" data-content-sha256>${escapeText(hash)}</code></p>` : "",
    `</header>`,
    ...sections.map((parts) => `${parts.join("")}</section>`),
    `</article>`,
  ].join("");
}

function heading(block: Extract<Block, { kind: "heading" }>, section: number): string {
  if (block.level === 2) return `<h2 id="report-s${section}" class="mt-4 text-xl font-semibold">${escapeText(block.text)}</h2>`;
  return `<h3 class="mt-2 text-lg font-semibold">${escapeText(block.text)}</h3>`;
}

function render(block: Block): string {
  switch (block.kind) {
    case "heading":
      return heading(block, 0);
    case "markdown":
      return `<div class="prose-body">${markdownToHtml(block.text)}</div>`;
    case "text":
      return `<p>${escapeText(block.text)}</p>`;
    case "table":
      return [
        `<div class="overflow-x-auto"><table class="min-w-full border-collapse text-sm">`,
        `<caption class="text-left font-medium">${escapeText(block.caption)}</caption>`,
        `<thead><tr>${block.header.map((h) => `<th scope="col" class="border border-slate-300 bg-slate-100 px-2 py-1 text-left">${escapeText(h)}</th>`).join("")}</tr></thead>`,
        `<tbody>${block.rows.map((row) => `<tr>${row.map((cell) => `<td class="border border-slate-300 px-2 py-1 align-top">${escapeText(cell)}</td>`).join("")}</tr>`).join("")}</tbody>`,
        `</table></div>`,
      ].join("");
  }
}


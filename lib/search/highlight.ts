import "server-only";
/**
 * ts_headline marks matched words with these characters (unusual enough never to be typed), and
 * the page turns them into <mark> elements: no HTML travels from the database to the browser.
 */
export const START_MARK = "⟦";
export const STOP_MARK = "⟧";
/**
 * ts_headline drops anything shaped like an HTML tag from its output. The query replaces "<" with
 * this private-use character before the headline, and `splitHighlights` puts it back, so a body
 * that mentions `<script>` shows exactly that, as text.
 */
export const LESS_THAN_STAND_IN = "\uE000";

export type Segment = { text: string; match: boolean };

/** "a ⟦b⟧ c" → [a ] [b, match] [ c]. A stray marker is dropped rather than shown. */
export function splitHighlights(marked: string): Segment[] {
  const segments: Segment[] = [];
  for (const [i, part] of marked.split(START_MARK).entries()) {
    const [inside, after] = i === 0 ? [null, part] : splitOnce(part, STOP_MARK);
    if (inside) segments.push({ text: restore(inside), match: true });
    if (after) segments.push({ text: restore(after), match: false });
  }
  return segments;
}

function splitOnce(text: string, separator: string): [string | null, string] {
  const at = text.indexOf(separator);
  return at === -1 ? [null, text] : [text.slice(0, at), text.slice(at + separator.length)];
}

function restore(text: string): string {
  return text.replaceAll(STOP_MARK, "").replaceAll(LESS_THAN_STAND_IN, "<");
}

/** A snippet of a Markdown body, minus the Markdown punctuation that reads as noise out of context. */
export function withoutMarkdown(text: string): string {
  return text
    .replace(/^\s*(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "") // headings, quotes and list bullets
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1") // [text](address) → text
    .replace(/:?-{3,}:?/g, " ") // table rules
    .replace(/\*\*|__|[*`]/g, "") // emphasis and code
    .replace(/\|/g, " ") // table pipes
    .replace(/\s+/g, " ")
    .trim();
}

import "server-only";
/**
 * A proposed wording carried into the edit form: the requirement's text with the quoted passage
 * replaced, once. The passage matches whatever whitespace the text has between its words (the
 * quote was checked whitespace-normalised); null when it is no longer in the text (outdated).
 */
export function applySuggestion(body: string, quoted: string, proposed: string): string | null {
  const words = quoted.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+"), "u");
  const match = pattern.exec(body);
  if (!match) return null;
  return body.slice(0, match.index) + proposed + body.slice(match.index + match[0].length);
}

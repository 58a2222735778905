import "server-only";
export type Participant = { id: string; name: string; email: string };
export type Mentions = { ok: true; userIds: string[] } | { ok: false; message: string };

/** Code (fenced blocks and inline spans) is not prose: an @ in it mentions nobody. */
const CODE = /```[\s\S]*?```|~~~[\s\S]*?~~~|`[^`\n]*`/g;
/** An @ that starts a word: not one inside an address or a word (name@example.com, a@b). */
const AT = /(^|[^\p{L}\p{N}_.@])@/gu;
const EMAIL = /^[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[A-Za-z]{2,}/;
/** What a mention may end with: the end of the text, space or punctuation, never more of a word. */
const ENDS = /^($|[^\p{L}\p{N}_@-])/u;

/**
 * The participants a Markdown text mentions, as `@Full Name` or `@email@example.com` (letter case
 * ignored; the longest name that fits wins, so "@Ann Lee" is Ann Lee, not Ann). An @ that names
 * nobody fails with a message the comment form shows, so that a typo is not sent as a mention
 * to no one. Each participant counts once.
 */
export function findMentions(markdown: string, participants: readonly Participant[]): Mentions {
  const text = markdown.replace(CODE, (code) => " ".repeat(code.length));
  const byLongestName = [...participants].sort((a, b) => b.name.length - a.name.length);
  const found = new Set<string>();
  for (const match of text.matchAll(AT)) {
    const rest = text.slice(match.index + match[0].length);
    const email = EMAIL.exec(rest)?.[0].replace(/[.,;:!?]+$/, "");
    const who = email
      ? participants.find((p) => p.email.toLowerCase() === email.toLowerCase())
      : byLongestName.find((p) => rest.slice(0, p.name.length).toLowerCase() === p.name.toLowerCase() && ENDS.test(rest.slice(p.name.length)));
    if (!who) {
      const written = email ?? rest.split(/\s/, 1)[0] ?? "";
      if (written === "") continue; // a lone "@" mentions nobody and is not a typo of a mention
      return { ok: false, message: `"@${written}" is not a participant: mention someone by their full name or email address, or remove the @.` };
    }
    found.add(who.id);
  }
  return { ok: true, userIds: [...found] };
}

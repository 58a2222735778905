/**
 * A page that calls notFound() or forbidden(), or throws, gets from Next.js the right status but
 * an empty document, `<html id="__next_error__">`: React renders on the server without error
 * boundaries, so the error escapes to the document and app/not-found.tsx (or forbidden, error)
 * is drawn only by client JavaScript (vercel/next.js#62228, open). Next has no option for it, and
 * a <Suspense> around the pages would turn the status into 200 (vercel/next.js#70447) and still
 * leave the message to the browser. So the web server writes the same message into that
 * document, inside <noscript>: a browser without JavaScript shows it; one with JavaScript
 * ignores it, and Next's client replaces the document with the page inside the portal's layout.
 */
import type { ServerResponse } from "node:http";
import { errorMessageFor, REGISTER_LINK } from "@/lib/error-messages";
import { plainPageBody, plainPageStyle } from "@/lib/http/plain-page";

const ERROR_DOCUMENT = /^<!DOCTYPE html><html id="__next_error__">/i;

/** Next's error document with the message added; any other page unchanged. */
export function withScriptFreeMessage(html: string, status: number, nonce: string | undefined): string {
  if (!ERROR_DOCUMENT.test(html)) return html;
  const { title, text } = errorMessageFor(status);
  const message =
    `<noscript>${nonce ? plainPageStyle(nonce) : ""}` +
    `${plainPageBody(title, `<p>${text}</p><p><a href="/">${REGISTER_LINK}</a></p>`)}</noscript>`;
  return html
    .replace(ERROR_DOCUMENT, '<!DOCTYPE html><html id="__next_error__" lang="en-GB">')
    .replace(/<title>[^<]*<\/title>/, `<title>${title} · SEC Refinement Portal</title>`)
    .replace("<body>", `<body>${message}`);
}

/**
 * Holds back the body of an HTML answer with an error status (a few kilobytes) to pass it through
 * withScriptFreeMessage; every other answer is written through as it comes, still streamed.
 * Needs the uncompressed body: Next's own compression is off (next.config.js) and the portal
 * server compresses around this.
 */
export function addScriptFreeErrorMessages(res: ServerResponse): void {
  const { write, end } = res;
  let held: Buffer[] | undefined;
  let decided = false;

  function decide() {
    if (decided) return;
    decided = true;
    const html = String(res.getHeader("content-type") ?? "").startsWith("text/html");
    // A Content-Length already sent could not be corrected (Next streams pages without one).
    const lengthFixable = !res.headersSent || res.getHeader("content-length") === undefined;
    // A HEAD answer has no body to add to, and its Content-Length is the GET body's.
    const head = res.req?.method === "HEAD";
    if (res.statusCode >= 400 && html && lengthFixable && !head) held = [];
    else Object.assign(res, { write, end });
  }

  res.write = function (this: ServerResponse, ...args: Parameters<typeof write>) {
    decide();
    if (!held) return write.apply(this, args);
    const [chunk, encoding, callback] = args as unknown[];
    held.push(toBuffer(chunk, encoding));
    for (const done of [encoding, callback]) if (typeof done === "function") process.nextTick(done);
    return true;
  } as typeof write;

  res.end = function (this: ServerResponse, ...args: unknown[]) {
    decide();
    if (!held) return end.apply(this, args as Parameters<typeof end>);
    const [chunk, encoding] = args;
    if (chunk != null && typeof chunk !== "function") held.push(toBuffer(chunk, encoding));
    const body = withScriptFreeMessage(Buffer.concat(held).toString("utf8"), this.statusCode, nonceOf(this));
    if (!this.headersSent && this.getHeader("content-length") !== undefined) this.setHeader("Content-Length", Buffer.byteLength(body));
    const callback = args.find((arg) => typeof arg === "function") as (() => void) | undefined;
    return end.call(this, body, "utf8", callback);
  } as typeof end;
}

function toBuffer(chunk: unknown, encoding: unknown): Buffer {
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  return Buffer.from(chunk as Uint8Array);
}

/** The nonce proxy.ts put in this answer's Content-Security-Policy, for the message's style. */
function nonceOf(res: ServerResponse): string | undefined {
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(String(res.getHeader("content-security-policy") ?? ""))?.[1];
}

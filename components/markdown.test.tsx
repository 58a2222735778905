import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Markdown, markdownProcessor, markdownToHtml } from "./markdown";
import { MarkdownHtml } from "./markdown-html";

describe("Markdown written by users", () => {
  it("renders emphasis, lists and tables", () => {
    const html = renderToStaticMarkup(<Markdown>{"**MDR** role\n\n- one\n- two\n\n| SR | TRT |\n| --- | --- |\n| 4.1 | 30 s |"}</Markdown>);
    expect(html).toContain("<strong>MDR</strong>");
    expect(html).toContain("<li>one</li>");
    expect(html).toMatch(/<table>.*<td>4\.1<\/td>/s);
  });

  it("drops raw HTML, scripts and javascript: links", () => {
    const html = renderToStaticMarkup(
      <Markdown>{'<script>alert(1)</script>\n\nSee [click](javascript:alert(3)) and <img src=x onerror="alert(2)"> <a href="https://x" onclick="alert(4)">x</a>'}</Markdown>,
    );
    expect(html).not.toMatch(/<script|<img|<a [^>]*onclick|href="javascript:/i);
    expect(html).toContain("click");
  });
});

describe("hostile Markdown", () => {
  const render = (markdown: string) => renderToStaticMarkup(<Markdown>{markdown}</Markdown>);

  it("drops inline SVG, iframes, styles and event handlers, and escapes what is left as text", () => {
    const html = render('<svg onload="alert(1)"><script>alert(2)</script></svg>\n\n<iframe src="https://x"></iframe><style>*{}</style>\n\nText with <b onmouseover="alert(3)">bold</b> & "quotes" <');
    expect(html).not.toMatch(/<svg|<script|<iframe|<style|onload|onmouseover/i);
    expect(html).toContain("&#x26; \"quotes\" &#x3C;");
  });

  it("keeps bidi controls as text, replaces NUL, and drops links other than http(s), mailto and relative ones", () => {
    const html = render("Price \u202Egnp.exe\u202C and a NUL \u0000 here [a](data:text/html,x) [b](vbscript:x) [c](mailto:secas@example.com) [d](/modifications/DP162)");
    expect(html).toContain("\u202Egnp.exe\u202C");
    expect(html).not.toContain("\u0000");
    expect(html).not.toMatch(/data:|vbscript:/);
    expect(html).toContain('<a href="mailto:secas@example.com">c</a>');
    expect(html).toContain('<a href="/modifications/DP162">d</a>');
  });

  it("takes only markdownToHtml's output as HTML (checked by the type checker)", () => {
    // @ts-expect-error a plain string is not sanitised HTML
    const unchecked = <MarkdownHtml html={"<img src=x onerror=alert(1)>"} />;
    expect(unchecked.props.html).toContain("onerror");
    expect(renderToStaticMarkup(<MarkdownHtml html={markdownToHtml("**ok**")} />)).toBe('<div class="prose-body"><p><strong>ok</strong></p></div>');
  });

  it("gives blank text an empty block", () => {
    expect(render("  \n")).toBe('<div class="prose-body"></div>');
  });
});

describe("images in Markdown", () => {
  const render = (markdown: string) => renderToStaticMarkup(<Markdown>{markdown}</Markdown>);

  it("shows the portal's own images", () => {
    expect(render("![MDR data flow](/diagrams/mdr.png)")).toContain('<img src="/diagrams/mdr.png" alt="MDR data flow"/>');
    expect(render("![flow](diagrams/mdr.png)")).toContain('<img src="diagrams/mdr.png" alt="flow"/>');
  });

  it("shows another site's image as a link, never loading it", () => {
    for (const src of ["https://tracker.example/p.png", "http://tracker.example/p.png", "//tracker.example/p.png"]) {
      const html = render(`![pixel](${src})`);
      expect(html, src).not.toContain("<img");
      expect(html, src).toContain(`<a href="${src}">Image: pixel</a>`);
    }
  });

  it("never loads another site's image, however its address is spelt", () => {
    for (const src of ["https:tracker.example/p.png", "HTTPS://tracker.example/p.png", "<https://tracker.example/a b.png>", "<//tracker.example/p.png>"]) {
      const html = render(`![pixel](${src})`);
      expect(html, src).not.toContain("<img");
      expect(html, src).toContain("Image: pixel");
    }
    // Browsers read "/\\host" as "//host"; Markdown escapes the backslash, leaving a path on the portal.
    expect(render("![pixel](/\\tracker.example/p.png)")).toContain('<img src="/%5Ctracker.example/p.png"');
  });

  it("drops scripts and data URLs, keeping the description", () => {
    const svg = "data:image/svg+xml;base64," + Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>').toString("base64");
    for (const src of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", svg, "data:image/png;base64,iVBORw0KGgo=", "vbscript:msgbox(1)"]) {
      const html = render(`![diagram](${src})`);
      expect(html, src).not.toMatch(/<img|<a |javascript:|data:|vbscript:/i);
      expect(html, src).toContain("Image: diagram");
    }
  });

  it("says so when an image has no description", () => {
    expect(render("![](https://tracker.example/p.png)")).toContain(">Image: no description</a>");
  });
});

describe("parsed Markdown is kept", () => {
  const parses = () => vi.spyOn(markdownProcessor, "processSync");
  afterEach(() => vi.restoreAllMocks());

  it("parses a text once and gives the same HTML the next time", () => {
    const text = "Kept **once**";
    const spy = parses();
    const first = renderToStaticMarkup(<Markdown>{text}</Markdown>);
    expect(renderToStaticMarkup(<Markdown>{text}</Markdown>)).toBe(first);
    expect(first).toContain("<strong>once</strong>");
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("forgets the least recently used texts beyond a thousand", () => {
    renderToStaticMarkup(<Markdown>{"First of many"}</Markdown>);
    for (let i = 0; i < 1_000; i++) renderToStaticMarkup(<Markdown>{`Text ${i}`}</Markdown>);
    const spy = parses();
    renderToStaticMarkup(<Markdown>{"Text 999"}</Markdown>);
    expect(spy).not.toHaveBeenCalled();
    renderToStaticMarkup(<Markdown>{"First of many"}</Markdown>);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});

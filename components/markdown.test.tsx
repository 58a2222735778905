import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown";

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
  const elementOf = (text: string) => (Markdown({ children: text }).props as { children: unknown }).children;

  it("parses a text once and gives the same elements the next time", () => {
    const text = "Kept **once**";
    expect(elementOf(text)).toBe(elementOf(text));
    expect(renderToStaticMarkup(<Markdown>{text}</Markdown>)).toContain("<strong>once</strong>");
  });

  it("forgets the least recently used texts beyond a thousand", () => {
    const first = elementOf("First of many");
    for (let i = 0; i < 1_000; i++) elementOf(`Text ${i}`);
    expect(elementOf("First of many")).not.toBe(first);
    const recent = elementOf("Text 999");
    expect(elementOf("Text 999")).toBe(recent);
  });
});

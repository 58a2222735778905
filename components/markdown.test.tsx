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

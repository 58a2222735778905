import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HighlightedText } from "./highlighted-text";

describe("search highlights", () => {
  it("wraps matched words in <mark> and shows markup in the text as text", () => {
    const html = renderToStaticMarkup(
      <p>
        <HighlightedText segments={[{ text: "<script>alert(1)</script> ", match: false }, { text: "Retrieval", match: true }, { text: " <b>", match: false }]} />
      </p>,
    );
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; <mark class="rounded-sm bg-amber-200 px-0.5 text-inherit">Retrieval</mark> &lt;b&gt;</p>');
  });
});

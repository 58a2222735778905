import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Pager } from "./pager";

const render = (page: number, pageCount: number) => renderToStaticMarkup(<Pager label="Pages" page={page} pageCount={pageCount} href={(p) => `/list?page=${p}`} />);
const links = (html: string) => [...html.matchAll(/<a [^>]*href="\/list\?page=(\d+)"[^>]*>([^<]*)<\/a>/g)].map((m) => `${m[1]}:${m[2]}`);

describe("the pager", () => {
  it("links the previous and next pages, the first and last and those around the current one", () => {
    const html = render(5, 10);
    expect(links(html)).toEqual(["4:Previous page", "1:1", "3:3", "4:4", "6:6", "7:7", "10:10", "6:Next page"]);
    expect(html).toContain('<span aria-current="page" class="font-semibold">Page 5</span>');
  });

  it("has no previous link on the first page, no next link on the last, and nothing for a single page", () => {
    expect(links(render(1, 3))).toEqual(["2:2", "3:3", "2:Next page"]);
    expect(links(render(3, 3))).toEqual(["2:Previous page", "1:1", "2:2"]);
    expect(render(1, 1)).toBe("");
  });

  it("leads back from a page past the end to the last page", () => {
    expect(links(render(9, 3))).toEqual(["3:Previous page", "1:1", "3:3"]);
  });
});

import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Button, ButtonLink } from "./button";
import { CheckboxField } from "./checkbox-field";
import { FormField } from "./form-field";
import { Notice } from "./notice";
import { SelectField } from "./select-field";

describe("Notice", () => {
  const render = (tone: "success" | "info" | "warning" | "error") => renderToStaticMarkup(<Notice tone={tone}>Saved.</Notice>);

  it("announces news politely and problems at once", () => {
    expect(render("success")).toMatch(/^<div role="status"/);
    expect(render("info")).toMatch(/^<div role="status"/);
    expect(render("error")).toMatch(/^<div role="alert"/);
  });

  it("prints a warning with the page, without a live region", () => {
    expect(render("warning")).not.toContain("role=");
  });

  it("keeps the banner's look, with the spacing the page asks for", () => {
    expect(render("success")).toContain('class="mb-4 border-l-4 p-3 border-green-700 bg-green-50"');
    expect(renderToStaticMarkup(<Notice tone="info" className="mb-6">x</Notice>)).toContain('class="mb-6 border-l-4 p-3 border-brand bg-white"');
  });
});

describe("Button", () => {
  it("submits a plain form by default, with its name, value, formAction and disabled state", () => {
    const html = renderToStaticMarkup(
      <Button name="intent" value="save" formAction="/save" disabled className="mb-4">
        Save
      </Button>,
    );
    expect(html).toMatch(/^<button type="submit" class="rounded px-4 py-2 bg-brand [^"]* mb-4"/);
    for (const attribute of ['name="intent"', 'value="save"', 'formAction="/save"', 'disabled=""']) expect(html).toContain(attribute);
  });

  it("can be a plain button, in another variant and size", () => {
    const html = renderToStaticMarkup(<Button type="button" variant="inverse" size="sm">Go</Button>);
    expect(html).toContain('type="button"');
    expect(html).toContain("px-3 py-1 border border-white");
  });

  it("as a link, does not look like a link", () => {
    expect(renderToStaticMarkup(<ButtonLink href="/new">New</ButtonLink>)).toMatch(/<a class="[^"]*bg-brand[^"]*no-underline hover:text-white" href="\/new">New<\/a>/);
  });
});

describe("field components", () => {
  it("tie the hint and the error message to the control", () => {
    const html = renderToStaticMarkup(<FormField name="q" label="Search for" hint="Words." errors={["Too long."]} />);
    expect(html).toContain('<label for="q"');
    expect(html).toContain('<p id="q-hint"');
    expect(html).toContain('<p id="q-error"');
    const input = /<input [^>]*>/.exec(html)![0];
    for (const attribute of ['id="q"', 'name="q"', 'class="w-full max-w-md ', 'aria-invalid="true"', 'aria-describedby="q-hint q-error"']) expect(input).toContain(attribute);
  });

  it("inline, sit in a row of filters: no margin, the control as wide as its content", () => {
    const html = renderToStaticMarkup(<SelectField inline name="status" label="Status" options={[{ value: "", label: "All statuses" }]} defaultValue="" />);
    expect(html).toMatch(/^<div><label for="status" class="mb-1 block font-semibold">Status<\/label><select id="status" name="status" class="rounded border border-slate-500 bg-white px-3 py-2">/);
  });

  it("a checkbox keeps its row's spacing unless told otherwise, with no stray space in its class", () => {
    const row = (html: string) => /^<div class="([^"]*)">/.exec(html)![1];
    expect(row(renderToStaticMarkup(<CheckboxField name="c" label="Confidential" />))).toBe("flex items-center gap-2 mb-4");
    expect(row(renderToStaticMarkup(<CheckboxField name="c" label="Confidential" className="" />))).toBe("flex items-center gap-2");
  });
});

import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Respondent } from "@/lib/collation/visible-responses";
import { RespondentList } from "./respondent-list";

const respondent = (organisation: string, more: Partial<Respondent> = {}): Respondent => ({
  id: organisation,
  organisation,
  category: "LARGE_SUPPLIER",
  submittedAt: new Date("2022-06-01T10:00:00Z"),
  late: false,
  confidential: false,
  ...more,
});

describe("the list of respondents", () => {
  it("gives a late response's time of arrival, in UK time, and no time for one on time", () => {
    const html = renderToStaticMarkup(
      <RespondentList respondents={[respondent("Northern Power"), respondent("Consumer Voice", { category: "CONSUMER_BODY", late: true, submittedAt: new Date("2022-06-03T16:00:00Z") })]} />,
    );
    expect(html).toContain("<bdi>Consumer Voice</bdi> (late: received 3 Jun 2022, 17:00)");
    expect(html).toContain("<bdi>Northern Power</bdi></dd>");
  });

  it("marks a confidential response, for the one reader who sees it", () => {
    const html = renderToStaticMarkup(<RespondentList respondents={[respondent("Harbour Lane", { confidential: true, late: true, submittedAt: new Date("2022-12-02T09:30:00Z") })]} />);
    expect(html).toContain("<bdi>Harbour Lane</bdi> (late: received 2 Dec 2022, 09:30) (confidential: SECAS only)");
  });
});

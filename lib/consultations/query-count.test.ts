import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { createLargeModification } from "@/test/support/large-modification";
import { planConsultation, putConsultationInStatus } from "@/test/support/plan-consultation";
import { queryCounterForTheseTests } from "@/test/support/query-counter";
import { changeConsultationStatus } from "./change-consultation-status";
import { findConsultations } from "./find-consultations";
import { getConsultation } from "./get-consultation";

// The consultations list and a consultation's page cost the same number of queries with 2
// consultations as with 25, and with 10 requirements in the baseline as with 120.
const counter = queryCounterForTheseTests();
const counted = counter.client;

beforeAll(() => resetDatabase());

describe("consultations at any size", () => {
  it("use a fixed number of queries", async () => {
    const secas = await createActor("SECAS");
    const counts = [];
    for (const [number, consultations, requirements] of [[921, 2, 10], [922, 25, 120]] as const) {
      const m = await createLargeModification(db(), { number, requirements, versionsPerRequirement: 1, comments: 0 });
      const ids: string[] = [];
      for (let i = 0; i < consultations; i++) ids.push(await planConsultation(secas, m.id));
      // Some planned, some open: the list reads them all the same way.
      for (const id of ids.filter((_, i) => i % 2 === 1)) await putConsultationInStatus(id, "OPEN");
      await changeConsultationStatus(db(), secas, { modificationId: m.id, consultationId: ids[0]!, expectedVersion: 1, status: "OPEN" });
      const list = await counter.count(() => findConsultations(counted, m.id, { publishedOnly: false }));
      const page = await counter.count(() => getConsultation(counted, m.id, ids[0]!));
      expect(await findConsultations(db(), m.id, { publishedOnly: false })).toHaveLength(consultations);
      expect((await getConsultation(db(), m.id, ids[0]!)).requirements).toHaveLength(requirements);
      counts.push({ list, page });
    }
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]!.list).toBeLessThanOrEqual(2);
  });
});

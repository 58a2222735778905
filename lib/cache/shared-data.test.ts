import { describe, expect, it, vi } from "vitest";
import { decode, decodeKept, encode } from "./shared-data";

const { updateTag, revalidateTag, after } = vi.hoisted(() => ({ updateTag: vi.fn(), revalidateTag: vi.fn(), after: vi.fn() }));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), updateTag, revalidateTag }));
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), after }));
const { expireAfterSystemChange, expiringChangedPages, noteChange, whileReadingForCache } = await import("./expire-changed");

describe("the public data cache's JSON", () => {
  it("gives back dates as dates, and everything else as it was", () => {
    const value = { raisedOn: new Date("2026-01-15T00:00:00Z"), milestones: [{ occurredOn: new Date("2026-02-01T12:30:00Z"), event: "Raised" }], note: null, n: 3, text: '{"$date":"not a date object"}' };
    const back = decode(encode(value)) as typeof value;
    expect(back).toEqual(value);
    expect(back.raisedOn).toBeInstanceOf(Date);
    expect(back.milestones[0]!.occurredOn).toBeInstanceOf(Date);
  });

  it("leaves an object that only looks like a date, and a __proto__ key, as data", () => {
    const text = '{"a":{"$date":"2026-01-15T00:00:00.000Z","other":1},"b":[{"$date":5}],"__proto__":{"$date":"2026-01-15T00:00:00.000Z"}}';
    const back = decode(text) as Record<string, unknown>;
    expect(back.a).toEqual({ $date: "2026-01-15T00:00:00.000Z", other: 1 });
    expect(back.b).toEqual([{ $date: 5 }]);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
  });
});

describe("decoded entries are kept", () => {
  const text = (title: string) => encode({ title, raisedOn: new Date("2026-01-15T00:00:00Z"), areas: [{ title: "MDR" }] });

  it("decodes an entry's text once while it stays the same, and afresh when it changes", () => {
    const first = decodeKept("overview:DP162", text("MHHS"));
    expect(decodeKept("overview:DP162", text("MHHS"))).toBe(first);
    const changed = decodeKept("overview:DP162", text("MHHS, amended")) as { title: string };
    expect(changed).not.toBe(first);
    expect(changed.title).toBe("MHHS, amended");
    expect(decodeKept("overview:DP163", text("MHHS, amended"))).not.toBe(changed);
  });

  it("freezes what every request shares, all the way down", () => {
    const value = decodeKept("frozen", text("MHHS")) as { title: string; areas: { title: string }[] };
    expect(() => { value.title = "changed"; }).toThrow(TypeError);
    expect(() => value.areas.push({ title: "new" })).toThrow(TypeError);
    expect(() => { value.areas[0]!.title = "changed"; }).toThrow(TypeError);
    expect(decodeKept("frozen", text("MHHS"))).toEqual({ title: "MHHS", raisedOn: new Date("2026-01-15T00:00:00Z"), areas: [{ title: "MDR" }] });
  });
});

describe("expiring the pages a mutation changed", () => {
  it("collects every modification the mutation audited, and expires their tags and the register's inside Next", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    try {
      updateTag.mockClear();
      const result = await expiringChangedPages(async () => {
        noteChange("m1");
        noteChange(null); // an account's event: no modification page
        await Promise.resolve();
        noteChange("m2");
        noteChange("m1");
        return "done";
      });
      expect(result).toBe("done");
      expect(updateTag.mock.calls.map(([tag]) => tag)).toEqual(["modification:m1", "modification:m2", "register"]);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("expires also when the mutation failed after auditing (harmless), and nothing when it audited nothing", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    try {
      updateTag.mockClear();
      await expect(expiringChangedPages(async () => { noteChange("m3"); throw new Error("refused"); })).rejects.toThrow("refused");
      expect(updateTag.mock.calls.map(([tag]) => tag)).toEqual(["modification:m3", "register"]);
      updateTag.mockClear();
      await expiringChangedPages(async () => "read only");
      expect(updateTag).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("does nothing outside Next (tests, scripts, seeding), and noteChange outside a mutation is a no-op", async () => {
    updateTag.mockClear();
    noteChange("m4");
    await expiringChangedPages(async () => noteChange("m5"));
    expect(updateTag).not.toHaveBeenCalled();
  });
});

describe("expiring after a change the system made while a page was read (a window closing)", () => {
  const inNext = async (run: () => Promise<void>) => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    [updateTag, revalidateTag, after].forEach((fn) => fn.mockClear());
    try {
      await run();
    } finally {
      vi.unstubAllEnvs();
    }
  };

  it("expires the modification's and the register's tags once the response is sent", () =>
    inNext(async () => {
      expireAfterSystemChange("m6");
      expect(after).toHaveBeenCalledTimes(1);
      expect(revalidateTag).not.toHaveBeenCalled(); // a page may not expire anything while it renders
      after.mock.calls[0]![0]();
      expect(revalidateTag.mock.calls).toEqual([["modification:m6", { expire: 0 }], ["register", { expire: 0 }]]);
      expect(updateTag).not.toHaveBeenCalled(); // refused outside a server action
    }));

  it("leaves it to the mutation inside one, and does nothing inside a read for the data cache (Next refuses it there)", () =>
    inNext(async () => {
      await expiringChangedPages(async () => { noteChange("m7"); expireAfterSystemChange("m7"); });
      await whileReadingForCache(async () => expireAfterSystemChange("m8"));
      expect(after).not.toHaveBeenCalled();
      expect(updateTag.mock.calls.map(([tag]) => tag)).toEqual(["modification:m7", "register"]);
    }));

  it("does nothing outside Next", () => {
    after.mockClear();
    expireAfterSystemChange("m9");
    expect(after).not.toHaveBeenCalled();
  });
});

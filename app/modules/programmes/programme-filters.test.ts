import { describe, expect, it } from "vitest";
import { filtersOf, matchesFilters } from "./programme-filters";
import { PROGRAMME_SEEDS } from "./programme-catalogue";

const keysFor = (query: string) =>
  PROGRAMME_SEEDS.filter((seed) => matchesFilters(seed.content, filtersOf(new URLSearchParams(query)))).map(
    (seed) => seed.key,
  );

describe("directory filters", () => {
  it("shows an apprentice going to France ProTandem and the DFJW placement, not the OFAJ one to Germany", () => {
    const keys = keysFor("who=apprentice&direction=toFrance");
    expect(keys).toContain("protandem");
    expect(keys).toContain("dfjw-placement-france");
    expect(keys).not.toContain("ofaj-placement-germany");
    expect(keys).not.toContain("pass-monde");
  });

  it("keeps only group programmes for groups and checks the duration", () => {
    expect(keysFor("format=group")).toEqual(["protandem", "ofaj-vocational-group-exchange", "erasmus-vet"]);
    expect(keysFor("format=group&weeks=2")).toEqual(["ofaj-vocational-group-exchange", "erasmus-vet"]);
    expect(keysFor("who=apprentice&weeks=3")).toContain("dfjw-placement-france");
    expect(keysFor("who=bbsPupil&weeks=3")).not.toContain("dfjw-placement-france");
  });

  it("ignores what it does not know", () => {
    expect(filtersOf(new URLSearchParams("who=pirate&direction=moon&weeks=-3"))).toEqual({
      who: null,
      direction: null,
      format: null,
      weeks: null,
    });
    expect(keysFor("who=pirate")).toHaveLength(PROGRAMME_SEEDS.length);
  });
});

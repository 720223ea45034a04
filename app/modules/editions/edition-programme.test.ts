import { describe, expect, it } from "vitest";
import { groupByDay, groupByTown, matchesFilters, programmeQuery, readProgrammeFilters } from "./edition-programme";

const session = (
  title: string,
  town: string | null,
  startsAt: string,
  audience = "EVERYONE",
  spokenLanguage = "DE",
) => ({
  title,
  town,
  startsAt,
  day: startsAt.slice(0, 10),
  audience,
  spokenLanguage,
});

const sessions = [
  session("Lesung", "Hannover", "2027-01-22T18:00:00.000Z"),
  session("Atelier", "Caen", "2027-01-22T09:00:00.000Z", "PUPILS", "FR"),
  session("Webinaire", null, "2027-01-21T16:00:00.000Z", "EVERYONE", "BILINGUAL"),
  session("Schülerquiz", "Hannover", "2027-01-22T08:00:00.000Z", "PUPILS", "BILINGUAL"),
  session("Film", "Braunschweig", "2027-01-20T19:00:00.000Z"),
];

describe("the programme of an edition", () => {
  it("groups by town in the reader's alphabet, online last, each town in time order", () => {
    const groups = groupByTown(sessions, "de");
    expect(groups.map((g) => g.key)).toEqual(["Braunschweig", "Caen", "Hannover", null]);
    expect(groups[2]?.sessions.map((s) => s.title)).toEqual(["Schülerquiz", "Lesung"]);
  });

  it("groups by day in time order", () => {
    expect(groupByDay(sessions).map((g) => [g.key, g.sessions.map((s) => s.title)])).toEqual([
      ["2027-01-20", ["Film"]],
      ["2027-01-21", ["Webinaire"]],
      ["2027-01-22", ["Schülerquiz", "Atelier", "Lesung"]],
    ]);
  });

  it("keeps school sessions and French or bilingual ones by the URL's filters", () => {
    const both = readProgrammeFilters(new URLSearchParams("schools=1&french=1"));
    expect(sessions.filter((s) => matchesFilters(s, both)).map((s) => s.title)).toEqual(["Atelier", "Schülerquiz"]);
    const french = readProgrammeFilters(new URLSearchParams("french=1&schools=yes"));
    expect(sessions.filter((s) => matchesFilters(s, french)).map((s) => s.title)).toEqual([
      "Atelier",
      "Webinaire",
      "Schülerquiz",
    ]);
    expect(programmeQuery({ schools: true, french: false, group: "time" })).toBe("?schools=1&group=time");
    expect(programmeQuery(readProgrammeFilters(new URLSearchParams("group=nonsense")))).toBe("");
  });
});

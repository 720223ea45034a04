import { describe, expect, it } from "vitest";
import { checkProgramme, checkProgrammes, estimateGrant, stayWeeks, type Learner, type Stay } from "./eligibility";
import { PROGRAMME_SEEDS } from "./programme-catalogue";
import { programmeContentSchema } from "./programme-content";

const TODAY = "2027-01-10";
const programme = (key: string) => {
  const seed = PROGRAMME_SEEDS.find((candidate) => candidate.key === key);
  if (!seed) throw new Error(key);
  return { key: seed.key, content: seed.content };
};

/** Jonas: a BBS pupil from Braunschweig, 17 on the first day of a four-week placement in Caen. */
const jonas: Learner = {
  audience: "bbsPupil",
  birthDate: "2010-05-03",
  country: "DE",
  languages: { de: "C2", fr: "A2" },
};
const caen: Stay = {
  country: "FR",
  startsOn: "2027-05-03",
  endsOn: "2027-05-28",
  format: "individual",
  groupSize: null,
};
const camille: Learner = {
  audience: "lyceeProPupil",
  birthDate: "2009-10-02",
  country: "FR",
  languages: { de: "B1", fr: "C2" },
};
const braunschweig: Stay = {
  country: "DE",
  startsOn: "2027-05-17",
  endsOn: "2027-06-11",
  format: "individual",
  groupSize: null,
};

const reason = (check: ReturnType<typeof checkProgramme>, key: string) =>
  check.reasons.find((candidate) => candidate.key === key);

describe("stay length", () => {
  it("counts Monday to the Friday of the fourth week as four weeks, and one day less as three", () => {
    expect(stayWeeks({ startsOn: "2027-05-03", endsOn: "2027-05-28" })).toBe(4);
    expect(stayWeeks({ startsOn: "2027-05-03", endsOn: "2027-05-27" })).toBe(3);
  });
});

describe("DFJW placement in France", () => {
  const dfjw = programme("dfjw-placement-france");

  it("fits a 17-year-old BBS pupil on four weeks in Caen, with reasons, a deadline and an estimate", () => {
    const check = checkProgramme(dfjw, jonas, caen, TODAY);
    expect(check.verdict).toBe("eligible");
    expect(reason(check, "reason.ageRange")).toMatchObject({ outcome: "met", values: { age: 17, min: 16, max: 30 } });
    expect(reason(check, "reason.durationMin")).toMatchObject({ outcome: "met", values: { length: 4, min: 4 } });
    expect(reason(check, "reason.directionMet")).toMatchObject({ values: { direction: "toFrance" } });
    expect(reason(check, "reason.deadlineBefore")).toMatchObject({
      outcome: "met",
      values: { weeks: 8, applicant: "school" },
      dates: { date: "2027-03-08" },
    });
    expect(check.nextDeadline).toBe("2027-03-08");
    expect(check.estimate).toEqual({ kind: "about", amount: 300, weeks: 4, travel: "allowance" });
  });

  it("counts the age on the first day: 15 the day before the 16th birthday, 16 on it", () => {
    const turning16 = (startsOn: string) =>
      checkProgramme(dfjw, { ...jonas, birthDate: "2011-05-03" }, { ...caen, startsOn, endsOn: "2027-06-04" }, TODAY);
    expect(reason(turning16("2027-05-02"), "reason.ageRange")).toMatchObject({ outcome: "unmet", values: { age: 15 } });
    expect(turning16("2027-05-02").verdict).toBe("notEligible");
    expect(reason(turning16("2027-05-03"), "reason.ageRange")).toMatchObject({ outcome: "met", values: { age: 16 } });
  });

  it("takes 30-year-olds and refuses 31-year-olds", () => {
    expect(
      reason(checkProgramme(dfjw, { ...jonas, birthDate: "1996-05-04" }, caen, TODAY), "reason.ageRange")?.outcome,
    ).toBe("met");
    expect(
      reason(checkProgramme(dfjw, { ...jonas, birthDate: "1996-05-03" }, caen, TODAY), "reason.ageRange")?.outcome,
    ).toBe("unmet");
  });

  it("needs four weeks of a pupil but only three of an apprentice", () => {
    const threeWeeks = { ...caen, endsOn: "2027-05-21" };
    expect(checkProgramme(dfjw, jonas, threeWeeks, TODAY).verdict).toBe("notEligible");
    const apprentice = checkProgramme(dfjw, { ...jonas, audience: "apprentice" }, threeWeeks, TODAY);
    expect(reason(apprentice, "reason.durationMin")).toMatchObject({ outcome: "met", values: { length: 3, min: 3 } });
  });

  it("only goes to France, and only for learners from Germany", () => {
    expect(reason(checkProgramme(dfjw, camille, braunschweig, TODAY), "reason.audienceUnmet")).toBeDefined();
    const wrongWay = checkProgramme(dfjw, jonas, { ...caen, country: "DE" }, TODAY);
    expect(wrongWay.verdict).toBe("notEligible");
    expect(reason(wrongWay, "reason.sameCountry")).toBeDefined();
  });

  it("says when the eight weeks before departure have passed, the day after the last one", () => {
    expect(checkProgramme(dfjw, jonas, caen, "2027-03-08").nextDeadline).toBe("2027-03-08");
    const late = checkProgramme(dfjw, jonas, caen, "2027-03-09");
    expect(reason(late, "reason.deadlineMissed")?.outcome).toBe("check");
    expect(late.nextDeadline).toBeNull();
  });

  it("caps the grant at 900 € however long the placement", () => {
    expect(estimateGrant(dfjw.content.grant, { startsOn: "2027-01-04", endsOn: "2027-06-25" })).toMatchObject({
      amount: 900,
    });
  });
});

describe("OFAJ placement in Germany", () => {
  const ofaj = programme("ofaj-placement-germany");
  it("fits a lycée pro pupil going to Braunschweig and pays 300 € a month", () => {
    const check = checkProgramme(ofaj, camille, braunschweig, TODAY);
    expect(check.verdict).not.toBe("notEligible");
    expect(reason(check, "reason.ageMax")).toMatchObject({ outcome: "met", values: { age: 17, max: 30 } });
    expect(check.estimate).toMatchObject({ kind: "about", amount: 300 });
  });
  it("does not go to France", () => {
    expect(checkProgramme(ofaj, { ...camille, country: "DE" }, { ...braunschweig, country: "FR" }, TODAY).verdict).toBe(
      "notEligible",
    );
  });
});

describe("ProTandem", () => {
  const protandem = programme("protandem");
  const group: Stay = { ...caen, endsOn: "2027-05-21", format: "group", groupSize: 8 };
  it("takes a group of eight for three weeks, not seven, and no single learner", () => {
    expect(checkProgramme(protandem, { ...jonas, audience: "apprentice" }, group, TODAY).verdict).toBe("eligible");
    const seven = checkProgramme(protandem, jonas, { ...group, groupSize: 7 }, TODAY);
    expect(reason(seven, "reason.groupSize")).toMatchObject({ outcome: "unmet", values: { size: 7, min: 8 } });
    expect(reason(checkProgramme(protandem, jonas, caen, TODAY), "reason.groupOnly")?.outcome).toBe("unmet");
  });
  it("needs three weeks per leg", () => {
    expect(checkProgramme(protandem, jonas, { ...group, endsOn: "2027-05-14" }, TODAY).verdict).toBe("notEligible");
  });
});

describe("vocational group exchange", () => {
  const exchange = programme("ofaj-vocational-group-exchange");
  const group: Stay = { ...caen, format: "group", groupSize: 12 };
  it("lasts 4 to 21 days, both ends included", () => {
    const days = (endsOn: string) => checkProgramme(exchange, jonas, { ...group, endsOn }, TODAY).verdict;
    expect(days("2027-05-05")).toBe("notEligible"); // 3 days
    expect(days("2027-05-06")).toBe("eligible"); // 4 days
    expect(days("2027-05-23")).toBe("eligible"); // 21 days
    expect(days("2027-05-24")).toBe("notEligible"); // 22 days
  });
});

describe("PRAXES", () => {
  const praxes = programme("praxes");
  const graduate: Learner = { ...jonas, audience: "notInTraining", birthDate: "2005-01-01" };
  it("lasts one to six calendar months", () => {
    const months = (endsOn: string) =>
      checkProgramme(praxes, graduate, { ...caen, startsOn: "2027-03-01", endsOn }, TODAY);
    expect(months("2027-03-30").verdict).toBe("notEligible");
    expect(months("2027-03-31").verdict).not.toBe("notEligible");
    expect(months("2027-08-31").verdict).not.toBe("notEligible");
    expect(reason(months("2027-09-01"), "reason.durationMax")?.outcome).toBe("unmet");
  });
  it("starts at 18", () => {
    expect(checkProgramme(praxes, { ...graduate, birthDate: "2009-05-04" }, caen, TODAY).verdict).toBe("notEligible");
  });
  it("is not for pupils", () => {
    expect(checkProgramme(praxes, jonas, caen, TODAY).verdict).toBe("notEligible");
  });
});

describe("Job in der Partnerstadt", () => {
  const job = programme("job-in-der-partnerstadt");
  it("gives a range of 150 to 300 €", () => {
    const check = checkProgramme(job, jonas, caen, TODAY);
    expect(check.estimate).toEqual({ kind: "range", from: 150, to: 300, travel: "allowance" });
  });
  it("takes a stay in the twin town of the learner's town", () => {
    const hannover: Learner = { ...jonas, homeRegion: "lowerSaxony", homeTown: "hannover" };
    const check = checkProgramme(job, hannover, { ...caen, town: "rouen" }, TODAY);
    expect(reason(check, "reason.twinTownMet")).toMatchObject({
      outcome: "met",
      values: { home: "hannover", host: "rouen" },
    });
    expect(check.verdict).toBe("eligible");
  });
  it("takes a stay in the partner region when the towns are not twinned", () => {
    const check = checkProgramme(job, { ...jonas, homeRegion: "lowerSaxony", homeTown: "braunschweig" }, caen, TODAY);
    expect(reason(check, "reason.partnerRegionMet")).toMatchObject({ outcome: "met", values: { host: "normandy" } });
  });
  it("refuses a stay in the learner's own region, and asks to check when the residence is unknown", () => {
    const inOwn = checkProgramme(job, { ...camille, homeRegion: "lowerSaxony" }, braunschweig, TODAY);
    expect(reason(inOwn, "reason.twinTownUnmet")?.outcome).toBe("unmet");
    expect(inOwn.verdict).toBe("notEligible");
    const unknown = checkProgramme(job, jonas, caen, TODAY);
    expect(reason(unknown, "reason.twinTownUnknown")?.outcome).toBe("check");
    expect(unknown.verdict).toBe("toCheck");
  });
});

describe("Erasmus+ VET", () => {
  const erasmus = programme("erasmus-vet");
  it("needs ten days and takes groups and individuals", () => {
    expect(checkProgramme(erasmus, jonas, { ...caen, endsOn: "2027-05-11" }, TODAY).verdict).toBe("notEligible");
    expect(checkProgramme(erasmus, jonas, { ...caen, endsOn: "2027-05-12" }, TODAY).verdict).not.toBe("notEligible");
    expect(checkProgramme(erasmus, jonas, { ...caen, format: "group", groupSize: 3 }, TODAY).verdict).not.toBe(
      "notEligible",
    );
  });
});

describe("Brigitte Sauzay and Voltaire", () => {
  const pupil: Learner = { ...jonas, audience: "generalPupil", birthDate: "2012-01-01" };
  it("asks to check two years of French for a German pupil going to France for three months", () => {
    const check = checkProgramme(programme("brigitte-sauzay"), pupil, { ...caen, endsOn: "2027-08-02" }, TODAY);
    expect(reason(check, "reason.languageYears")).toMatchObject({
      outcome: "check",
      values: { years: 2, language: "fr" },
    });
    expect(check.verdict).toBe("toCheck");
  });
  it("needs six months for Voltaire", () => {
    expect(checkProgramme(programme("voltaire"), pupil, caen, TODAY).verdict).toBe("notEligible");
  });
});

describe("Pass Monde", () => {
  const passMonde = programme("pass-monde");
  it("pays up to 880 € to a 15-year-old from Normandy on two weeks in Germany", () => {
    const check = checkProgramme(
      passMonde,
      { ...camille, birthDate: "2012-05-17" },
      { ...braunschweig, endsOn: "2027-05-28" },
      TODAY,
    );
    expect(reason(check, "reason.ageRange")).toMatchObject({ outcome: "met", values: { age: 15 } });
    expect(check.estimate).toEqual({ kind: "upTo", amount: 880, travel: "included" });
  });
  it("does not take a 14-year-old", () => {
    expect(checkProgramme(passMonde, { ...camille, birthDate: "2012-05-18" }, braunschweig, TODAY).verdict).toBe(
      "notEligible",
    );
  });
  it("is for residents of Normandy: met, refused elsewhere, to check when unknown", () => {
    const norman = checkProgramme(passMonde, { ...camille, homeRegion: "normandy" }, braunschweig, TODAY);
    expect(reason(norman, "reason.residenceMet")).toMatchObject({ outcome: "met", values: { region: "normandy" } });
    expect(norman.verdict).toBe("eligible");
    const elsewhere = checkProgramme(passMonde, { ...camille, homeRegion: "lowerSaxony" }, braunschweig, TODAY);
    expect(reason(elsewhere, "reason.residenceUnmet")?.outcome).toBe("unmet");
    expect(elsewhere.verdict).toBe("notEligible");
    const unknown = checkProgramme(passMonde, camille, braunschweig, TODAY);
    expect(reason(unknown, "reason.residenceUnknown")?.outcome).toBe("check");
    expect(unknown.verdict).toBe("toCheck");
  });
  it("reads a programme stored before the residence rule as having none", () => {
    const { residence: _dropped, ...old } = passMonde.content;
    void _dropped;
    expect(programmeContentSchema.parse(old).residence).toBe("none");
  });
});

describe("checkProgrammes", () => {
  it("lists the fitting programmes first for Jonas in Caen", () => {
    const checks = checkProgrammes(
      PROGRAMME_SEEDS.map((seed) => ({ key: seed.key, content: seed.content })),
      { ...jonas, homeRegion: "lowerSaxony", homeTown: "braunschweig" },
      caen,
      TODAY,
    );
    const fitting = checks.filter((check) => check.verdict !== "notEligible").map((check) => check.key);
    expect(fitting).toEqual(["dfjw-placement-france", "job-in-der-partnerstadt", "erasmus-vet"]);
    expect(checks.at(-1)?.verdict).toBe("notEligible");
  });
});

describe("a language level rule", () => {
  it("compares the host language level, and asks to check when it is unknown", () => {
    const content = {
      ...programme("dfjw-placement-france").content,
      language: { rule: "level" as const, level: "B1" as const, years: null },
    };
    const withLevel = (fr: Learner["languages"]["fr"]) =>
      checkProgramme({ key: "x", content }, { ...jonas, languages: { de: "C2", fr } }, caen, TODAY);
    expect(withLevel("A2").verdict).toBe("notEligible");
    expect(withLevel("B1").verdict).toBe("eligible");
    expect(withLevel(null).verdict).toBe("toCheck");
  });
});

describe("the grant estimate", () => {
  type Grant = Parameters<typeof estimateGrant>[0];
  const grant = (over: Partial<Grant>): Grant => ({
    currency: "EUR",
    amount: 100,
    amountFrom: null,
    per: "flat",
    maximum: null,
    travel: "included",
    covers: [],
    ...over,
  });
  // Monday 4 January to Friday 26 February 2027: eight weeks, 54 days.
  const eightWeeks = { startsOn: "2027-01-04", endsOn: "2027-02-26" };

  it("pays a flat sum, per week, per four weeks or per month of the stay", () => {
    const about = (per: Grant["per"]) => estimateGrant(grant({ per }), eightWeeks);
    expect(about("flat")).toEqual({ kind: "about", amount: 100, weeks: 8, travel: "included" });
    expect(about("week")).toMatchObject({ amount: 800 });
    expect(about("fourWeeks")).toMatchObject({ amount: 200 });
    // 54 days are about two months; a stay shorter than a month still gets one.
    expect(about("month")).toMatchObject({ amount: 200 });
    expect(estimateGrant(grant({ per: "month" }), { startsOn: "2027-01-04", endsOn: "2027-01-15" })).toMatchObject({
      amount: 100,
    });
  });

  it("caps the sum at the maximum, and gives a range or an upper bound where the rules do", () => {
    expect(estimateGrant(grant({ per: "week", maximum: 500 }), eightWeeks)).toMatchObject({ amount: 500 });
    expect(estimateGrant(grant({ per: "week", maximum: 5000 }), eightWeeks)).toMatchObject({ amount: 800 });
    expect(estimateGrant(grant({ amountFrom: 50 }), eightWeeks)).toEqual({
      kind: "range",
      from: 50,
      to: 100,
      travel: "included",
    });
    expect(estimateGrant(grant({ amount: null, maximum: 880 }), eightWeeks)).toEqual({
      kind: "upTo",
      amount: 880,
      travel: "included",
    });
    expect(estimateGrant(grant({ amount: null }), eightWeeks)).toBeNull();
  });
});

describe("fixed application dates", () => {
  const withDates = (...dates: string[]) => {
    const dfjw = programme("dfjw-placement-france");
    return {
      ...dfjw,
      content: { ...dfjw.content, deadlines: dates.map((date) => ({ kind: "fixed" as const, date })) },
    };
  };

  it("names the next date that comes before the stay, and counts it among the deadlines", () => {
    // Passed (5 January), after the start (1 June): only 1 February and 15 April count.
    const check = checkProgramme(withDates("2027-06-01", "2027-04-15", "2027-01-05", "2027-02-01"), jonas, caen, TODAY);
    expect(reason(check, "reason.deadlineFixed")).toMatchObject({
      outcome: "met",
      values: { applicant: "school" },
      dates: { date: "2027-02-01" },
    });
    expect(check.nextDeadline).toBe("2027-02-01");
    expect(check.verdict).toBe("eligible");
  });

  it("asks to check when every date has passed or comes after the stay began", () => {
    const check = checkProgramme(withDates("2027-01-05", "2027-05-03"), jonas, caen, TODAY);
    expect(reason(check, "reason.deadlineFixedPassed")).toMatchObject({ outcome: "check" });
    expect(check.verdict).toBe("toCheck");
    expect(check.nextDeadline).toBeNull();
  });
});

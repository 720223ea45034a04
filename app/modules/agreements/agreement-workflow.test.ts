import { describe, expect, it } from "vitest";
import { hoursProblems, missingFields, insuranceCaseOf } from "./agreement-details";
import { completeDetails } from "./agreement-test-details";
import {
  canCancel,
  canChange,
  canSend,
  canSign,
  partiesOf,
  remindersDue,
  statusOf,
  waitingFor,
  type AgreementRole,
  type AgreementStatus,
} from "./agreement-workflow";
import { clausesFor, clausesOf, FIRST_CLAUSES } from "./agreement-clauses";

const ALL: AgreementRole[] = [
  "SCHOOL_HEAD",
  "REFERENT_TEACHER",
  "COMPANY_REPRESENTATIVE",
  "TUTOR",
  "LEARNER",
  "GUARDIAN",
];

describe("the agreement's states", () => {
  const facts = (over: Partial<Parameters<typeof statusOf>[0]> = {}) => ({
    cancelled: false,
    sent: false,
    details: completeDetails(),
    signedRoles: [] as AgreementRole[],
    ...over,
  });

  it("is a draft while data is missing and ready once complete", () => {
    expect(statusOf(facts({ details: completeDetails({ schoolHeadEmail: "" }) }))).toBe("DRAFT");
    expect(statusOf(facts())).toBe("READY");
  });

  it("goes out for signature, is partly signed, then signed when every party signed", () => {
    expect(statusOf(facts({ sent: true }))).toBe("OUT_FOR_SIGNATURE");
    expect(statusOf(facts({ sent: true, signedRoles: ["LEARNER"] }))).toBe("PARTLY_SIGNED");
    expect(waitingFor(facts({ sent: true, signedRoles: ["LEARNER"] })).map((p) => p.role)).not.toContain("LEARNER");
    expect(statusOf(facts({ sent: true, signedRoles: ALL.filter((r) => r !== "GUARDIAN") }))).toBe("PARTLY_SIGNED");
    expect(statusOf(facts({ sent: true, signedRoles: ALL }))).toBe("SIGNED");
  });

  it("needs no guardian's signature for a learner of 18 on the first day", () => {
    const adult = completeDetails({ learnerBirthDate: "2009-05-03", guardianName: "", guardianEmail: "" });
    expect(partiesOf(adult).map((p) => p.role)).not.toContain("GUARDIAN");
    expect(missingFields(adult)).toEqual([]);
    expect(statusOf(facts({ details: adult, sent: true, signedRoles: ALL.filter((r) => r !== "GUARDIAN") }))).toBe(
      "SIGNED",
    );
    // One day younger: 17 on the first day, the guardian is asked for.
    const minor = completeDetails({ learnerBirthDate: "2009-05-04", guardianName: "", guardianEmail: "" });
    expect(missingFields(minor).map((f) => f.key)).toEqual(["guardianName", "guardianEmail"]);
  });

  it("is cancelled whatever else holds", () => {
    expect(statusOf(facts({ cancelled: true, sent: true, signedRoles: ["LEARNER"] }))).toBe("CANCELLED");
  });

  it("writes to each party in their side's language", () => {
    const languages = Object.fromEntries(partiesOf(completeDetails()).map((p) => [p.role, p.language]));
    expect(languages).toMatchObject({
      SCHOOL_HEAD: "fr",
      TUTOR: "de",
      COMPANY_REPRESENTATIVE: "de",
      LEARNER: "fr",
      GUARDIAN: "fr",
    });
  });
});

describe("who signs, and what each state allows", () => {
  it("names every party as typed, with the address in small letters, on its side", () => {
    const parties = partiesOf(
      completeDetails({ tutorName: "  Jens Meyer ", tutorEmail: " Tutor@Groesser.Example.DE " }),
    );
    expect(parties.map((p) => [p.role, p.side])).toEqual([
      ["SCHOOL_HEAD", "school"],
      ["REFERENT_TEACHER", "school"],
      ["COMPANY_REPRESENTATIVE", "company"],
      ["TUTOR", "company"],
      ["LEARNER", "learner"],
      ["GUARDIAN", "learner"],
    ]);
    expect(parties.find((p) => p.role === "TUTOR")).toMatchObject({
      name: "Jens Meyer",
      email: "tutor@groesser.example.de",
    });
    expect(parties.find((p) => p.role === "GUARDIAN")).toMatchObject({
      name: "Hélène Lefèvre",
      email: "helene@example.fr",
    });
  });

  it("writes to a German school in German, its French company in French, and to a learner in their language", () => {
    const language = (over: Parameters<typeof completeDetails>[0]) =>
      Object.fromEntries(partiesOf(completeDetails(over)).map((p) => [p.role, p.language]));
    expect(language({ learnerCountry: "DE", learnerLanguage: "de" })).toEqual({
      SCHOOL_HEAD: "de",
      REFERENT_TEACHER: "de",
      COMPANY_REPRESENTATIVE: "fr",
      TUTOR: "fr",
      LEARNER: "de",
      GUARDIAN: "de",
    });
    // A pupil of a French school who chose German gets German; an unknown choice, the school's.
    expect(language({ learnerLanguage: "de" })).toMatchObject({ SCHOOL_HEAD: "fr", LEARNER: "de", GUARDIAN: "de" });
    expect(language({ learnerLanguage: "" })).toMatchObject({ LEARNER: "fr", GUARDIAN: "fr" });
    expect(language({ learnerCountry: "DE", learnerLanguage: "fr" })).toMatchObject({
      SCHOOL_HEAD: "de",
      LEARNER: "fr",
    });
  });

  it("waits for nobody before sending or after cancelling, and for everyone who has not signed", () => {
    const facts = { cancelled: false, sent: true, details: completeDetails(), signedRoles: [] as AgreementRole[] };
    expect(waitingFor(facts).map((p) => p.role)).toEqual(ALL);
    expect(waitingFor({ ...facts, sent: false })).toEqual([]);
    expect(waitingFor({ ...facts, cancelled: true })).toEqual([]);
    expect(waitingFor({ ...facts, signedRoles: ["TUTOR", "LEARNER"] }).map((p) => p.role)).toEqual([
      "SCHOOL_HEAD",
      "REFERENT_TEACHER",
      "COMPANY_REPRESENTATIVE",
      "GUARDIAN",
    ]);
  });

  it("allows changes until signed, sending when ready, signing while out, cancelling until signed", () => {
    const states: AgreementStatus[] = ["DRAFT", "READY", "OUT_FOR_SIGNATURE", "PARTLY_SIGNED", "SIGNED", "CANCELLED"];
    const allowed = (can: (status: AgreementStatus) => boolean) => states.filter(can);
    expect(allowed(canChange)).toEqual(["DRAFT", "READY", "OUT_FOR_SIGNATURE", "PARTLY_SIGNED"]);
    expect(allowed(canSend)).toEqual(["READY"]);
    expect(allowed(canSign)).toEqual(["OUT_FOR_SIGNATURE", "PARTLY_SIGNED"]);
    expect(allowed(canCancel)).toEqual(["DRAFT", "READY", "OUT_FOR_SIGNATURE", "PARTLY_SIGNED"]);
  });

  it("reminds after 3 and after 7 days, once each however late the clock runs", () => {
    const sent = new Date("2027-04-01T09:00:00Z");
    const after = (hours: number) => remindersDue(sent, new Date(sent.getTime() + hours * 3_600_000));
    expect([after(0), after(71), after(72), after(167), after(168), after(24 * 60)]).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe("the minors' hours in the pedagogical annex", () => {
  it("accepts 7 h a day, 35 a week, Monday to Friday, 08:00–15:30 for a pupil of 17", () => {
    expect(hoursProblems(completeDetails())).toEqual([]);
  });

  it("names each broken rule for a minor", () => {
    const rules = (over: Parameters<typeof completeDetails>[0]) =>
      hoursProblems(completeDetails(over)).map((p) => p.rule);
    expect(rules({ hoursPerDay: "8,5" })).toContain("dailyHours");
    expect(rules({ hoursPerWeek: "38" })).toEqual(["weeklyHours"]);
    expect(rules({ workDays: "1,2,3,4,5,6" })).toEqual(["weekend"]);
    expect(rules({ dailySchedule: "13:00–21:00", hoursPerDay: "7" })).toEqual(["night"]);
    expect(rules({ dailySchedule: "05:30–12:30" })).toEqual(["night"]);
    // 7 hours between 08:00 and 15:00 leave no room for the 30-minute break.
    expect(rules({ dailySchedule: "08:00–15:00" })).toEqual(["break"]);
    expect(rules({ dailySchedule: "eight to four" })).toEqual(["schedule"]);
  });

  it("applies the rule for 14–15-year-olds: 7 h a day", () => {
    expect(
      hoursProblems(
        completeDetails({ learnerBirthDate: "2012-01-01", hoursPerDay: "7.5", dailySchedule: "08:00–16:00" }),
      ).map((p) => p.rule),
    ).toEqual(["dailyHoursUnder16"]);
  });

  it("leaves an adult's hours to their contract", () => {
    expect(
      hoursProblems(
        completeDetails({ learnerBirthDate: "2000-01-01", hoursPerWeek: "40", dailySchedule: "14:00–22:00" }),
      ),
    ).toEqual([]);
  });

  it("keeps a minor's agreement a draft while the hours break a rule", () => {
    expect(
      statusOf({ cancelled: false, sent: false, details: completeDetails({ hoursPerWeek: "38" }), signedRoles: [] }),
    ).toBe("DRAFT");
  });
});

describe("the clauses", () => {
  it("seeds a valid first version with one insurance clause per kind of learner", () => {
    const clauses = clausesOf(FIRST_CLAUSES);
    expect(clausesFor(clauses, "financial", "frenchPupil").map((c) => c.key)).toEqual([
      "costs",
      "insurance.frenchPupil",
    ]);
    expect(clausesFor(clauses, "financial", "apprentice").map((c) => c.key)).toEqual(["costs", "insurance.apprentice"]);
    expect(insuranceCaseOf(completeDetails({ learnerStatus: "apprentice" }))).toBe("apprentice");
    expect(insuranceCaseOf(completeDetails({ learnerCountry: "DE" }))).toBe("germanPupil");
  });
});

describe("the clause and label texts", () => {
  it("follow each language's typography", async () => {
    const { textProblems } = await import("~/modules/i18n/typography-checks");
    const { LABELS, ROLE_LABELS } = await import("./agreement-pdf-labels");
    const problems = [
      ...FIRST_CLAUSES.flatMap((c) => [
        ...textProblems("de", "clauses", { [`${c.key}.title`]: c.titleDe, [`${c.key}.text`]: c.textDe }),
        ...textProblems("fr", "clauses", { [`${c.key}.title`]: c.titleFr, [`${c.key}.text`]: c.textFr }),
      ]),
      ...[...Object.entries(LABELS), ...Object.entries(ROLE_LABELS)].flatMap(([key, label]) => [
        ...textProblems("de", "labels", { [key]: label.de }),
        ...textProblems("fr", "labels", { [key]: label.fr }),
      ]),
    ];
    expect(problems).toEqual([]);
  });
});

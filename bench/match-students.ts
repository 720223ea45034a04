import type { CefrLevel, Country } from "~/generated/prisma/client";
import { todayInEurope } from "~/utils/calendar-days";
import { studentMatcher } from "~/modules/matching/match-score";
import { loadMatchStudent } from "~/modules/matching/match-data.server";
import { candidateOffers } from "~/modules/matching/offer-candidates.server";
import { db } from "~/utils/db.server";
import { dateOf } from "~/utils/calendar-days";

/**
 * The matching benchmark's students, by class. The corpus's periods lie in 2027 and its offers
 * were published in the second half of 2026, so the benchmark's clock stands at 1 December 2026.
 */
export const BENCH_NOW = new Date("2026-12-01T10:00:00Z");

export interface BenchStudent {
  country: Country;
  birthDate: string;
  fields: string[];
  level: CefrLevel | null;
  availability: [string, string][];
  places: [string, number][];
  accommodationNeeded: boolean;
}

export const STUDENT_CLASSES: Record<string, BenchStudent[]> = {
  /** One or two fields, a school-holiday window or two, one or two towns. */
  typical_student: [
    {
      country: "FR",
      birthDate: "2009-03-15",
      fields: ["mechatronics", "electrical"],
      level: "B1",
      availability: [["2027-05-03", "2027-06-25"]],
      places: [["braunschweig", 50]],
      accommodationNeeded: true,
    },
    {
      country: "DE",
      birthDate: "2008-07-01",
      fields: ["hospitality"],
      level: "A2",
      availability: [
        ["2027-04-06", "2027-05-14"],
        ["2027-06-14", "2027-07-23"],
      ],
      places: [
        ["rouen", 60],
        ["caen", 40],
      ],
      accommodationNeeded: true,
    },
    {
      country: "FR",
      birthDate: "2008-11-20",
      fields: ["retail", "logistics"],
      level: "B1",
      availability: [["2027-06-01", "2027-07-31"]],
      places: [["hannover", 80]],
      accommodationNeeded: true,
    },
    {
      country: "DE",
      birthDate: "2009-01-10",
      fields: ["it"],
      level: "B1",
      availability: [["2027-09-01", "2027-10-29"]],
      places: [["le-havre", 50]],
      accommodationNeeded: false,
    },
  ],
  /** Many fields, free most of the year, a high level, adult, several towns or none. */
  broad_student: [
    {
      country: "FR",
      birthDate: "2006-01-01",
      fields: ["metal", "vehicles", "electrical", "mechatronics", "it", "logistics"],
      level: "C1",
      availability: [["2027-01-11", "2027-12-17"]],
      places: [
        ["hannover", 100],
        ["braunschweig", 100],
        ["goettingen", 100],
      ],
      accommodationNeeded: false,
    },
    {
      country: "DE",
      birthDate: "2005-05-05",
      fields: ["hospitality", "food", "retail", "office", "beauty", "health", "social"],
      level: "C1",
      availability: [
        ["2027-02-01", "2027-07-31"],
        ["2027-09-01", "2027-12-10"],
      ],
      places: [],
      accommodationNeeded: true,
    },
  ],
  /** One rare field, a short window, a low level, 16 years old. */
  narrow_student: [
    {
      country: "FR",
      birthDate: "2010-08-01",
      fields: ["maritime"],
      level: "A2",
      availability: [["2027-06-07", "2027-06-25"]],
      places: [["wolfsburg", 20]],
      accommodationNeeded: true,
    },
    {
      country: "DE",
      birthDate: "2010-04-01",
      fields: ["aeronautics"],
      level: "A1",
      availability: [["2027-03-01", "2027-03-26"]],
      places: [["caen", 30]],
      accommodationNeeded: true,
    },
  ],
};

/** A verified student account with the profile; returns the user id. */
export async function createStudent(name: string, spec: BenchStudent): Promise<string> {
  const school = await db().school.findFirstOrThrow({ where: { country: spec.country }, orderBy: { key: "asc" } });
  const places = await db().place.findMany({ where: { key: { in: spec.places.map(([key]) => key) } } });
  const user = await db().user.create({
    data: { email: `${name}@bench.example`, role: "STUDENT", displayName: name, emailVerifiedAt: new Date() },
  });
  await db().studentProfile.create({
    data: {
      userId: user.id,
      schoolId: school.id,
      country: spec.country,
      birthDate: dateOf(spec.birthDate),
      training: "Bench",
      trainingYear: 2,
      levelGerman: spec.country === "FR" ? spec.level : "C2",
      levelFrench: spec.country === "DE" ? spec.level : "C2",
      accommodationNeeded: spec.accommodationNeeded,
      fields: { create: spec.fields.map((fieldKey) => ({ fieldKey })) },
      availability: {
        create: spec.availability.map(([startsOn, endsOn]) => ({ startsOn: dateOf(startsOn), endsOn: dateOf(endsOn) })),
      },
      places: {
        create: spec.places.map(([key, radiusKm]) => ({ placeId: places.find((p) => p.key === key)!.id, radiusKm })),
      },
    },
  });
  return user.id;
}

/** How many offers the student is eligible for (not only the ten recommended), for the report's `hits`. */
export async function eligibleCount(userId: string): Promise<number> {
  const student = (await loadMatchStudent(userId, "de"))!;
  const today = todayInEurope(BENCH_NOW);
  const candidates = await candidateOffers(student);
  const match = studentMatcher(student, today);
  const eligible = candidates.filter((offer) => match(offer).eligible).length;
  process.stderr.write(`  ${userId.slice(0, 8)}: ${candidates.length} candidates, ${eligible} eligible\n`);
  return eligible;
}

import { generateCompanies } from "./demo-companies";
import { DEMO_BASE_DATE, demoShiftDays, shiftDemoDates } from "./demo-shift";
import { generateOffers } from "./demo-offers";
import { generateCoordinators, generateStaff, generateStudents } from "./demo-people";
import { DemoRandom } from "./demo-random";
import { EmailRegistry } from "./demo-text";
import type { DemoData } from "./demo-types";

export type * from "./demo-types";
export { allDemoUsers } from "./demo-types";

/** 22 January 2026, Franco-German Day: the default seed. */
export const DEFAULT_DEMO_SEED = 20260122;

/**
 * The day the demo data is written for. Everything time-related is derived from it, so the same
 * seed always gives the same data: companies registered before it, offers published in the
 * months before it, internship periods after it. The seed then moves it all to the clock's today
 * (demo-shift.ts).
 */
export const DEMO_REFERENCE_DATE = DEMO_BASE_DATE;

export const DEMO_OFFER_COUNT = 200;
export const DEMO_STUDENTS_PER_COUNTRY = 15;

/**
 * Builds the whole demo data set: 40 companies of Lower Saxony and Normandy with 200 offers,
 * 30 pupils, a coordinator at every other school and the staff account. Pure and deterministic.
 */
export function generateDemoData(seed = DEFAULT_DEMO_SEED, today: Date = new Date()): DemoData {
  return shiftDemoDates(generateAtBaseDate(seed), demoShiftDays(today));
}

/** The data set as written, on DEMO_BASE_DATE. */
export function generateAtBaseDate(seed = DEFAULT_DEMO_SEED): DemoData {
  const random = new DemoRandom(seed);
  const emails = new EmailRegistry();
  const referenceDate = DEMO_REFERENCE_DATE;
  const { contexts, users: companyUsers } = generateCompanies(random, emails, referenceDate);
  const offers = generateOffers(random, contexts, DEMO_OFFER_COUNT, referenceDate);
  const students = generateStudents(random, emails, referenceDate, DEMO_STUDENTS_PER_COUNTRY);
  const coordinators = generateCoordinators(random, emails, referenceDate);
  const staff = generateStaff(emails, referenceDate);
  return {
    referenceDate,
    companyUsers,
    companies: contexts.map((context) => context.company),
    offers,
    students,
    coordinators,
    staff,
  };
}

import type { CefrLevel } from "~/modules/reference/cefr";
import type { Country } from "~/modules/reference/countries";
import type { FieldKey } from "~/modules/reference/occupational-fields";
import type { DemoRole } from "./demo-accounts";
import type { CompanySize } from "./company-catalogue";

/**
 * The demo data as plain values. Reference data is named by key (field, place and school keys)
 * and resolved to ids by the seed; dates are ISO strings ("YYYY-MM-DD" for calendar days, full
 * ISO instants for timestamps) so the generator stays free of I/O and time zones.
 */
export type Locale = "de" | "fr";

export interface DemoUser {
  email: string;
  displayName: string;
  role: DemoRole;
  locale: Locale;
  createdAt: string;
}

export interface DemoCompanyMember {
  email: string;
  isOwner: boolean;
}

export interface DemoCompany {
  slug: string;
  name: string;
  country: Country;
  placeKey: string;
  address: string;
  website: string | null;
  size: CompanySize;
  descriptionDe: string | null;
  descriptionFr: string | null;
  contactName: string;
  contactEmail: string;
  status: "PENDING" | "VERIFIED" | "REJECTED";
  rejectionReason: string | null;
  members: DemoCompanyMember[];
  createdAt: string;
}

export interface DemoPeriod {
  /** First day, inclusive. */
  startsOn: string;
  /** Last day, inclusive. */
  endsOn: string;
  places: number;
}

export type DemoOfferStatus = "DRAFT" | "SUBMITTED" | "CHANGES_REQUESTED" | "PUBLISHED";
export type Accommodation = "NONE" | "HELP_FINDING" | "PROVIDED";

export interface DemoOffer {
  companySlug: string;
  slug: string;
  titleDe: string | null;
  titleFr: string | null;
  descriptionDe: string | null;
  descriptionFr: string | null;
  placeKey: string;
  address: string;
  minWeeks: number;
  maxWeeks: number;
  /** Required level in the host country's language. */
  languageLevel: CefrLevel;
  minorsWelcome: boolean;
  minAge: number;
  hoursPerDay: number;
  hoursPerWeek: number;
  /** ISO weekdays, 1 = Monday … 7 = Sunday, ascending. */
  workDays: number[];
  accommodation: Accommodation;
  allowanceEuroMonth: number | null;
  tutorName: string;
  applicationDeadline: string | null;
  status: DemoOfferStatus;
  publishedAt: string | null;
  createdAt: string;
  fieldKeys: FieldKey[];
  /** Chronological and not overlapping. */
  periods: DemoPeriod[];
}

export interface DemoStudent {
  user: DemoUser;
  country: Country;
  schoolKey: string;
  birthDate: string;
  training: string;
  trainingYear: number;
  levelGerman: CefrLevel;
  levelFrench: CefrLevel;
  introDe: string | null;
  introFr: string | null;
  discoverable: boolean;
  fieldKeys: FieldKey[];
  /** When the pupil could go abroad (inclusive dates). */
  availability: { startsOn: string; endsOn: string }[];
  /** Towns in the other country they would like, with how far around them they would go. */
  places: { placeKey: string; radiusKm: number }[];
  accommodationNeeded: boolean;
}

export interface DemoCoordinator {
  user: DemoUser;
  schoolKey: string;
}

export interface DemoData {
  /** The "today" the data was written for: ages, publication dates and deadlines are relative to it. */
  referenceDate: string;
  /** Owners and other members of the companies. */
  companyUsers: DemoUser[];
  companies: DemoCompany[];
  offers: DemoOffer[];
  students: DemoStudent[];
  coordinators: DemoCoordinator[];
  staff: DemoUser[];
}

/** Every user of the data set, companies' members first. */
export function allDemoUsers(data: DemoData): DemoUser[] {
  return [
    ...data.companyUsers,
    ...data.students.map((student) => student.user),
    ...data.coordinators.map((coordinator) => coordinator.user),
    ...data.staff,
  ];
}

/**
 * Which programmes fit a learner and a planned stay, and why. Pure: no I/O, no clock (today comes
 * in), no language. Each reason is a locale key of the `programmes` namespace with its values;
 * dates travel as YYYY-MM-DD under `dates` and are written out in the reader's language by
 * whoever renders the reason (eligibility-view.ts).
 */
import { ageOn } from "~/modules/accounts/age";
import { dayNumber, isoDay } from "~/utils/calendar-days";
import {
  CEFR,
  type Audience,
  type Cefr,
  type Duration,
  type Deadline,
  type ProgrammeContent,
} from "./programme-content";

export type CountryCode = "DE" | "FR";

/** The two partner regions (since 1985) the platform serves. */
export type Region = "normandy" | "lowerSaxony";

export interface Learner {
  /** Status and school type in one: BBS pupil, lycée pro pupil, apprentice, … */
  audience: Audience;
  birthDate: string;
  country: CountryCode;
  languages: { de: Cefr | null; fr: Cefr | null };
  /** Where the learner lives, when known (their school's region): residence rules. */
  homeRegion?: Region | null;
  /** The learner's town as a place key ("hannover"), when known: twin towns. */
  homeTown?: string | null;
}

export interface Stay {
  country: CountryCode;
  startsOn: string;
  endsOn: string;
  format: "individual" | "group";
  /** Learners travelling together (groups only). */
  groupSize: number | null;
  /** The host town as a place key ("rouen"), when known. */
  town?: string | null;
}

/**
 * Twinned towns among the places the platform knows (DOMAIN.md: Hannover–Rouen since 1966), as
 * place keys. A pair is listed once; `twinned` reads it both ways. Staff-editable data later;
 * a list in code keeps the engine pure until then.
 */
export const TWIN_TOWNS: readonly (readonly [string, string])[] = [["hannover", "rouen"]];

export function twinned(a: string, b: string): boolean {
  return TWIN_TOWNS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/** The region a stay's country stands for: the platform's placements are in the partner regions. */
const HOST_REGION: Record<CountryCode, Region> = { FR: "normandy", DE: "lowerSaxony" };

export type Verdict = "eligible" | "notEligible" | "toCheck";
export type Outcome = "met" | "unmet" | "check" | "info";

export interface Reason {
  key: string;
  outcome: Outcome;
  values: Record<string, string | number>;
  /** Days (YYYY-MM-DD) among the values, to be written in the reader's language. */
  dates?: Record<string, string>;
}

export type Estimate =
  | { kind: "about"; amount: number; weeks: number; travel: ProgrammeContent["grant"]["travel"] }
  | { kind: "range"; from: number; to: number; travel: ProgrammeContent["grant"]["travel"] }
  | { kind: "upTo"; amount: number; travel: ProgrammeContent["grant"]["travel"] };

export interface ProgrammeCheck {
  key: string;
  verdict: Verdict;
  reasons: Reason[];
  estimate: Estimate | null;
  /** The next day by which to apply (YYYY-MM-DD), when one can be named. */
  nextDeadline: string | null;
}

export interface CheckableProgramme {
  key: string;
  content: ProgrammeContent;
}

/** Days of the stay, first and last included. */
export function stayDays(stay: Pick<Stay, "startsOn" | "endsOn">): number {
  return dayNumber(stay.endsOn) - dayNumber(stay.startsOn) + 1;
}

/**
 * Weeks of a stay as placements count them: Monday to the Friday four weeks later is four weeks
 * (26 days), so the weekend after the last working day counts with it.
 */
export function stayWeeks(stay: Pick<Stay, "startsOn" | "endsOn">): number {
  return Math.floor((stayDays(stay) + 2) / 7);
}

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(d, lastDay));
  return date.toISOString().slice(0, 10);
}

/** Full calendar months from the first day to the day after the last. */
export function stayMonths(stay: Pick<Stay, "startsOn" | "endsOn">): number {
  const after = isoDay(dayNumber(stay.endsOn) + 1);
  let months = 0;
  while (addMonths(stay.startsOn, months + 1) <= after) months += 1;
  return months;
}

/** The stay's length in a rule's unit, as a reader would count it. */
export function stayLength(stay: Pick<Stay, "startsOn" | "endsOn">, unit: Duration["unit"]): number {
  return unit === "days" ? stayDays(stay) : unit === "weeks" ? stayWeeks(stay) : stayMonths(stay);
}

function atMost(stay: Pick<Stay, "startsOn" | "endsOn">, max: Duration): boolean {
  if (max.unit === "days") return stayDays(stay) <= max.value;
  if (max.unit === "weeks") return stayDays(stay) <= max.value * 7;
  return isoDay(dayNumber(stay.endsOn) + 1) <= addMonths(stay.startsOn, max.value);
}

const rank = (level: Cefr) => CEFR.indexOf(level);

function audienceReason(content: ProgrammeContent, learner: Learner): Reason {
  const met = content.audiences.includes(learner.audience);
  return {
    key: met ? "reason.audienceMet" : "reason.audienceUnmet",
    outcome: met ? "met" : "unmet",
    values: { audience: learner.audience },
  };
}

function ageReason(content: ProgrammeContent, learner: Learner, stay: Stay): Reason | null {
  const { ageMin, ageMax } = content;
  if (ageMin === null && ageMax === null) return null;
  const age = ageOn(learner.birthDate, stay.startsOn);
  const met = (ageMin === null || age >= ageMin) && (ageMax === null || age <= ageMax);
  const rule = ageMin !== null && ageMax !== null ? "Range" : ageMin !== null ? "Min" : "Max";
  return {
    key: `reason.age${rule}`,
    outcome: met ? "met" : "unmet",
    values: { age, min: ageMin ?? 0, max: ageMax ?? 0 },
  };
}

function directionReason(content: ProgrammeContent, learner: Learner, stay: Stay): Reason {
  if (stay.country === learner.country) return { key: "reason.sameCountry", outcome: "unmet", values: {} };
  const to = stay.country === "FR" ? "toFrance" : "toGermany";
  const met = content.direction === "both" || content.direction === to;
  return {
    key: met ? "reason.directionMet" : "reason.directionUnmet",
    outcome: met ? "met" : "unmet",
    values: { direction: to },
  };
}

function formatReason(content: ProgrammeContent, stay: Stay): Reason | null {
  if (content.format === "individual" && stay.format === "group") {
    return { key: "reason.individualOnly", outcome: "unmet", values: {} };
  }
  if (content.format === "group" && stay.format === "individual") {
    return { key: "reason.groupOnly", outcome: "unmet", values: { min: content.groupMin ?? 2 } };
  }
  if (stay.format === "group" && content.groupMin !== null) {
    if (stay.groupSize === null)
      return { key: "reason.groupSizeUnknown", outcome: "check", values: { min: content.groupMin } };
    const met = stay.groupSize >= content.groupMin;
    return {
      key: "reason.groupSize",
      outcome: met ? "met" : "unmet",
      values: { size: stay.groupSize, min: content.groupMin },
    };
  }
  return null;
}

function durationReasons(content: ProgrammeContent, learner: Learner, stay: Stay): Reason[] {
  const reasons: Reason[] = [];
  const min =
    learner.audience === "apprentice" && content.apprenticeDurationMin
      ? content.apprenticeDurationMin
      : content.durationMin;
  if (min) {
    const length = stayLength(stay, min.unit);
    reasons.push({
      key: "reason.durationMin",
      outcome: length >= min.value ? "met" : "unmet",
      values: { length, min: min.value, unit: min.unit },
    });
  }
  if (content.durationMax) {
    const max = content.durationMax;
    reasons.push({
      key: "reason.durationMax",
      outcome: atMost(stay, max) ? "met" : "unmet",
      values: { length: stayLength(stay, max.unit), max: max.value, unit: max.unit },
    });
  }
  return reasons;
}

function languageReason(content: ProgrammeContent, learner: Learner, stay: Stay): Reason | null {
  const host = stay.country === "FR" ? "fr" : "de";
  switch (content.language.rule) {
    case "none":
      return { key: "reason.noLanguage", outcome: "met", values: {} };
    case "years":
      return {
        key: "reason.languageYears",
        outcome: "check",
        values: { years: content.language.years ?? 1, language: host },
      };
    case "level": {
      const required = content.language.level ?? "A1";
      const level = learner.languages[host];
      if (!level) return { key: "reason.languageUnknown", outcome: "check", values: { required, language: host } };
      const met = rank(level) >= rank(required);
      return {
        key: "reason.languageLevel",
        outcome: met ? "met" : "unmet",
        values: { level, required, language: host },
      };
    }
    default:
      return null;
  }
}

/**
 * Where the learner lives. Pass Monde: residents of Normandy only (unknown residence: to check).
 * Job in der Partnerstadt: the host town is twinned with the learner's town, or the host region is
 * partnered with the learner's region (Lower Saxony–Normandy); unknown: to check.
 */
function residenceReason(content: ProgrammeContent, learner: Learner, stay: Stay): Reason | null {
  const home = learner.homeRegion ?? null;
  if (content.residence === "normandy") {
    if (home === null) return { key: "reason.residenceUnknown", outcome: "check", values: { region: "normandy" } };
    const met = home === "normandy";
    return {
      key: met ? "reason.residenceMet" : "reason.residenceUnmet",
      outcome: met ? "met" : "unmet",
      values: { region: "normandy" },
    };
  }
  if (content.residence === "twinTown") {
    if (learner.homeTown && stay.town && twinned(learner.homeTown, stay.town)) {
      return { key: "reason.twinTownMet", outcome: "met", values: { home: learner.homeTown, host: stay.town } };
    }
    if (home === null) return { key: "reason.twinTownUnknown", outcome: "check", values: {} };
    const host = HOST_REGION[stay.country];
    const met = host !== home;
    return {
      key: met ? "reason.partnerRegionMet" : "reason.twinTownUnmet",
      outcome: met ? "met" : "unmet",
      values: { home, host },
    };
  }
  return null;
}

function weeksBefore(day: string, weeks: number): string {
  return isoDay(dayNumber(day) - weeks * 7);
}

function deadlineReasons(
  content: ProgrammeContent,
  stay: Stay,
  today: string,
): { reasons: Reason[]; next: string | null } {
  const reasons: Reason[] = [];
  const upcoming: string[] = [];
  const applicant = content.application.applicant;
  const fixed = content.deadlines.filter(
    (deadline): deadline is Extract<Deadline, { kind: "fixed" }> => deadline.kind === "fixed",
  );
  for (const deadline of content.deadlines) {
    if (deadline.kind === "beforeDeparture") {
      const date = weeksBefore(stay.startsOn, deadline.weeks);
      const inTime = date >= today;
      if (inTime) upcoming.push(date);
      reasons.push({
        key: inTime ? "reason.deadlineBefore" : "reason.deadlineMissed",
        outcome: inTime ? "met" : "check",
        values: { weeks: deadline.weeks, applicant },
        dates: { date },
      });
    } else if (deadline.kind === "rolling") {
      reasons.push({ key: "reason.deadlineRolling", outcome: "info", values: { applicant } });
    }
  }
  if (fixed.length > 0) {
    // The next fixed date that still comes before the stay starts.
    const next = fixed
      .map((deadline) => deadline.date)
      .filter((date) => date >= today && date < stay.startsOn)
      .sort()[0];
    if (next) {
      upcoming.push(next);
      reasons.push({ key: "reason.deadlineFixed", outcome: "met", values: { applicant }, dates: { date: next } });
    } else {
      reasons.push({ key: "reason.deadlineFixedPassed", outcome: "check", values: {} });
    }
  }
  return { reasons, next: upcoming.sort()[0] ?? null };
}

/** What the grant may come to for this stay, where the rules give a figure. */
export function estimateGrant(
  grant: ProgrammeContent["grant"],
  stay: Pick<Stay, "startsOn" | "endsOn">,
): Estimate | null {
  const { amount, amountFrom, maximum, per, travel } = grant;
  if (amount === null) return maximum !== null ? { kind: "upTo", amount: maximum, travel } : null;
  if (amountFrom !== null) return { kind: "range", from: amountFrom, to: amount, travel };
  const weeks = stayWeeks(stay);
  const raw =
    per === "flat"
      ? amount
      : per === "week"
        ? amount * weeks
        : per === "fourWeeks"
          ? Math.round((amount * weeks) / 4)
          : amount * Math.max(1, Math.round(stayDays(stay) / 30));
  return { kind: "about", amount: maximum !== null ? Math.min(raw, maximum) : raw, weeks, travel };
}

function verdictOf(reasons: readonly Reason[]): Verdict {
  if (reasons.some((reason) => reason.outcome === "unmet")) return "notEligible";
  if (reasons.some((reason) => reason.outcome === "check")) return "toCheck";
  return "eligible";
}

export function checkProgramme(
  programme: CheckableProgramme,
  learner: Learner,
  stay: Stay,
  today: string,
): ProgrammeCheck {
  const { content } = programme;
  const deadlines = deadlineReasons(content, stay, today);
  const reasons = [
    audienceReason(content, learner),
    ageReason(content, learner, stay),
    directionReason(content, learner, stay),
    formatReason(content, stay),
    residenceReason(content, learner, stay),
    ...durationReasons(content, learner, stay),
    languageReason(content, learner, stay),
    ...deadlines.reasons,
  ].filter((reason): reason is Reason => reason !== null);
  const verdict = verdictOf(reasons);
  return {
    key: programme.key,
    verdict,
    reasons,
    estimate: verdict === "notEligible" ? null : estimateGrant(content.grant, stay),
    nextDeadline: verdict === "notEligible" ? null : deadlines.next,
  };
}

const ORDER: Record<Verdict, number> = { eligible: 0, toCheck: 1, notEligible: 2 };

/** Every programme checked, the fitting ones first (the given order kept within a verdict). */
export function checkProgrammes(
  programmes: readonly CheckableProgramme[],
  learner: Learner,
  stay: Stay,
  today: string,
): ProgrammeCheck[] {
  return programmes
    .map((programme, index) => ({ index, check: checkProgramme(programme, learner, stay, today) }))
    .sort((a, b) => ORDER[a.check.verdict] - ORDER[b.check.verdict] || a.index - b.index)
    .map(({ check }) => check);
}

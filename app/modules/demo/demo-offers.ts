import { CEFR_LEVELS, type CefrLevel } from "~/modules/reference/cefr";
import type { FieldKey } from "~/modules/reference/occupational-fields";
import type { CompanySize } from "./company-catalogue";
import type { CompanyContext } from "./demo-companies";
import type { DemoRandom } from "./demo-random";
import { addDays, daysBetween, instantBefore, slugify } from "./demo-text";
import type { Accommodation, DemoOffer, DemoOfferStatus } from "./demo-types";
import { randomPerson } from "./names";
import { OFFER_TEMPLATES, type Schedule } from "./offer-templates";
import { describeOfferDe, describeOfferFr } from "./offer-text";
import { periodsFor, type SeasonKey, SEASON_LABELS } from "./periods";

/** One kind of placement a company can offer: a field and one of its title variants. */
interface Slot {
  field: FieldKey;
  variant: number;
  /** The company offers this placement twice, in spring and in autumn (two rounds). */
  round: "only" | "spring" | "autumn";
}

const BASE_OFFERS: Record<CompanySize, number> = { MICRO: 2, SMALL: 4, MEDIUM: 7, LARGE: 10 };

export function generateOffers(
  random: DemoRandom,
  contexts: readonly CompanyContext[],
  total: number,
  referenceDate: string,
): DemoOffer[] {
  const counts = allocate(random, contexts, total);
  const offers: DemoOffer[] = [];
  contexts.forEach((context, index) => {
    const slots = chooseSlots(random, context, counts[index] ?? 0);
    slots.forEach((slot, position) => {
      const status = statusFor(random, context, position, slots.length);
      offers.push(
        generateOffer(
          random,
          context,
          slot,
          status,
          position === 0 && Boolean(context.blueprint.demoOwner),
          referenceDate,
        ),
      );
    });
  });
  return offers;
}

/** Every (field, variant) pair the company's blueprint allows, in catalogue order. */
function uniqueSlots(context: CompanyContext): Omit<Slot, "round">[] {
  return Object.entries(context.blueprint.offers).flatMap(([field, allowed]) => {
    const template = OFFER_TEMPLATES[field as FieldKey];
    const variants = allowed ?? template.variants.map((_, index) => index);
    return variants.map((variant) => {
      if (!template.variants[variant]) throw new Error(`${context.blueprint.name}: no variant ${variant} of ${field}`);
      return { field: field as FieldKey, variant };
    });
  });
}

/**
 * Offers per company, summing to `total`: bigger companies publish more; companies that are not
 * verified yet have one or two unpublished drafts. A company can offer each placement at most
 * twice (a spring and an autumn round), which caps its count.
 */
function allocate(random: DemoRandom, contexts: readonly CompanyContext[], total: number): number[] {
  const verified = (context: CompanyContext) => context.company.status === "VERIFIED";
  const capacity = contexts.map((context) => (verified(context) ? 2 * uniqueSlots(context).length : 2));
  const counts = contexts.map((context, index) =>
    verified(context)
      ? Math.min(capacity[index] ?? 0, Math.max(1, BASE_OFFERS[context.company.size] + random.int(-1, 1)))
      : random.int(1, 2),
  );
  // The demo companies keep enough offers to show published, draft and submitted ones side by side.
  const floor = (index: number) => (contexts[index]?.blueprint.demoOwner ? 5 : 1);
  const adjustable = (grow: boolean) =>
    contexts.flatMap((context, index) => {
      const count = counts[index] ?? 0;
      const fits = grow ? count < (capacity[index] ?? 0) : count > floor(index);
      return verified(context) && fits ? [[index, BASE_OFFERS[context.company.size]] as const] : [];
    });
  let sum = counts.reduce((a, b) => a + b, 0);
  while (sum !== total) {
    const grow = sum < total;
    const candidates = adjustable(grow);
    if (candidates.length === 0) throw new Error(`Cannot spread ${total} offers over the demo companies`);
    const index = random.weighted(candidates);
    counts[index] = (counts[index] ?? 0) + (grow ? 1 : -1);
    sum += grow ? 1 : -1;
  }
  return counts;
}

function chooseSlots(random: DemoRandom, context: CompanyContext, count: number): Slot[] {
  const unique = uniqueSlots(context);
  // A demo company's first offer is its headline placement (e.g. mechatronics), so the demo
  // students reliably find a match.
  const [first, ...rest] = unique;
  const ordered =
    context.blueprint.demoOwner && first
      ? [first, ...random.sample(rest, rest.length)]
      : random.sample(unique, unique.length);
  const chosen = ordered.slice(0, Math.min(count, ordered.length));
  const repeated = new Set(random.sample(chosen, Math.max(0, count - chosen.length)));
  const slots: Slot[] = chosen.map((slot) => ({ ...slot, round: repeated.has(slot) ? "spring" : "only" }));
  for (const slot of chosen) if (repeated.has(slot)) slots.push({ ...slot, round: "autumn" });
  return slots;
}

function statusFor(random: DemoRandom, context: CompanyContext, position: number, count: number): DemoOfferStatus {
  const { status } = context.company;
  if (status === "REJECTED") return "DRAFT";
  if (status === "PENDING") return random.chance(0.5) ? "DRAFT" : "SUBMITTED";
  if (context.blueprint.demoOwner) {
    // The demo owners see every state of their own offers.
    if (position === count - 1) return "DRAFT";
    if (position === count - 2) return "SUBMITTED";
    if (position === count - 3 && count >= 6) return "CHANGES_REQUESTED";
    return "PUBLISHED";
  }
  return random.chance(0.9)
    ? "PUBLISHED"
    : random.weighted([
        ["DRAFT", 40],
        ["SUBMITTED", 35],
        ["CHANGES_REQUESTED", 25],
      ] as const);
}

function generateOffer(
  random: DemoRandom,
  context: CompanyContext,
  slot: Slot,
  status: DemoOfferStatus,
  headline: boolean,
  referenceDate: string,
): DemoOffer {
  const { company, blueprint } = context;
  const template = OFFER_TEMPLATES[slot.field];
  const variant = template.variants[slot.variant];
  if (!variant) throw new Error(`No variant ${slot.variant} of ${slot.field}`);

  const others = [...new Set([...Object.keys(blueprint.offers), ...(blueprint.relatedFields ?? [])])].filter(
    (key) => key !== slot.field,
  ) as FieldKey[];
  const fieldKeys = [
    slot.field,
    ...random.sample(
      others,
      random.weighted([
        [0, 45],
        [1, 40],
        [2, 15],
      ] as const),
    ),
  ];

  const minorsWelcome = headline || random.chance(template.minorsShare);
  const time = workingTime(random, template.schedule, company.country, minorsWelcome);
  const [minWeeks, maxWeeks] = random.weighted([
    [[3, 4], 20],
    [[2, 4], 15],
    [[3, 6], 25],
    [[4, 6], 15],
    [[4, 8], 10],
    [[4, 12], 10],
    [[6, 12], 5],
  ] as const);
  const periods = periodsFor(random, seasonsFor(random, slot, headline), minWeeks, maxWeeks);
  const firstStart = periods[0]?.startsOn ?? referenceDate;

  const languages = offerLanguages(random, company.country, blueprint.onlyLanguage);
  const suffix = slot.round === "only" ? null : SEASON_LABELS[slot.round === "spring" ? "spring27" : "autumn27"];
  const titleDe = languages.de ? `${variant.title[0]}${suffix ? ` – ${suffix.de}` : ""}` : null;
  const titleFr = languages.fr ? `${variant.title[1]}${suffix ? ` – ${suffix.fr}` : ""}` : null;
  const ownTitle = company.country === "DE" ? (titleDe ?? titleFr) : (titleFr ?? titleDe);

  const tutorName = random.chance(0.3) ? context.contactName : randomPerson(random, company.country, "adult").fullName;
  const accommodation = accommodationFor(random, slot.field, company.size);
  const allowanceEuroMonth = random.chance(company.country === "DE" ? (company.size === "LARGE" ? 0.8 : 0.45) : 0.2)
    ? 50 * random.int(company.country === "DE" ? 3 : 2, 9)
    : null;
  const languageLevel = headline ? template.level : varyLevel(random, template.level);
  const facts = {
    companyName: company.name,
    country: company.country,
    town: context.town,
    opening: random.int(0, 2),
    tasks: [...random.sample(variant.tasks, 3), random.pick(template.common)],
    languageLevel,
    minorsWelcome,
    accommodation,
    allowanceEuroMonth,
    tutorName,
  };

  const published = status === "PUBLISHED";
  const publishedDaysAgo = random.int(1, 110) - random.int(8, 17) / 24;
  const deadline = random.chance(0.6) ? addDays(firstStart, -random.int(21, 56)) : null;
  return {
    companySlug: company.slug,
    slug: slugify(ownTitle ?? ""),
    titleDe,
    titleFr,
    descriptionDe: languages.de ? describeOfferDe(facts) : null,
    descriptionFr: languages.fr ? describeOfferFr(facts) : null,
    placeKey: company.placeKey,
    address: company.address,
    minWeeks,
    maxWeeks,
    languageLevel,
    minorsWelcome,
    minAge: minorsWelcome ? 16 : 18,
    ...time,
    accommodation,
    allowanceEuroMonth,
    tutorName,
    // A deadline already (nearly) past would only clutter the demo.
    applicationDeadline: deadline && daysBetween(referenceDate, deadline) >= 14 ? deadline : null,
    status,
    publishedAt: published ? instantBefore(referenceDate, publishedDaysAgo) : null,
    createdAt: published
      ? instantBefore(referenceDate, publishedDaysAgo + random.int(1, 14))
      : instantBefore(referenceDate, createdDaysAgo(random, company.status)),
    fieldKeys,
    periods,
  };
}

/** Offers of companies still waiting for verification are younger than the company itself. */
function createdDaysAgo(random: DemoRandom, companyStatus: string): number {
  const days =
    companyStatus === "PENDING"
      ? random.int(1, 8)
      : companyStatus === "REJECTED"
        ? random.int(30, 39)
        : random.int(1, 40);
  return days - random.int(8, 17) / 24;
}

function seasonsFor(random: DemoRandom, slot: Slot, headline: boolean): SeasonKey[] {
  if (slot.round === "spring" || headline) return ["spring27"];
  if (slot.round === "autumn") return ["autumn27"];
  const count = random.weighted([
    [1, 50],
    [2, 35],
    [3, 15],
  ] as const);
  if (count === 1)
    return [
      random.weighted([
        ["spring27", 75],
        ["autumn27", 15],
        ["winter27", 10],
      ] as const),
    ];
  return ["spring27", ...random.sample(["winter27", "autumn27", "winter28"] as const, count - 1)];
}

/** Which languages the offer is written in: mostly both, sometimes only one (shows the "only in German" notice). */
function offerLanguages(
  random: DemoRandom,
  country: "DE" | "FR",
  onlyLanguage: "de" | "fr" | undefined,
): { de: boolean; fr: boolean } {
  const own = country === "DE" ? "de" : "fr";
  const single = onlyLanguage ? random.chance(0.7) : random.chance(0.12);
  if (!single) return { de: true, fr: true };
  // Now and then a company writes only for its guests, in the guests' language.
  const language = onlyLanguage ?? (random.chance(0.75) ? own : own === "de" ? "fr" : "de");
  return { de: language === "de", fr: language === "fr" };
}

function varyLevel(random: DemoRandom, usual: CefrLevel): CefrLevel {
  const index =
    CEFR_LEVELS.indexOf(usual) +
    random.weighted([
      [0, 70],
      [-1, 15],
      [1, 15],
    ] as const);
  return CEFR_LEVELS[Math.min(3, Math.max(0, index))] ?? usual;
}

function accommodationFor(random: DemoRandom, field: FieldKey, size: CompanySize): Accommodation {
  if (field === "hospitality")
    return random.weighted([
      ["PROVIDED", 60],
      ["HELP_FINDING", 30],
      ["NONE", 10],
    ] as const);
  if (size === "LARGE")
    return random.weighted([
      ["HELP_FINDING", 60],
      ["PROVIDED", 10],
      ["NONE", 30],
    ] as const);
  return random.weighted([
    ["NONE", 50],
    ["HELP_FINDING", 40],
    ["PROVIDED", 10],
  ] as const);
}

const MONDAY_TO_FRIDAY = [1, 2, 3, 4, 5];

/**
 * Daily and weekly hours and working days. Minors get the stricter of both countries' rules
 * (DOMAIN.md): at most 8 h a day, 35 h a week, 5 days, never Saturday or Sunday. Adults follow
 * the trade: German companies 37.5–40 h, French ones mostly 35 h (39 h in hotels and shops).
 */
function workingTime(random: DemoRandom, schedule: Schedule, country: "DE" | "FR", minor: boolean) {
  if (minor) {
    const workDays = random.chance(0.85) ? MONDAY_TO_FRIDAY : [1, 2, 3, 4];
    const hoursPerDay = random.weighted([
      [7, 55],
      [7.5, 15],
      [8, 20],
      [6, 10],
    ] as const);
    return { hoursPerDay, hoursPerWeek: Math.min(35, roundTenth(hoursPerDay * workDays.length)), workDays };
  }
  const workDays = random.weighted(DAYS_BY_SCHEDULE[schedule]);
  const sixDays = workDays.length === 6;
  const hoursPerDay =
    country === "DE"
      ? sixDays
        ? 6.5
        : random.weighted([
            [8, 45],
            [7.8, 30],
            [7.5, 25],
          ] as const)
      : sixDays
        ? 6
        : schedule === "hospitality" || schedule === "shop"
          ? random.weighted([
              [7.8, 60],
              [7, 40],
            ] as const)
          : random.weighted([
              [7, 80],
              [7.8, 20],
            ] as const);
  return { hoursPerDay, hoursPerWeek: roundTenth(hoursPerDay * workDays.length), workDays: [...workDays] };
}

const DAYS_BY_SCHEDULE: Record<Schedule, readonly (readonly [readonly number[], number])[]> = {
  weekdays: [[MONDAY_TO_FRIDAY, 1]],
  shop: [
    [MONDAY_TO_FRIDAY, 30],
    [[2, 3, 4, 5, 6], 50],
    [[1, 2, 3, 4, 5, 6], 20],
  ],
  hospitality: [
    [[2, 3, 4, 5, 6], 40],
    [[3, 4, 5, 6, 7], 40],
    [MONDAY_TO_FRIDAY, 20],
  ],
  care: [
    [MONDAY_TO_FRIDAY, 60],
    [[3, 4, 5, 6, 7], 40],
  ],
};

function roundTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Programmes and eligibility reasons as readers see them, written on the server in the reader's
 * language (amounts, dates and lists through Intl), so the page shows exactly what was rendered.
 */
import { formatDay, INTL_LOCALES } from "~/modules/i18n/date-format";
import type { Language } from "~/modules/i18n/languages";
import type { Translate } from "~/modules/i18n/translator";
import type { Estimate, ProgrammeCheck, Reason } from "./eligibility";
import { textIn, type Duration, type ProgrammeContent } from "./programme-content";

const money = new Map<Language, Intl.NumberFormat>();
export function euros(amount: number, language: Language): string {
  let format = money.get(language);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALES[language], {
      style: "currency",
      currency: "EUR",
      maximumFractionDigits: 0,
    });
    money.set(language, format);
  }
  return format.format(amount);
}

function list(items: string[], language: Language): string {
  return new Intl.ListFormat(INTL_LOCALES[language], { type: "conjunction" }).format(items);
}

const day = (iso: string, language: Language) => formatDay(new Date(`${iso}T00:00:00Z`), language).text;

function durationText(t: Translate, value: number, unit: Duration["unit"] | "years"): string {
  return t(`programmes:unit.${unit}`, { count: value });
}

export interface ProgrammeFacts {
  funder: string;
  audiences: string;
  age: string;
  direction: string;
  format: string;
  duration: string;
  language: string;
  grant: string;
  travel: string;
  covers: string | null;
  asOf: { iso: string; text: string };
  applicant: string;
  where: string;
  deadlines: string[];
}

function ageText(t: Translate, content: ProgrammeContent): string {
  const { ageMin: min, ageMax: max } = content;
  if (min !== null && max !== null) return t("programmes:facts.ageRange", { min, max });
  if (min !== null) return t("programmes:facts.ageMin", { min });
  if (max !== null) return t("programmes:facts.ageMax", { max });
  return t("programmes:facts.ageAny");
}

function durationFacts(t: Translate, content: ProgrammeContent): string {
  const min = content.durationMin ? durationText(t, content.durationMin.value, content.durationMin.unit) : null;
  const max = content.durationMax ? durationText(t, content.durationMax.value, content.durationMax.unit) : null;
  const main =
    min && max
      ? t("programmes:facts.durationRange", { min, max })
      : min
        ? t("programmes:facts.durationMin", { min })
        : max
          ? t("programmes:facts.durationMax", { max })
          : t("programmes:facts.durationAny");
  const apprentices = content.apprenticeDurationMin;
  return apprentices
    ? `${main} ${t("programmes:facts.apprenticeMin", { min: durationText(t, apprentices.value, apprentices.unit) })}`
    : main;
}

export function grantText(t: Translate, grant: ProgrammeContent["grant"], language: Language): string {
  const { amount, amountFrom, maximum, per } = grant;
  if (amount === null) {
    return maximum !== null
      ? t("programmes:grant.upTo", { max: euros(maximum, language) })
      : t("programmes:grant.noFigure");
  }
  const figure =
    amountFrom !== null
      ? t(`programmes:grant.range.${per}`, { from: euros(amountFrom, language), to: euros(amount, language) })
      : t(`programmes:grant.amount.${per}`, { amount: euros(amount, language) });
  return maximum !== null ? `${figure}, ${t("programmes:grant.maximum", { max: euros(maximum, language) })}` : figure;
}

export function programmeFacts(
  t: Translate,
  language: Language,
  programme: { content: ProgrammeContent; factsAsOf: string },
): ProgrammeFacts {
  const { content } = programme;
  return {
    funder: t(`programmes:funder.${content.funder}`),
    audiences: list(
      content.audiences.map((audience) => t(`programmes:audience.${audience}`)),
      language,
    ),
    age: ageText(t, content),
    direction: t(`programmes:direction.${content.direction}`),
    format:
      content.groupMin !== null
        ? `${t(`programmes:format.${content.format}`)} (${t("programmes:facts.groupMin", { min: content.groupMin })})`
        : t(`programmes:format.${content.format}`),
    duration: durationFacts(t, content),
    language: t(`programmes:languageRule.${content.language.rule}`, {
      level: content.language.level ?? "",
      years: durationText(t, content.language.years ?? 1, "years"),
    }),
    grant: grantText(t, content.grant, language),
    travel: t(`programmes:travel.${content.grant.travel}`),
    covers:
      content.grant.covers.length > 0
        ? list(
            content.grant.covers.map((cost) => t(`programmes:covers.${cost}`)),
            language,
          )
        : null,
    asOf: { iso: programme.factsAsOf, text: day(programme.factsAsOf, language) },
    applicant: t(`programmes:applicant.${content.application.applicant}`),
    where: textIn(content.application.where, language),
    deadlines: content.deadlines.map((deadline) =>
      deadline.kind === "fixed"
        ? t("programmes:deadline.fixed", { date: day(deadline.date, language) })
        : deadline.kind === "rolling"
          ? t("programmes:deadline.rolling")
          : t("programmes:deadline.beforeDeparture", { weeks: durationText(t, deadline.weeks, "weeks") }),
    ),
  };
}

export interface ReasonView {
  outcome: Reason["outcome"];
  text: string;
}

/** One reason as a sentence: "Du bist 17: 16–30 Jahre verlangt". */
export function reasonText(t: Translate, language: Language, reason: Reason): string {
  const values: Record<string, string | number> = { ...reason.values };
  const unit = reason.values.unit as Duration["unit"] | undefined;
  if (unit) {
    values.length = durationText(t, Number(reason.values.length), unit);
    if (reason.values.min !== undefined) values.min = durationText(t, Number(reason.values.min), unit);
    if (reason.values.max !== undefined) values.max = durationText(t, Number(reason.values.max), unit);
  }
  if (reason.key === "reason.languageYears") values.years = durationText(t, Number(reason.values.years), "years");
  if (typeof reason.values.weeks === "number") values.weeks = durationText(t, reason.values.weeks, "weeks");
  if (typeof reason.values.audience === "string") values.audience = t(`programmes:audience.${reason.values.audience}`);
  if (typeof reason.values.direction === "string")
    values.direction = t(`programmes:direction.${reason.values.direction}`);
  if (typeof reason.values.language === "string")
    values.language = t(`programmes:languageName.${reason.values.language}`);
  if (typeof reason.values.applicant === "string")
    values.applicant = t(`programmes:applyVia.${reason.values.applicant}`);
  if (typeof reason.values.region === "string") values.region = t(`programmes:region.${reason.values.region}`);
  if (reason.key === "reason.partnerRegionMet") values.host = t(`programmes:region.${reason.values.host}`);
  if (reason.key === "reason.twinTownMet") {
    // Place keys ("hannover"): the town's name as written in both languages' lists of places.
    const town = (key: unknown) => String(key).replace(/^./, (first) => first.toUpperCase());
    values.home = town(reason.values.home);
    values.host = town(reason.values.host);
  }
  for (const [name, iso] of Object.entries(reason.dates ?? {})) values[name] = day(iso, language);
  return t(`programmes:${reason.key}`, values);
}

export function estimateText(t: Translate, language: Language, estimate: Estimate | null): string | null {
  if (!estimate) return null;
  const travel = estimate.travel === "none" ? "" : ` ${t(`programmes:estimate.travel.${estimate.travel}`)}`;
  switch (estimate.kind) {
    case "about":
      return (
        t("programmes:estimate.about", {
          amount: euros(estimate.amount, language),
          weeks: durationText(t, estimate.weeks, "weeks"),
        }) + travel
      );
    case "range":
      return (
        t("programmes:estimate.range", { from: euros(estimate.from, language), to: euros(estimate.to, language) }) +
        travel
      );
    case "upTo":
      return t("programmes:estimate.upTo", { amount: euros(estimate.amount, language) }) + travel;
  }
}

export interface CheckView {
  key: string;
  name: string;
  path: string;
  verdict: ProgrammeCheck["verdict"];
  reasons: ReasonView[];
  estimate: string | null;
  nextDeadline: { iso: string; text: string } | null;
  asOf: { iso: string; text: string };
  toBeChecked: boolean;
  applicant: string;
  where: string;
  link: string;
}

export function checkView(
  t: Translate,
  language: Language,
  programme: { key: string; content: ProgrammeContent; factsAsOf: string; toBeChecked: boolean },
  check: ProgrammeCheck,
): CheckView {
  return {
    key: programme.key,
    name: textIn(programme.content.name, language),
    path: `/${language}/programmes/${programme.key}`,
    verdict: check.verdict,
    reasons: check.reasons.map((reason) => ({ outcome: reason.outcome, text: reasonText(t, language, reason) })),
    estimate: estimateText(t, language, check.estimate),
    nextDeadline: check.nextDeadline ? { iso: check.nextDeadline, text: day(check.nextDeadline, language) } : null,
    asOf: { iso: programme.factsAsOf, text: day(programme.factsAsOf, language) },
    toBeChecked: programme.toBeChecked,
    applicant: t(`programmes:applicant.${programme.content.application.applicant}`),
    where: textIn(programme.content.application.where, language),
    link: programme.content.link,
  };
}

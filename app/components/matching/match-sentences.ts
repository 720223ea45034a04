/**
 * Matching's reasons and exclusions as sentences in the reader's language. Plain functions of a
 * translate function and a language, so each sentence is tested without rendering.
 */
import type { TFunction } from "i18next";
import type { MatchExclusion, MatchReason } from "~/modules/matching/match-types";
import { OCCUPATIONAL_FIELDS } from "~/modules/reference/occupational-fields";
import { dateOf } from "~/utils/calendar-days";

/**
 * A field's name from the reference list (the locale files have no field names; the database's
 * copy of this list is what the forms show, and staff rarely touch it).
 */
export function fieldName(key: string, language: string): string {
  const field = OCCUPATIONAL_FIELDS.find((candidate) => candidate.key === key);
  if (!field) return key;
  return language === "fr" ? field.fr : language === "en" ? field.en : field.de;
}

/** "May" or "May–June" for an inclusive range of YYYY-MM-DD days. */
export function monthSpan(startsOn: string, endsOn: string, language: string): string {
  const month = new Intl.DateTimeFormat(language, { month: "long", timeZone: "UTC" });
  const first = month.format(dateOf(startsOn));
  const last = month.format(dateOf(endsOn));
  return startsOn.slice(0, 7) === endsOn.slice(0, 7) ? first : `${first}–${last}`;
}

export function reasonSentence(reason: MatchReason, t: TFunction, language: string): string {
  switch (reason.kind) {
    case "fields":
      return t("matching:reasons.fields", {
        count: reason.fields.length,
        fields: new Intl.ListFormat(language, { type: "conjunction" }).format(
          reason.fields.map((key) => fieldName(key, language)),
        ),
      });
    case "overlap":
      return t("matching:reasons.overlap", {
        count: reason.weeks,
        months: monthSpan(reason.startsOn, reason.endsOn, language),
      });
    case "level":
      return t(`matching:reasons.level.${reason.language}`, { has: reason.has, required: reason.required });
    case "distance":
      // Rounded to 0 km: the offer is in that very town.
      return reason.km === 0
        ? t("matching:reasons.inPlace", { place: reason.place })
        : t("matching:reasons.distance", { km: reason.km, place: reason.place });
    case "accommodation":
      return t(`matching:reasons.accommodation.${reason.accommodation}`);
    case "fresh":
      return reason.days === 0
        ? t("matching:reasons.publishedToday")
        : t("matching:reasons.published", { count: reason.days });
  }
}

export function exclusionSentence(exclusion: MatchExclusion, t: TFunction): string {
  switch (exclusion.kind) {
    case "country":
      return t("matching:exclusions.country");
    case "field":
      return t("matching:exclusions.field");
    case "level":
      return exclusion.has === null
        ? t(`matching:exclusions.level.${exclusion.language}.missing`, { required: exclusion.required })
        : t(`matching:exclusions.level.${exclusion.language}.below`, {
            has: exclusion.has,
            required: exclusion.required,
          });
    case "age":
      return t("matching:exclusions.age", { age: exclusion.age, minAge: exclusion.minAge });
    case "minors":
      return t("matching:exclusions.minors");
    case "availability":
      return exclusion.bestWeeks === 0
        ? t("matching:exclusions.availabilityNone")
        : t("matching:exclusions.availability", {
            count: exclusion.minWeeks,
            best: t("matching:exclusions.weeks", { count: exclusion.bestWeeks }),
          });
  }
}

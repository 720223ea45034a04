/**
 * Snapshot values as staff read them, in the page's language: place and field names instead of
 * keys, dates and weekdays by Intl, hours as numbers. Pure. Stored snapshots are JSON from the
 * database, so any value of an unexpected shape is shown as it is rather than failing the page.
 */
import type { Language } from "~/modules/i18n/languages";
import type { Translate } from "~/modules/i18n/translator";
import type { SnapshotField } from "~/modules/offers/offer-snapshot";

export interface DisplayContext {
  t: Translate;
  language: Language;
  placeNames: ReadonlyMap<string, string>;
  fieldNames: ReadonlyMap<string, string>;
}

const LOCALES: Record<Language, string> = { de: "de-DE", fr: "fr-FR", en: "en-GB" };

function isoDayText(value: unknown, language: Language): string | null {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  // Calendar days: formatted in UTC, where they were stored, so no zone shifts them by a day.
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${value}T00:00:00Z`),
  );
}

function weekday(day: number, language: Language): string {
  // 2024-01-01 was a Monday: ISO weekday n falls on January n.
  return new Intl.DateTimeFormat(LOCALES[language], { weekday: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2024, 0, day)),
  );
}

function number(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 }).format(value);
}

function asIs(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

export function displayValue(field: SnapshotField, value: unknown, context: DisplayContext): string {
  const { t, language } = context;
  if (value === null || value === undefined || value === "") return t("moderation:values.empty");
  switch (field) {
    case "placeKey":
      return typeof value === "string" ? (context.placeNames.get(value) ?? value) : asIs(value);
    case "fieldKeys":
      return Array.isArray(value)
        ? value.map((key) => (typeof key === "string" ? (context.fieldNames.get(key) ?? key) : asIs(key))).join(", ")
        : asIs(value);
    case "periods":
      if (!Array.isArray(value)) return asIs(value);
      if (value.length === 0) return t("moderation:values.empty");
      return value
        .map((period: unknown) => {
          const row = (period ?? {}) as { startsOn?: unknown; endsOn?: unknown; places?: unknown };
          const start = isoDayText(row.startsOn, language);
          const end = isoDayText(row.endsOn, language);
          if (!start || !end || typeof row.places !== "number") return asIs(period);
          return t("moderation:values.period", { start, end, count: row.places });
        })
        .join("; ");
    case "minWeeks":
    case "maxWeeks":
      return typeof value === "number" ? t("moderation:values.weeks", { count: value }) : asIs(value);
    case "minAge":
      return typeof value === "number" ? t("moderation:values.years", { count: value }) : asIs(value);
    case "hoursPerDay":
    case "hoursPerWeek":
      return typeof value === "number" ? t("moderation:values.hours", { hours: number(value, language) }) : asIs(value);
    case "minorsWelcome":
      return typeof value === "boolean" ? t(value ? "moderation:values.yes" : "moderation:values.no") : asIs(value);
    case "workDays":
      return Array.isArray(value)
        ? value
            .map((day) => (typeof day === "number" && day >= 1 && day <= 7 ? weekday(day, language) : asIs(day)))
            .join(", ")
        : asIs(value);
    case "accommodation":
      return value === "NONE" || value === "HELP_FINDING" || value === "PROVIDED"
        ? t(`moderation:values.accommodation.${value}`)
        : asIs(value);
    case "allowanceEuroMonth":
      return typeof value === "number"
        ? t("moderation:values.allowance", {
            amount: new Intl.NumberFormat(LOCALES[language], { style: "currency", currency: "EUR" }).format(value),
          })
        : asIs(value);
    case "applicationDeadline":
      return isoDayText(value, language) ?? asIs(value);
    default:
      return asIs(value);
  }
}

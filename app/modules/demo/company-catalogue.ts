import type { Country } from "~/modules/reference/countries";
import type { FieldKey } from "~/modules/reference/occupational-fields";
import { LOWER_SAXONY_COMPANIES } from "./companies-lower-saxony";
import { NORMANDY_COMPANIES } from "./companies-normandy";

export type CompanySize = "MICRO" | "SMALL" | "MEDIUM" | "LARGE";

/**
 * A hand-written demo company: realistic names per country and trade, placed in a town where such
 * a business plausibly sits. `activity` continues the sentence "<name> …" in both languages.
 */
export interface CompanyBlueprint {
  name: string;
  country: Country;
  placeKey: string;
  size: CompanySize;
  /** Fields the company offers internships in, with the title variants (offer-templates) that fit it; null = all. */
  offers: Partial<Record<FieldKey, readonly number[] | null>>;
  /** Further fields an offer may be tagged with (e.g. a joinery's fitting jobs also count as construction). */
  relatedFields?: readonly FieldKey[];
  activity: { de: string; fr: string };
  /** The company describes itself in one language only (shows "only available in German/French"). */
  onlyLanguage?: "de" | "fr";
  status?: "PENDING" | "REJECTED";
  rejectionReason?: string;
  /** Email of the demo account that owns this company. */
  demoOwner?: string;
}

/** Half of the companies in each partner region; `null` in `offers` means every title variant. */
export const COMPANY_CATALOGUE: readonly CompanyBlueprint[] = [...LOWER_SAXONY_COMPANIES, ...NORMANDY_COMPANIES];

import { z } from "zod";
import { COUNTRIES, type Country } from "~/modules/reference/countries";

/**
 * The company profile form, checked in the browser and again on the server. The places come from
 * the places table (the page passes the same list to the browser), so "a place of that country"
 * is one rule in one place. The logo is a file and is checked on the server only, by content
 * (company-logo.server.ts).
 */
export const COMPANY_SIZES = ["MICRO", "SMALL", "MEDIUM", "LARGE"] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export const DESCRIPTION_MAX_LENGTH = 5000;

/** What a new company still lacks after sign-up, which only asked for name and place. */
export type MissingPart = "address" | "description" | "contact";

export interface PlaceCountry {
  key: string;
  country: Country;
}

/** The key → country list of the place select's groups (one group per country). */
export function placeCountries(
  groups: readonly { country: Country; options: readonly { value: string }[] }[],
): PlaceCountry[] {
  return groups.flatMap((group) => group.options.map((option) => ({ key: option.value, country: group.country })));
}

function text(min: number, max: number, required: string, tooLong: string) {
  return z.string({ message: required }).trim().min(min, { message: required }).max(max, { message: tooLong });
}

/** An optional text: empty means none (null), so the database never holds "". */
function optionalText(max: number, tooLong: string) {
  return z
    .string()
    .trim()
    .max(max, { message: tooLong })
    .optional()
    .transform((value) => value || null);
}

/** "www.weber.de" is what people type; it means https://www.weber.de. */
const website = z
  .string()
  .trim()
  .max(300, { message: "company:errors.websiteInvalid" })
  .optional()
  .transform((value) => (value && !/^[a-z][a-z0-9+.-]*:/i.test(value) ? `https://${value}` : value || null))
  .pipe(
    z.union([
      z.null(),
      z.url({ protocol: /^https?$/, hostname: z.regexes.domain, message: "company:errors.websiteInvalid" }),
    ]),
  );

const email = z
  .string({ message: "company:errors.contactEmailRequired" })
  .trim()
  .toLowerCase()
  .min(1, { message: "company:errors.contactEmailRequired" })
  .max(254, { message: "company:errors.contactEmailInvalid" })
  .pipe(z.email({ message: "company:errors.contactEmailInvalid" }));

function hasText(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "";
}

export function companyProfileSchema(places: readonly PlaceCountry[]) {
  const countryOf = new Map(places.map((place) => [place.key, place.country]));
  return z
    .object({
      companyId: z.guid(),
      name: text(2, 160, "company:errors.nameRequired", "company:errors.nameTooLong"),
      country: z.enum(COUNTRIES, { message: "company:errors.countryRequired" }),
      placeKey: z
        .string({ message: "company:errors.placeRequired" })
        .min(1, { message: "company:errors.placeRequired" }),
      address: text(3, 300, "company:errors.addressRequired", "company:errors.addressTooLong"),
      website,
      size: z.enum(COMPANY_SIZES, { message: "company:errors.sizeRequired" }),
      descriptionDe: optionalText(DESCRIPTION_MAX_LENGTH, "company:errors.descriptionTooLong"),
      descriptionFr: optionalText(DESCRIPTION_MAX_LENGTH, "company:errors.descriptionTooLong"),
      contactName: text(2, 120, "company:errors.contactNameRequired", "company:errors.nameTooLong"),
      contactEmail: email,
      removeLogo: z
        .literal("on")
        .optional()
        .transform((value) => value === "on"),
    })
    .superRefine((value, ctx) => {
      const placeCountry = countryOf.get(value.placeKey);
      if (placeCountry === undefined) {
        ctx.addIssue({ code: "custom", path: ["placeKey"], message: "company:errors.placeUnknown" });
      } else if (placeCountry !== value.country) {
        ctx.addIssue({ code: "custom", path: ["placeKey"], message: "company:errors.placeOtherCountry" });
      }
    })
    .refine((value) => hasText(value.descriptionDe) || hasText(value.descriptionFr), {
      path: ["descriptionDe"],
      message: "company:errors.descriptionRequired",
      // Said together with the other problems, not only once they are fixed.
      when: () => true,
    });
}

export type CompanyProfile = z.output<ReturnType<typeof companyProfileSchema>>;

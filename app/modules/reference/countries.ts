/** The two partner countries. Learners and companies each belong to one. */
export const COUNTRIES = ["DE", "FR"] as const;
export type Country = (typeof COUNTRIES)[number];

export function otherCountry(country: Country): Country {
  return country === "DE" ? "FR" : "DE";
}

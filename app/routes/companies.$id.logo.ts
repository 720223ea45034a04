import { logoLoader } from "~/modules/companies/company-logo.server";

/** A company's logo at /companies/<id>/logo (?v=<logoUpdatedAt ms> for long caching); see logoLoader. */
export const loader = logoLoader;

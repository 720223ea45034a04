/**
 * GET /api/v1/offers: the offer search for other sites and apps, with the search page's
 * parameters plus `perPage` and `lang` (the language of URLs and names; German by default).
 * Strict, so that a typo in an integration fails loudly: an unknown or malformed parameter is a
 * 400 naming it, with an English message.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { translatorFor } from "~/modules/i18n/i18n.server";
import { DEFAULT_LANGUAGE, isLanguage, type Language } from "~/modules/i18n/languages";
import { localizedName } from "~/modules/i18n/localized-name";
import { offerPath } from "~/modules/offers/offer-url";
import { loadEnv } from "~/utils/env.server";
import { logger } from "~/utils/logger.server";
import type { SearchFacets, SearchHit } from "./search-index";
import { parseStrictSearchParams, type ParamProblem } from "./search-params";
import { referenceNamesFor, resolveSearch, type ReferenceNames } from "./search-query.server";
import { searchOffers } from "./search-service.server";
import { clientAddress } from "~/modules/accounts/rate-limits.server";
import { chargeSearch } from "./search-limits.server";

export interface ApiHit {
  id: string;
  url: string;
  title: { de: string | null; fr: string | null };
  company: string;
  fields: { key: string; name: string }[];
  place: { name: string; country: "DE" | "FR"; lat: number; lon: number };
  periods: { startsOn: string; endsOn: string; places: number }[];
  languageLevel: string;
  accommodation: string;
  minorsWelcome: boolean;
}

export interface ApiAnswer {
  total: number;
  totalIsExact: boolean;
  page: number;
  hits: ApiHit[];
  facets: SearchFacets;
}

export interface ApiError {
  error: {
    code: "invalid_parameter" | "search_unavailable" | "rate_limited";
    parameter?: string;
    message: string;
  };
}

function invalid(problem: ParamProblem): Response {
  const message = translatorFor("en")(problem.message, { parameter: problem.parameter });
  const body: ApiError = { error: { code: "invalid_parameter", parameter: problem.parameter, message } };
  return Response.json(body, { status: 400, headers: { "Cache-Control": "no-store" } });
}

export function toApiHit(hit: SearchHit, language: Language, names: ReferenceNames, appUrl: string): ApiHit {
  const place = names.places.get(hit.placeKey);
  return {
    id: hit.id,
    url: `${appUrl}${offerPath(hit, language)}`,
    title: { de: hit.titleDe, fr: hit.titleFr },
    company: hit.companyName,
    fields: hit.fieldKeys.map((key) => {
      const field = names.fields.get(key);
      return { key, name: field ? localizedName(field, language) : key };
    }),
    place: {
      name: place ? localizedName(place, language) : hit.placeKey,
      country: hit.country,
      lat: hit.latitude,
      lon: hit.longitude,
    },
    periods: hit.periods.map(({ startsOn, endsOn, places }) => ({ startsOn, endsOn, places })),
    languageLevel: hit.languageLevel,
    accommodation: hit.accommodation,
    minorsWelcome: hit.minorsWelcome,
  };
}

export async function offersApiLoader({ request }: LoaderFunctionArgs): Promise<Response> {
  const waitMs = await chargeSearch("api", clientAddress(request));
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    const body: ApiError = {
      error: { code: "rate_limited", message: `Too many requests from this address; try again in ${seconds} s.` },
    };
    return Response.json(body, {
      status: 429,
      headers: { "Cache-Control": "no-store", "Retry-After": String(seconds) },
    });
  }
  const params = new URL(request.url).searchParams;
  const lang = params.get("lang") || DEFAULT_LANGUAGE;
  if (!isLanguage(lang) || params.getAll("lang").length > 1)
    return invalid({ parameter: "lang", message: "search:problems.lang" });
  const parsed = parseStrictSearchParams(params, ["lang"]);
  if (!parsed.ok) return invalid(parsed.problem);
  const resolved = await resolveSearch(parsed.request);
  if (!resolved.ok) return invalid(resolved.problem);

  let result;
  try {
    result = await searchOffers(resolved.query);
  } catch (error) {
    logger.error({ err: error }, "offer search failed");
    const body: ApiError = { error: { code: "search_unavailable", message: "The search is unavailable; try again." } };
    return Response.json(body, { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "30" } });
  }
  const names = await referenceNamesFor(result.hits);
  const appUrl = loadEnv().APP_URL;
  const body: ApiAnswer = {
    total: result.total,
    totalIsExact: result.totalIsExact,
    page: result.page,
    hits: result.hits.map((hit) => toApiHit(hit, lang, names, appUrl)),
    facets: result.facets,
  };
  return Response.json(body, { headers: { "Cache-Control": "public, max-age=60" } });
}

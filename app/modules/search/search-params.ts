/**
 * The offer search as URL parameters, for the search page, the API and saved searches:
 * `?q=mechatronik&fields=metal&fields=it&place=hannover&radius=50&sort=distance&page=2`.
 * Parsing is pure; the place stays a key here and gets its coordinates on the server
 * (search-query.server.ts). `toSearchParams` writes what `parseSearchParams` reads, so every
 * link the page builds (chips, pagination, sort) round-trips.
 */
import { z } from "zod";
import { CEFR_LEVELS, type CefrLevel } from "~/modules/reference/cefr";
import { OCCUPATIONAL_FIELDS } from "~/modules/reference/occupational-fields";
import {
  EXACT_TOTAL_LIMIT,
  MAX_PER_PAGE,
  SORTS,
  type AccommodationKind,
  type Country,
  type SearchSort,
} from "./search-index";

import {
  ACCOMMODATION_KINDS,
  COUNTRY_CODES,
  DEFAULT_REQUEST,
  MAX_RADIUS_KM,
  MAX_TEXT_LENGTH,
  SEARCH_PARAMETERS,
  type ParamProblem,
  type SearchParameter,
  type SearchRequest,
} from "./search-request";

export * from "./search-request";

const REPEATABLE = new Set<SearchParameter>(["fields", "country", "accommodation"]);
const FIELD_KEYS = OCCUPATIONAL_FIELDS.map((field) => field.key) as [string, ...string[]];
const message = (parameter: SearchParameter) => `search:problems.${parameter}`;

/** A real calendar day written YYYY-MM-DD (rejects 2026-02-30). */
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const day = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
  });

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/** One schema per value of each parameter; a repeatable parameter applies it to every value. */
const VALUE_SCHEMAS = {
  q: z.string().max(MAX_TEXT_LENGTH),
  fields: z.enum(FIELD_KEYS),
  country: z
    .string()
    .transform((value) => value.toUpperCase())
    .pipe(z.enum(COUNTRY_CODES)),
  place: z.string().regex(/^[a-z0-9-]{1,60}$/),
  radius: wholeNumber(1, MAX_RADIUS_KM),
  level: z
    .string()
    .transform((value) => value.toUpperCase())
    .pipe(z.enum(CEFR_LEVELS)),
  from: isoDay,
  to: isoDay,
  weeks: wholeNumber(1, 52),
  accommodation: z
    .string()
    .transform((value) => value.toUpperCase())
    .pipe(z.enum(ACCOMMODATION_KINDS)),
  minors: z.enum(["yes", "no"]),
  sort: z.enum(SORTS),
  page: wholeNumber(1, EXACT_TOTAL_LIMIT),
  perPage: wholeNumber(1, MAX_PER_PAGE),
} satisfies Record<SearchParameter, z.ZodType>;

export interface ParseOptions {
  /**
   * "strict" (API): an unknown or repeated parameter is a problem. "lenient" (page): unknown
   * parameters are ignored, and so is `perPage`, which the page does not offer.
   */
  mode: "strict" | "lenient";
  /** More parameter names the caller handles itself (the API's `lang`). */
  allow?: readonly string[];
}

export interface ParsedSearch {
  /** The search, with every problematic parameter left out. */
  request: SearchRequest;
  /** Every problem, in the order of SEARCH_PARAMETERS (unknown parameters first). */
  problems: ParamProblem[];
}

/**
 * Reads a search from URL parameters. Empty values count as absent: a form without JavaScript
 * sends every field, filled or not. Each problem drops its parameter and is reported; callers
 * that must refuse (the API) take the first.
 */
export function parseSearchParams(params: URLSearchParams, options: ParseOptions): ParsedSearch {
  const strict = options.mode === "strict";
  const known = new Set<string>([...SEARCH_PARAMETERS, ...(options.allow ?? [])]);
  const problems: ParamProblem[] = [];
  const values = new Map<SearchParameter, string[]>();

  for (const [name, raw] of params) {
    if (!known.has(name)) {
      if (strict && !problems.some((problem) => problem.parameter === name))
        problems.push({ parameter: name, message: "search:problems.unknown" });
      continue;
    }
    if (!(SEARCH_PARAMETERS as readonly string[]).includes(name)) continue;
    const parameter = name as SearchParameter;
    if (parameter === "perPage" && !strict) continue;
    // "fields=metal,it" is read like "fields=metal&fields=it".
    const parts = REPEATABLE.has(parameter) ? raw.split(",") : [raw];
    const list = values.get(parameter) ?? [];
    list.push(...parts.map((part) => part.trim()).filter((part) => part !== ""));
    values.set(parameter, list);
  }

  const parsed = new Map<SearchParameter, unknown[]>();
  for (const parameter of SEARCH_PARAMETERS) {
    const list = values.get(parameter) ?? [];
    if (list.length === 0) continue;
    if (list.length > 1 && !REPEATABLE.has(parameter) && strict) {
      problems.push({ parameter, message: "search:problems.repeated" });
      continue;
    }
    const items = REPEATABLE.has(parameter) ? [...new Set(list)] : list.slice(0, 1);
    const results = items.map((item) => VALUE_SCHEMAS[parameter].safeParse(item));
    if (results.some((result) => !result.success)) {
      problems.push({ parameter, message: message(parameter) });
      continue;
    }
    parsed.set(
      parameter,
      results.map((result) => result.data),
    );
  }

  const one = <T>(parameter: SearchParameter): T | null => (parsed.get(parameter)?.[0] as T | undefined) ?? null;
  const all = <T>(parameter: SearchParameter): T[] => [...new Set((parsed.get(parameter) ?? []) as T[])];
  const request: SearchRequest = {
    text: one<string>("q")?.trim() ?? "",
    fields: all<string>("fields"),
    countries: all<Country>("country"),
    place: one<string>("place"),
    radiusKm: one<number>("radius"),
    level: one<CefrLevel>("level"),
    availableFrom: one<string>("from"),
    availableTo: one<string>("to"),
    weeks: one<number>("weeks"),
    accommodation: all<AccommodationKind>("accommodation"),
    minorsWelcome: one<string>("minors") === null ? null : one<string>("minors") === "yes",
    sort: one<SearchSort>("sort") ?? DEFAULT_REQUEST.sort,
    page: one<number>("page") ?? 1,
    perPage: one<number>("perPage") ?? DEFAULT_REQUEST.perPage,
  };

  // Rules between parameters; each drops the parameter that cannot stand.
  if (request.radiusKm !== null && request.place === null) {
    problems.push({ parameter: "radius", message: "search:problems.radiusWithoutPlace" });
    request.radiusKm = null;
  }
  if (request.availableFrom && request.availableTo && request.availableTo < request.availableFrom) {
    problems.push({ parameter: "to", message: "search:problems.toBeforeFrom" });
    request.availableTo = null;
  }
  if (request.sort === "distance" && request.place === null) {
    problems.push({ parameter: "sort", message: "search:problems.distanceWithoutPlace" });
    request.sort = DEFAULT_REQUEST.sort;
  }
  if (request.page * request.perPage > EXACT_TOTAL_LIMIT) {
    problems.push({ parameter: "page", message: "search:problems.pageBeyondLimit" });
    request.page = 1;
  }

  const order = (problem: ParamProblem) => {
    const index = (SEARCH_PARAMETERS as readonly string[]).indexOf(problem.parameter);
    return index === -1 ? -1 : index;
  };
  problems.sort((a, b) => order(a) - order(b));
  return { request, problems };
}

/** The API's reading: the search, or the first problem to refuse it with. */
export function parseStrictSearchParams(
  params: URLSearchParams,
  allow: readonly string[] = [],
): { ok: true; request: SearchRequest } | { ok: false; problem: ParamProblem } {
  const { request, problems } = parseSearchParams(params, { mode: "strict", allow });
  const [problem] = problems;
  return problem ? { ok: false, problem } : { ok: true, request };
}

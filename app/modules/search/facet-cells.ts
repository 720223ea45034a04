import { CEFR_LEVELS } from "~/modules/reference/cefr";
import { FIELD_KEYS, fieldBits } from "~/modules/reference/occupational-fields";
import { FACET_GROUPS, type FacetGroup, type SearchFacets, type SearchQuery } from "./search-index";

/**
 * Facet counts from "cells": the PostgreSQL adapter groups the matching offers by one integer
 * that packs every faceted value (fields, country, level, accommodation, minors), read from a
 * small index, and this pure code turns the few thousand (key, count) pairs into each facet,
 * counted with every other group's filter but not its own. Counting fifty FILTER expressions
 * over every matching row in SQL took several times longer (npm run bench:search).
 *
 *   bits 0–20  occupational fields (FIELD_KEYS order)   bit 21     country is FR
 *   bits 22–24 level rank (A1 = 0 … C2 = 5)             bits 25–26 accommodation (NONE, HELP_FINDING, PROVIDED)
 *   bit 27     minors welcome
 */
export const ACCOMMODATION_CODES = ["NONE", "HELP_FINDING", "PROVIDED"] as const;

/** The same packing in SQL, for the stored generated column of the search table. */
export const FACET_KEY_SQL = `(field_bits | ((country = 'FR')::int << 21) | (level::int << 22)
  | ((CASE accommodation WHEN 'NONE' THEN 0 WHEN 'HELP_FINDING' THEN 1 ELSE 2 END) << 25)
  | (minors_welcome::int << 27))`;

export interface FacetCell {
  fields: number;
  country: "DE" | "FR";
  level: number;
  accommodation: (typeof ACCOMMODATION_CODES)[number];
  minorsWelcome: boolean;
  count: number;
}

export function decodeFacetKey(key: number, count: number): FacetCell {
  return {
    fields: key & ((1 << 21) - 1),
    country: key & (1 << 21) ? "FR" : "DE",
    level: (key >> 22) & 0b111,
    accommodation: ACCOMMODATION_CODES[(key >> 25) & 0b11] ?? "PROVIDED",
    minorsWelcome: (key & (1 << 27)) !== 0,
    count,
  };
}

/** "key count,key count,…" as the adapter's query aggregates them into one row. */
export function parseFacetCells(text: string): FacetCell[] {
  if (!text) return [];
  return text.split(",").map((pair) => {
    const [key = "0", count = "0"] = pair.split(" ");
    return decodeFacetKey(Number(key), Number(count));
  });
}

/** Each facet group's own filter, as the query sets it (null: no filter on that group). */
function groupFilters(query: SearchQuery): Record<FacetGroup, ((cell: FacetCell) => boolean) | null> {
  const wantedFields = fieldBits(query.fields);
  const highest = query.level ? CEFR_LEVELS.indexOf(query.level) : null;
  const minors = query.minorsWelcome;
  return {
    fields: query.fields.length > 0 ? (cell) => (cell.fields & wantedFields) !== 0 : null,
    countries: query.countries.length > 0 ? (cell) => query.countries.includes(cell.country) : null,
    levels: highest === null ? null : (cell) => cell.level <= highest,
    accommodation: query.accommodation.length > 0 ? (cell) => query.accommodation.includes(cell.accommodation) : null,
    minorsWelcome: minors === null ? null : (cell) => cell.minorsWelcome === minors,
  };
}

export function countFacets(cells: readonly FacetCell[], query: SearchQuery): { total: number; facets: SearchFacets } {
  const filters = groupFilters(query);
  const facets: SearchFacets = {
    fields: {},
    countries: {},
    levels: {},
    accommodation: {},
    minorsWelcome: { yes: 0, no: 0 },
  };
  const add = (record: Record<string, number>, key: string, count: number) => {
    record[key] = (record[key] ?? 0) + count;
  };
  let total = 0;
  for (const cell of cells) {
    const failing = FACET_GROUPS.filter((group) => filters[group] && !filters[group](cell));
    // A cell counts for a group's facet when every other group's filter lets it through.
    if (failing.length === 0) total += cell.count;
    const countsFor = (group: FacetGroup) => failing.length === 0 || (failing.length === 1 && failing[0] === group);
    if (countsFor("fields")) {
      FIELD_KEYS.forEach((key, bit) => {
        if (cell.fields & (1 << bit)) add(facets.fields, key, cell.count);
      });
    }
    if (countsFor("countries")) add(facets.countries, cell.country, cell.count);
    if (countsFor("levels")) add(facets.levels, CEFR_LEVELS[cell.level] ?? "C2", cell.count);
    if (countsFor("accommodation")) add(facets.accommodation, cell.accommodation, cell.count);
    if (countsFor("minorsWelcome")) facets.minorsWelcome[cell.minorsWelcome ? "yes" : "no"] += cell.count;
  }
  return { total, facets };
}

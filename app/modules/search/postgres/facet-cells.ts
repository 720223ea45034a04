import { CEFR_LEVELS } from "~/modules/reference/cefr";
import { FIELD_KEYS, fieldBits } from "~/modules/reference/occupational-fields";
import type { FacetGroup, SearchFacets, SearchQuery } from "~/modules/search/search-index";

/**
 * Facet counts from "cells": the PostgreSQL adapter groups the matching offers by one integer
 * that packs every faceted value (fields, country, level, accommodation, minors), stored in the
 * search table's narrow row and in a small index, and this pure code turns the few thousand (key, count) pairs into each facet,
 * counted with every other group's filter but not its own. Counting fifty FILTER expressions
 * over every matching row in SQL took several times longer (npm run bench:search).
 *
 *   bits 0–20  occupational fields (FIELD_KEYS order)   bit 21     country is FR
 *   bits 22–24 level rank (A1 = 0 … C2 = 5)             bits 25–26 accommodation (NONE, HELP_FINDING, PROVIDED)
 *   bit 27     minors welcome
 */
export const ACCOMMODATION_CODES = ["NONE", "HELP_FINDING", "PROVIDED"] as const;

/** Where each value sits in the key; the SQL filters on the key (postgres-search-sql.ts) use these too. */
export const FACET_SHIFT = { country: 21, level: 22, accommodation: 25, minors: 27 } as const;
export const FIELD_MASK = (1 << FACET_SHIFT.country) - 1;

/** The key of one offer, stored with it in the search table. */
export function encodeFacetKey(offer: {
  fieldBits: number;
  country: "DE" | "FR";
  level: number;
  accommodation: string;
  minorsWelcome: boolean;
}): number {
  const accommodation = Math.max(0, ACCOMMODATION_CODES.indexOf(offer.accommodation as FacetCell["accommodation"]));
  return (
    (offer.fieldBits & FIELD_MASK) |
    ((offer.country === "FR" ? 1 : 0) << FACET_SHIFT.country) |
    ((offer.level & 0b111) << FACET_SHIFT.level) |
    (accommodation << FACET_SHIFT.accommodation) |
    ((offer.minorsWelcome ? 1 : 0) << FACET_SHIFT.minors)
  );
}

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
    fields: key & FIELD_MASK,
    country: key & (1 << FACET_SHIFT.country) ? "FR" : "DE",
    level: (key >> FACET_SHIFT.level) & 0b111,
    accommodation: ACCOMMODATION_CODES[(key >> FACET_SHIFT.accommodation) & 0b11] ?? "PROVIDED",
    minorsWelcome: (key & (1 << FACET_SHIFT.minors)) !== 0,
    count,
  };
}

/** The (key, count) pairs of a search, side by side. */
export interface FacetCells {
  keys: number[];
  counts: number[];
}

/**
 * "key count,key count,…" as the adapter's query aggregates them into one row. Read digit by
 * digit: a common word gives about ten thousand cells, and splitting them into strings and
 * objects took longer than the count itself.
 */
export function parseFacetCells(text: string): FacetCells {
  const keys: number[] = [];
  const counts: number[] = [];
  let value = 0;
  for (let at = 0; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : 44;
    if (code >= 48 && code <= 57) {
      value = value * 10 + (code - 48);
    } else if (code === 32) {
      keys.push(value);
      value = 0;
    } else if (code === 44 && at > 0) {
      counts.push(value);
      value = 0;
    }
  }
  return { keys, counts };
}

const GROUP_BIT: Record<FacetGroup, number> = {
  fields: 1,
  countries: 2,
  levels: 4,
  accommodation: 8,
  minorsWelcome: 16,
};

/** Which groups' filters a cell fails, as bits of GROUP_BIT (0: it passes them all). */
function failingGroups(query: SearchQuery): (key: number) => number {
  const wantedFields = fieldBits(query.fields);
  const countries = (query.countries.includes("DE") ? 1 : 0) | (query.countries.includes("FR") ? 2 : 0);
  const highest = query.level ? CEFR_LEVELS.indexOf(query.level) : null;
  const accommodation = query.accommodation.reduce((mask, kind) => mask | (1 << ACCOMMODATION_CODES.indexOf(kind)), 0);
  const minors = query.minorsWelcome === null ? null : query.minorsWelcome ? 1 : 0;
  return (key) => {
    let failing = 0;
    if (wantedFields !== 0 && (key & wantedFields) === 0) failing |= GROUP_BIT.fields;
    if (countries !== 0 && ((countries >> ((key >> FACET_SHIFT.country) & 1)) & 1) === 0)
      failing |= GROUP_BIT.countries;
    if (highest !== null && ((key >> FACET_SHIFT.level) & 0b111) > highest) failing |= GROUP_BIT.levels;
    if (accommodation !== 0 && ((accommodation >> ((key >> FACET_SHIFT.accommodation) & 0b11)) & 1) === 0) {
      failing |= GROUP_BIT.accommodation;
    }
    if (minors !== null && ((key >> FACET_SHIFT.minors) & 1) !== minors) failing |= GROUP_BIT.minorsWelcome;
    return failing;
  };
}

const bump = (counts: number[], index: number, count: number) => {
  counts[index] = (counts[index] ?? 0) + count;
};

/** Nonzero counts as a record, in the order of the names. */
function record(names: readonly string[], counts: number[]): Record<string, number> {
  const result: Record<string, number> = {};
  names.forEach((name, index) => {
    if (counts[index]) result[name] = counts[index];
  });
  return result;
}

export function countFacets(cells: FacetCells, query: SearchQuery): { total: number; facets: SearchFacets } {
  const failingOf = failingGroups(query);
  const fields = new Array<number>(FIELD_KEYS.length).fill(0);
  const countries = [0, 0];
  const levels = new Array<number>(CEFR_LEVELS.length).fill(0);
  const accommodation = [0, 0, 0];
  const minors = [0, 0];
  let total = 0;
  for (let cell = 0; cell < cells.keys.length; cell++) {
    const key = cells.keys[cell] ?? 0;
    const count = cells.counts[cell] ?? 0;
    const failing = failingOf(key);
    if (failing === 0) total += count;
    // A cell counts for a group's facet when every other group's filter lets it through.
    if ((failing & ~GROUP_BIT.fields) === 0) {
      for (let bits = key & FIELD_MASK; bits !== 0; bits &= bits - 1)
        bump(fields, 31 - Math.clz32(bits & -bits), count);
    }
    if ((failing & ~GROUP_BIT.countries) === 0) bump(countries, (key >> FACET_SHIFT.country) & 1, count);
    if ((failing & ~GROUP_BIT.levels) === 0) bump(levels, Math.min(5, (key >> FACET_SHIFT.level) & 0b111), count);
    if ((failing & ~GROUP_BIT.accommodation) === 0)
      bump(accommodation, Math.min(2, (key >> FACET_SHIFT.accommodation) & 0b11), count);
    if ((failing & ~GROUP_BIT.minorsWelcome) === 0) bump(minors, (key >> FACET_SHIFT.minors) & 1, count);
  }
  return {
    total,
    facets: {
      fields: record(FIELD_KEYS, fields),
      countries: record(["DE", "FR"], countries),
      levels: record(CEFR_LEVELS, levels),
      accommodation: record(ACCOMMODATION_CODES, accommodation),
      minorsWelcome: { yes: minors[1] ?? 0, no: minors[0] ?? 0 },
    },
  };
}

/** Matches that pass every filter and are in one of these fields (the hit query's tier 1). */
export function countInFields(cells: FacetCells, query: SearchQuery, fields: number): number {
  if (fields === 0) return 0;
  const failingOf = failingGroups(query);
  let count = 0;
  cells.keys.forEach((key, cell) => {
    if ((key & fields) !== 0 && failingOf(key) === 0) count += cells.counts[cell] ?? 0;
  });
  return count;
}

import { ageOn } from "~/modules/accounts/age";
import { PUBLIC_OFFER } from "~/modules/offers/offer-workflow";
import { otherCountry } from "~/modules/reference/countries";
import { db } from "~/utils/db.server";
import { isoDay, mergeWindows } from "./match-dates";
import { studentLevelIn } from "./match-score";
import type { MatchOffer, MatchStudent } from "./match-types";

/**
 * The public offers a student might be eligible for, in one query returning compact rows; SQL
 * applies the hard constraints only loosely and matchOffer decides. What each row leaves out
 * cannot change matchOffer's answer for an eligible offer: only the fields the student shares
 * (the rest never count), only the periods giving minWeeks inside a window (the best period is
 * one of them), no place name (reasons name the student's place). Age is checked on the last day
 * the student is free, the oldest they can be.
 *
 * Measured on 100,000 offers (npm run bench:match): no aggregate is ordered, as per-group sorts
 * cost more than the rest of the query, and matchOffer does not depend on the order; fields and
 * periods come as plain text, as node-postgres parses arrays and timestamps many times slower
 * than String.split. The public-offer filter is PUBLIC_OFFER's, written in as literals so that a
 * partial index on published offers can serve it.
 */
const literal = (value: string) => {
  if (!/^[A-Z_]+$/.test(value)) throw new Error(`not an enum value: ${value}`);
  return `'${value}'`;
};

const CANDIDATES_SQL = `
  WITH shared AS (
    SELECT offer_id, string_agg(field_key, ',') AS fields FROM offer_field
    WHERE field_key = ANY($2::text[]) GROUP BY offer_id
  )
  SELECT o.id::text AS id, o.language_level::text AS level, o.minors_welcome AS minors, o.min_age,
    o.min_weeks, o.max_weeks, o.accommodation::text AS accommodation, p.latitude, p.longitude,
    to_char(o.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS published_at,
    s.fields, pe.periods
  FROM shared s
  JOIN offer o ON o.id = s.offer_id
  JOIN place p ON p.id = o.place_id
  JOIN company c ON c.id = o.company_id
  CROSS JOIN LATERAL (
    SELECT string_agg(op.id::text || ' ' || op.starts_on::text || ' ' || op.ends_on::text, ',') AS periods
    FROM offer_period op
    WHERE op.offer_id = o.id AND op.ends_on >= $5::date
      AND EXISTS (
        SELECT 1 FROM unnest($6::date[], $7::date[]) AS w(s, e)
        WHERE LEAST(op.ends_on, w.e) - GREATEST(op.starts_on, w.s) + 1 >= o.min_weeks * 7 - 2
      )
  ) pe
  WHERE o.status = ${literal(PUBLIC_OFFER.status)} AND c.status = ${literal(PUBLIC_OFFER.company.status)}
    AND p.country = $1::"Country"
    AND o.language_level <= $3::"CefrLevel"
    AND o.min_age <= $4::int AND (o.minors_welcome OR $4::int >= 18)
    AND pe.periods IS NOT NULL`;

interface CandidateRow {
  id: string;
  level: MatchOffer["languageLevel"];
  minors: boolean;
  min_age: number;
  min_weeks: number;
  max_weeks: number;
  accommodation: MatchOffer["accommodation"];
  latitude: number;
  longitude: number;
  published_at: string | null;
  /** Comma-separated field keys. */
  fields: string;
  /** "id startsOn endsOn", comma-separated. */
  periods: string;
}

export async function candidateOffers(student: MatchStudent, today: string): Promise<MatchOffer[]> {
  const country = otherCountry(student.country);
  const level = studentLevelIn(student, country);
  // Windows start today at the earliest: the SQL needs no separate check for periods under way.
  const windows = mergeWindows(student.availability, today);
  const last = windows.at(-1);
  if (level === null || student.fields.length === 0 || !last) return [];
  const rows = await db().$queryRawUnsafe<CandidateRow[]>(
    CANDIDATES_SQL,
    country,
    [...student.fields],
    level,
    ageOn(student.birthDate, isoDay(last.end)),
    today,
    windows.map((window) => isoDay(window.start)),
    windows.map((window) => isoDay(window.end)),
  );
  return rows.map((row) => ({
    id: row.id,
    country,
    fields: row.fields.split(","),
    languageLevel: row.level,
    minorsWelcome: row.minors,
    minAge: row.min_age,
    minWeeks: row.min_weeks,
    maxWeeks: row.max_weeks,
    periods: row.periods.split(",").map((period) => {
      const [id = "", startsOn = "", endsOn = ""] = period.split(" ");
      return { id, startsOn, endsOn };
    }),
    place: { name: "", latitude: row.latitude, longitude: row.longitude },
    accommodation: row.accommodation,
    publishedAt: row.published_at,
  }));
}

import { PUBLIC_OFFER } from "~/modules/offers/offer-workflow";
import { CEFR_LEVELS } from "~/modules/reference/cefr";
import type { Country } from "~/modules/reference/countries";
import { fieldBits } from "~/modules/reference/occupational-fields";
import { db } from "~/utils/db.server";
import type { MatchOffer } from "./match-types";

/**
 * The matching facts of every public offer, held in memory by each web process, so that a
 * student's recommendations score all of them without asking the database for thousands of
 * rows (ADR 9: one compact row per offer; 100,000 offers take some tens of MB).
 *
 * Fresh enough by construction: before each use, one indexed query asks which offers (or their
 * companies) changed since the last look, minus a look-back of 30 seconds that covers slow
 * transactions and the clocks of other servers; offers whose change is new to us are read again,
 * and dropped when no longer public.
 * Every few minutes everything is read again, which also forgets deleted offers. Pages that show
 * an offer read it from the database, so a moment of staleness can only change a ranking.
 */
const FULL_RELOAD_MS = 10 * 60_000;
const LOOK_BACK_MS = 30_000;

const literal = (value: string) => {
  if (!/^[A-Z_]+$/.test(value)) throw new Error(`not an enum value: ${value}`);
  return `'${value}'`;
};

/** When an offer or its company last changed, in ms: what tells a new change from one already read. */
const VERSION = "(extract(epoch FROM greatest(o.updated_at, c.updated_at)) * 1000)::float8";

// Fields and periods come as plain text: node-postgres parses arrays and dates many times slower
// than String.split, which counts when 100,000 rows are read.
const OFFERS_SQL = `
  SELECT o.id::text AS id, p.country::text AS country, o.language_level::text AS level,
    o.minors_welcome AS minors, o.min_age, o.min_weeks, o.max_weeks, o.accommodation::text AS accommodation,
    p.latitude, p.longitude, ${VERSION} AS version,
    to_char(o.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS published_at,
    (SELECT string_agg(f.field_key, ',') FROM offer_field f WHERE f.offer_id = o.id) AS fields,
    (SELECT string_agg(op.id::text || ' ' || op.starts_on::text || ' ' || op.ends_on::text, ',')
       FROM offer_period op WHERE op.offer_id = o.id) AS periods
  FROM offer o
  JOIN company c ON c.id = o.company_id
  JOIN place p ON p.id = o.place_id
  WHERE o.status = ${literal(PUBLIC_OFFER.status)} AND c.status = ${literal(PUBLIC_OFFER.company.status)}`;

// Two halves, so that each can use its own table's index on updated_at.
const CHANGED_SQL = `
  WITH changed AS (
    SELECT o.id, ${VERSION} AS version FROM offer o JOIN company c ON c.id = o.company_id WHERE o.updated_at > $1
    UNION
    SELECT o.id, ${VERSION} FROM company c JOIN offer o ON o.company_id = c.id WHERE c.updated_at > $1
  )
  SELECT statement_timestamp() AS checked_at,
    coalesce(string_agg(id::text || ' ' || version::text, ','), '') AS changes
  FROM changed`;

interface OfferRow {
  id: string;
  country: Country;
  level: MatchOffer["languageLevel"];
  minors: boolean;
  min_age: number;
  min_weeks: number;
  max_weeks: number;
  accommodation: MatchOffer["accommodation"];
  latitude: number;
  longitude: number;
  published_at: string | null;
  version: number;
  fields: string | null;
  periods: string | null;
}

/** An offer as matching reads it, with its fields as bits and its level as a rank for a quick first look. */
export interface PublicMatchOffer extends MatchOffer {
  fieldBits: number;
  levelRank: number;
}

function toPublicMatchOffer(row: OfferRow): PublicMatchOffer {
  const fields = row.fields ? row.fields.split(",") : [];
  return {
    fieldBits: fieldBits(fields),
    levelRank: CEFR_LEVELS.indexOf(row.level),
    id: row.id,
    country: row.country,
    fields,
    languageLevel: row.level,
    minorsWelcome: row.minors,
    minAge: row.min_age,
    minWeeks: row.min_weeks,
    maxWeeks: row.max_weeks,
    periods: (row.periods ? row.periods.split(",") : []).map((period) => {
      const [id = "", startsOn = "", endsOn = ""] = period.split(" ");
      return { id, startsOn, endsOn };
    }),
    // Reasons name the student's place, never the offer's: no name is kept here.
    place: { name: "", latitude: row.latitude, longitude: row.longitude },
    accommodation: row.accommodation,
    publishedAt: row.published_at,
  };
}

class PublicOfferCache {
  private offers = new Map<string, PublicMatchOffer>();
  /** The version last read of every offer seen, public or not. */
  private versions = new Map<string, number>();
  private loadedAt = 0;
  private checkedAt: Date | null = null;
  private refreshing: Promise<void> | null = null;

  /** Every public offer as of now; callers at the same moment share one refresh. */
  async all(): Promise<Iterable<PublicMatchOffer>> {
    this.refreshing ??= this.refresh().finally(() => {
      this.refreshing = null;
    });
    await this.refreshing;
    return this.offers.values();
  }

  private async refresh(): Promise<void> {
    if (!this.checkedAt || Date.now() - this.loadedAt > FULL_RELOAD_MS) return this.loadAll();
    const since = new Date(this.checkedAt.getTime() - LOOK_BACK_MS);
    const [changed] = await db().$queryRawUnsafe<{ checked_at: Date; changes: string }[]>(CHANGED_SQL, since);
    if (!changed) return;
    const fresh = new Map<string, number>();
    for (const change of changed.changes ? changed.changes.split(",") : []) {
      const [id = "", version = ""] = change.split(" ");
      if (this.versions.get(id) !== Number(version)) fresh.set(id, Number(version));
    }
    if (fresh.size > 0) {
      const ids = [...fresh.keys()];
      const rows = await db().$queryRawUnsafe<OfferRow[]>(`${OFFERS_SQL} AND o.id = ANY($1::uuid[])`, ids);
      for (const id of ids) this.offers.delete(id);
      for (const [id, version] of fresh) this.versions.set(id, version);
      for (const row of rows) this.offers.set(row.id, toPublicMatchOffer(row));
    }
    this.checkedAt = changed.checked_at;
  }

  private async loadAll(): Promise<void> {
    const [{ checked_at: checkedAt } = { checked_at: new Date() }] = await db().$queryRawUnsafe<{ checked_at: Date }[]>(
      "SELECT statement_timestamp() AS checked_at",
    );
    const rows = await db().$queryRawUnsafe<OfferRow[]>(OFFERS_SQL);
    this.offers = new Map(rows.map((row) => [row.id, toPublicMatchOffer(row)]));
    this.versions = new Map(rows.map((row) => [row.id, row.version]));
    this.loadedAt = Date.now();
    this.checkedAt = checkedAt;
  }
}

let cache = new PublicOfferCache();

/** Every public offer's matching facts (see above for how fresh). */
export function publicMatchOffers(): Promise<Iterable<PublicMatchOffer>> {
  return cache.all();
}

/** For tests whose database was emptied under the process's feet: the next use reads everything. */
export function forgetPublicMatchOffers(): void {
  cache = new PublicOfferCache();
}

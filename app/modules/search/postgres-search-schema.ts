import { FACET_KEY_SQL } from "./facet-cells";
/**
 * What the PostgreSQL search adapter keeps in the database, next to the application's tables
 * (all names start with `search_`, which the schema drift check leaves alone; ADR 8). The adapter
 * owns these objects the way Meilisearch owns its settings: `prepare()` creates them, a rebuild
 * creates a fresh table and renames it into place.
 *
 * - Text-search configurations `search_de`, `search_fr`: German and French stemming after
 *   unaccent, so "École" and "ecole" meet; `search_simple`: unaccented whole words, for prefixes,
 *   names and the word list.
 * - `search_offer`: one row per public offer, with a weighted tsvector (title A, occupational
 *   fields B, description C, company D) in all three configurations, so a French word finds a
 *   German offer through the field names and synonyms; occupational fields as bits of FIELD_KEYS.
 * - `search_word`: every indexed word, with a trigram index, for typo tolerance and "did you mean".
 * - `search_synonym`: word → words that mean the same.
 */
export const TEXT_SEARCH_CONFIGS = `
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'search_de') THEN
    CREATE TEXT SEARCH CONFIGURATION search_de (COPY = german);
    ALTER TEXT SEARCH CONFIGURATION search_de
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, german_stem;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'search_fr') THEN
    CREATE TEXT SEARCH CONFIGURATION search_fr (COPY = french);
    ALTER TEXT SEARCH CONFIGURATION search_fr
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'search_simple') THEN
    CREATE TEXT SEARCH CONFIGURATION search_simple (COPY = simple);
    ALTER TEXT SEARCH CONFIGURATION search_simple
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
  END IF;
END $$`;

/**
 * The offer table under a given name (the live one, or a fresh one during a rebuild). Counting
 * and ranking tens of thousands of matches must read as little as possible, so the row itself is
 * narrow: filter and facet values (occupational fields as bits, see FIELD_BITS), the title's
 * small text vector for ranking, the company's. Everything large lives out of line (storage
 * EXTERNAL with a 128-byte toast target) and is read only through the GIN index (`doc`) or for
 * the twenty hits of a page (`card`).
 */
export function offerTableDdl(table: string): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${table} (
      id uuid PRIMARY KEY,
      field_bits integer NOT NULL,
      country text NOT NULL,
      level smallint NOT NULL,
      min_weeks smallint NOT NULL,
      max_weeks smallint NOT NULL,
      accommodation text NOT NULL,
      minors_welcome boolean NOT NULL,
      latitude double precision NOT NULL,
      longitude double precision NOT NULL,
      first_start date,
      published_at timestamptz NOT NULL,
      period_ranges datemultirange NOT NULL,
      head tsvector NOT NULL,
      company tsvector NOT NULL,
      card jsonb NOT NULL,
      doc tsvector NOT NULL
    ) WITH (toast_tuple_target = 128)`,
    // As ALTER rather than in CREATE TABLE, which accepts STORAGE only from PostgreSQL 16.
    // The small vectors stay in the row uncompressed (PLAIN), read for every match when ranking.
    `ALTER TABLE ${table} ALTER COLUMN card SET STORAGE EXTERNAL, ALTER COLUMN doc SET STORAGE EXTERNAL,
       ALTER COLUMN head SET STORAGE PLAIN, ALTER COLUMN company SET STORAGE PLAIN,
       ALTER COLUMN period_ranges SET STORAGE PLAIN`,
    // Every faceted value packed in one integer (facet-cells.ts), kept by PostgreSQL itself; added
    // this way so that a table made before it gets it at the next start.
    `ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS facet_key integer GENERATED ALWAYS AS ${FACET_KEY_SQL} STORED`,
  ];
}

/** Indexes, created after a bulk load (much faster than keeping them up to date row by row). */
export function offerIndexDdl(table: string): string[] {
  return [
    `CREATE INDEX IF NOT EXISTS ${table}_doc_idx ON ${table} USING gin (doc) WITH (fastupdate = off)`,
    `CREATE INDEX IF NOT EXISTS ${table}_published_idx ON ${table} (published_at DESC)`,
    `CREATE INDEX IF NOT EXISTS ${table}_start_idx ON ${table} (first_start)`,
    `CREATE INDEX IF NOT EXISTS ${table}_geo_idx ON ${table} (latitude, longitude)`,
    // Facets of a search without text are counted from this index alone.
    `CREATE INDEX IF NOT EXISTS ${table}_facet_idx ON ${table} (facet_key) INCLUDE (min_weeks, max_weeks)`,
  ];
}

export const WORD_AND_SYNONYM_DDL = [
  `CREATE TABLE IF NOT EXISTS search_word (word text PRIMARY KEY)`,
  `CREATE INDEX IF NOT EXISTS search_word_trgm_idx ON search_word USING gin (word gin_trgm_ops)`,
  `CREATE TABLE IF NOT EXISTS search_synonym (word text NOT NULL, synonym text NOT NULL, PRIMARY KEY (word, synonym))`,
];

/**
 * The insert of a batch of documents (one jsonb array parameter), building the weighted
 * tsvector in SQL so the stemming is PostgreSQL's own. Titles and field names go into all three
 * configurations; a description into its own language's and the simple one.
 */
export function upsertSql(table: string): string {
  const title = `coalesce(d."titleDe", '') || ' ' || coalesce(d."titleFr", '')`;
  return `
    INSERT INTO ${table} AS t (id, field_bits, country, level, min_weeks, max_weeks, accommodation, minors_welcome,
      latitude, longitude, first_start, published_at, period_ranges, head, company, card, doc)
    SELECT d.id, d."fieldBits", d.country, d.level, d."minWeeks", d."maxWeeks", d.accommodation, d."minorsWelcome",
      d.latitude, d.longitude,
      (SELECT min((p->>'startsOn')::date) FROM jsonb_array_elements(d.periods) p),
      d."publishedAt",
      coalesce((SELECT range_agg(daterange((p->>'startsOn')::date, (p->>'endsOn')::date, '[]'))
                FROM jsonb_array_elements(d.periods) p), '{}'::datemultirange),
      to_tsvector('search_de', ${title}) || to_tsvector('search_fr', ${title}) || to_tsvector('search_simple', ${title}),
      to_tsvector('search_simple', d."companyName"),
      jsonb_build_object('number', d.number, 'titleDe', d."titleDe", 'titleFr', d."titleFr",
        'companyName', d."companyName", 'fieldKeys', d."fieldKeys", 'placeKey', d."placeKey", 'periods', d.periods),
      setweight(to_tsvector('search_de', ${title}), 'A') ||
      setweight(to_tsvector('search_fr', ${title}), 'A') ||
      setweight(to_tsvector('search_simple', ${title}), 'A') ||
      setweight(to_tsvector('search_de', d."fieldText"), 'B') ||
      setweight(to_tsvector('search_fr', d."fieldText"), 'B') ||
      setweight(to_tsvector('search_simple', d."fieldText"), 'B') ||
      setweight(to_tsvector('search_de', coalesce(d."descriptionDe", '')), 'C') ||
      setweight(to_tsvector('search_fr', coalesce(d."descriptionFr", '')), 'C') ||
      setweight(to_tsvector('search_simple', coalesce(d."descriptionDe", '') || ' ' || coalesce(d."descriptionFr", '')), 'C') ||
      setweight(to_tsvector('search_simple', d."companyName" || ' ' || d."placeText"), 'D')
    FROM jsonb_to_recordset($1::jsonb) AS d(id uuid, number integer, "titleDe" text, "titleFr" text,
      "descriptionDe" text, "descriptionFr" text, "companyName" text, "fieldKeys" jsonb, "fieldBits" integer,
      "fieldText" text, "placeKey" text, "placeText" text, country text, latitude double precision,
      longitude double precision, level smallint, "minWeeks" smallint, "maxWeeks" smallint, accommodation text,
      "minorsWelcome" boolean, periods jsonb, "publishedAt" timestamptz)
    ON CONFLICT (id) DO UPDATE SET field_bits = excluded.field_bits, country = excluded.country,
      level = excluded.level, min_weeks = excluded.min_weeks, max_weeks = excluded.max_weeks,
      accommodation = excluded.accommodation, minors_welcome = excluded.minors_welcome,
      latitude = excluded.latitude, longitude = excluded.longitude, first_start = excluded.first_start,
      published_at = excluded.published_at, period_ranges = excluded.period_ranges, head = excluded.head,
      company = excluded.company, card = excluded.card, doc = excluded.doc`;
}

/** New words of a batch into the word list (numbers too: they are matched, never corrected). */
export const ADD_WORDS_SQL = `
  INSERT INTO search_word (word)
  SELECT DISTINCT w FROM jsonb_array_elements_text($1::jsonb) AS texts(t),
    unnest(tsvector_to_array(to_tsvector('search_simple', t))) AS w
  WHERE length(w) BETWEEN 2 AND 40
  ON CONFLICT DO NOTHING`;

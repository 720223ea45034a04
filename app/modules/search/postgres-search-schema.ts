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
 *   German offer through the field names and synonyms.
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

/** The offer table under a given name (the live one, or a fresh one during a rebuild). */
export function offerTableDdl(table: string): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${table} (
      id uuid PRIMARY KEY,
      number integer NOT NULL,
      title_de text,
      title_fr text,
      company_name text NOT NULL,
      field_keys text[] NOT NULL,
      place_key text NOT NULL,
      country text NOT NULL,
      latitude double precision NOT NULL,
      longitude double precision NOT NULL,
      level smallint NOT NULL,
      min_weeks smallint NOT NULL,
      max_weeks smallint NOT NULL,
      accommodation text NOT NULL,
      minors_welcome boolean NOT NULL,
      periods jsonb NOT NULL,
      period_ranges datemultirange NOT NULL,
      first_start date,
      published_at timestamptz NOT NULL,
      doc tsvector NOT NULL
    )`,
    `CREATE INDEX IF NOT EXISTS ${table}_doc_idx ON ${table} USING gin (doc)`,
    `CREATE INDEX IF NOT EXISTS ${table}_fields_idx ON ${table} USING gin (field_keys)`,
    `CREATE INDEX IF NOT EXISTS ${table}_published_idx ON ${table} (published_at DESC)`,
    `CREATE INDEX IF NOT EXISTS ${table}_start_idx ON ${table} (first_start)`,
    `CREATE INDEX IF NOT EXISTS ${table}_geo_idx ON ${table} (latitude, longitude)`,
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
  return `
    INSERT INTO ${table} AS t (id, number, title_de, title_fr, company_name, field_keys, place_key, country,
      latitude, longitude, level, min_weeks, max_weeks, accommodation, minors_welcome, periods, period_ranges,
      first_start, published_at, doc)
    SELECT d.id, d.number, d."titleDe", d."titleFr", d."companyName", d."fieldKeys", d."placeKey", d.country,
      d.latitude, d.longitude, d.level, d."minWeeks", d."maxWeeks", d.accommodation, d."minorsWelcome", d.periods,
      coalesce((SELECT range_agg(daterange((p->>'startsOn')::date, (p->>'endsOn')::date, '[]'))
                FROM jsonb_array_elements(d.periods) p), '{}'::datemultirange),
      (SELECT min((p->>'startsOn')::date) FROM jsonb_array_elements(d.periods) p),
      d."publishedAt",
      setweight(to_tsvector('search_de', coalesce(d."titleDe", '') || ' ' || coalesce(d."titleFr", '')), 'A') ||
      setweight(to_tsvector('search_fr', coalesce(d."titleDe", '') || ' ' || coalesce(d."titleFr", '')), 'A') ||
      setweight(to_tsvector('search_simple', coalesce(d."titleDe", '') || ' ' || coalesce(d."titleFr", '')), 'A') ||
      setweight(to_tsvector('search_de', d."fieldText"), 'B') ||
      setweight(to_tsvector('search_fr', d."fieldText"), 'B') ||
      setweight(to_tsvector('search_simple', d."fieldText"), 'B') ||
      setweight(to_tsvector('search_de', coalesce(d."descriptionDe", '')), 'C') ||
      setweight(to_tsvector('search_fr', coalesce(d."descriptionFr", '')), 'C') ||
      setweight(to_tsvector('search_simple', coalesce(d."descriptionDe", '') || ' ' || coalesce(d."descriptionFr", '')), 'C') ||
      setweight(to_tsvector('search_simple', d."companyName" || ' ' || d."placeText"), 'D')
    FROM jsonb_to_recordset($1::jsonb) AS d(id uuid, number integer, "titleDe" text, "titleFr" text,
      "descriptionDe" text, "descriptionFr" text, "companyName" text, "fieldKeys" text[], "fieldText" text,
      "placeKey" text, "placeText" text, country text, latitude double precision, longitude double precision,
      level smallint, "minWeeks" smallint, "maxWeeks" smallint, accommodation text, "minorsWelcome" boolean,
      periods jsonb, "publishedAt" timestamptz)
    ON CONFLICT (id) DO UPDATE SET number = excluded.number, title_de = excluded.title_de,
      title_fr = excluded.title_fr, company_name = excluded.company_name, field_keys = excluded.field_keys,
      place_key = excluded.place_key, country = excluded.country, latitude = excluded.latitude,
      longitude = excluded.longitude, level = excluded.level, min_weeks = excluded.min_weeks,
      max_weeks = excluded.max_weeks, accommodation = excluded.accommodation,
      minors_welcome = excluded.minors_welcome, periods = excluded.periods,
      period_ranges = excluded.period_ranges, first_start = excluded.first_start,
      published_at = excluded.published_at, doc = excluded.doc`;
}

/** New words of a batch into the word list (numbers too: they are matched, never corrected). */
export const ADD_WORDS_SQL = `
  INSERT INTO search_word (word)
  SELECT DISTINCT w FROM jsonb_array_elements_text($1::jsonb) AS texts(t),
    unnest(tsvector_to_array(to_tsvector('search_simple', t))) AS w
  WHERE length(w) BETWEEN 2 AND 40
  ON CONFLICT DO NOTHING`;

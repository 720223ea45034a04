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
 *   German offer through the field names and synonyms; the faceted values packed in one integer.
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
 * The layout of the offer table, kept as the table's comment: `prepare()` drops a table of
 * another layout, and the search service refills the empty index from the offers (a rebuild).
 */
export const OFFER_TABLE_LAYOUT = "antenne search_offer layout 3";

/**
 * The offer table under a given name (the live one, or a fresh one during a rebuild). A common
 * word matches tens of thousands of offers, and PostgreSQL reads the row of each of them (for the
 * facets and the ranking), so the row holds only small fixed values: the faceted values packed in
 * one integer (facet-cells.ts), dates, coordinates, durations and the hosting periods (merged
 * where they touch; the first three as columns of their first day and the day after their last,
 * any more in two arrays, null when there are none: a date filter compares plain dates, about six
 * times faster than looking at each period as a range).
 * Everything larger is stored out of line (storage EXTERNAL with a 128-byte toast target) and is
 * read through its GIN index only — the whole text (`doc`), the title's words (`head`), the
 * company's name (`company`) — or for the twenty hits of a page (`card`). Half the row is half
 * the pages to visit: facets of a word in two thirds of all offers took 82 ms with the words of
 * the title and the company in the row and 49 ms without (pgbench, 2 cores).
 */
export function offerTableDdl(table: string): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${table} (
      id uuid PRIMARY KEY,
      facet_key integer NOT NULL,
      min_weeks smallint NOT NULL,
      max_weeks smallint NOT NULL,
      first_start date,
      published_at timestamptz NOT NULL,
      latitude double precision NOT NULL,
      longitude double precision NOT NULL,
      first_end date,
      second_start date,
      second_end date,
      third_start date,
      third_end date,
      later_starts date[],
      later_ends date[],
      min_days smallint NOT NULL,
      head tsvector NOT NULL,
      company tsvector NOT NULL,
      card jsonb NOT NULL,
      doc tsvector NOT NULL
    ) WITH (toast_tuple_target = 128)`,
    // As ALTER rather than in CREATE TABLE, which accepts STORAGE only from PostgreSQL 16.
    `ALTER TABLE ${table} ALTER COLUMN card SET STORAGE EXTERNAL, ALTER COLUMN doc SET STORAGE EXTERNAL,
       ALTER COLUMN head SET STORAGE EXTERNAL, ALTER COLUMN company SET STORAGE EXTERNAL,
       ALTER COLUMN later_starts SET STORAGE PLAIN, ALTER COLUMN later_ends SET STORAGE PLAIN`,
    `COMMENT ON TABLE ${table} IS '${OFFER_TABLE_LAYOUT}'`,
  ];
}

/** Drops the live table when an earlier version of the adapter made it with another layout. */
export const DROP_OTHER_LAYOUT_SQL = `
DO $$
BEGIN
  IF to_regclass('search_offer') IS NOT NULL
     AND obj_description(to_regclass('search_offer'), 'pg_class') IS DISTINCT FROM '${OFFER_TABLE_LAYOUT}' THEN
    DROP TABLE search_offer;
  END IF;
END $$`;

/** The indexes, by the suffix of their name; created after a bulk load (faster than row by row). */
export const OFFER_INDEXES = ["doc", "head", "company", "published", "start", "geo", "facet"] as const;

export function offerIndexDdl(table: string): string[] {
  return [
    `CREATE INDEX IF NOT EXISTS ${table}_doc_idx ON ${table} USING gin (doc) WITH (fastupdate = off)`,
    // Ranking asks which of the matches have the words in their title or company name.
    `CREATE INDEX IF NOT EXISTS ${table}_head_idx ON ${table} USING gin (head) WITH (fastupdate = off)`,
    `CREATE INDEX IF NOT EXISTS ${table}_company_idx ON ${table} USING gin (company) WITH (fastupdate = off)`,
    // The orders of the sorts, with the id that breaks ties: hit queries walk them (postgres-search-hits.ts).
    `CREATE INDEX IF NOT EXISTS ${table}_published_idx ON ${table} (published_at DESC, id)`,
    `CREATE INDEX IF NOT EXISTS ${table}_start_idx ON ${table} (first_start, id)`,
    // Searches around a place count their facets and sort by distance from this index alone.
    `CREATE INDEX IF NOT EXISTS ${table}_geo_idx ON ${table} (latitude, longitude) INCLUDE (facet_key, min_weeks, max_weeks, id)`,
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
 * configurations; a description into its own language's and the simple one. The merged periods
 * (`starts`, and `ends` the day after each last day) and the days the minimum stay needs come
 * from the adapter, which computes them as the Meilisearch documents do.
 */
export function upsertSql(table: string): string {
  const title = `coalesce(d."titleDe", '') || ' ' || coalesce(d."titleFr", '')`;
  return `
    INSERT INTO ${table} AS t (id, facet_key, min_weeks, max_weeks,
      latitude, longitude, published_at, first_start, first_end, second_start, second_end, third_start, third_end,
      later_starts, later_ends, min_days, head, company, card, doc)
    SELECT d.id, d."facetKey", d."minWeeks", d."maxWeeks", d.latitude, d.longitude,
      d."publishedAt",
      d.starts[1], d.ends[1], d.starts[2], d.ends[2], d.starts[3], d.ends[3],
      nullif(d.starts[4:], '{}'), nullif(d.ends[4:], '{}'), d."minDays",
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
      "descriptionDe" text, "descriptionFr" text, "companyName" text, "fieldKeys" jsonb, "facetKey" integer,
      "fieldText" text, "placeKey" text, "placeText" text, latitude double precision,
      longitude double precision, "minWeeks" smallint, "maxWeeks" smallint, periods jsonb, "publishedAt" timestamptz,
      starts date[], ends date[], "minDays" smallint)
    ON CONFLICT (id) DO UPDATE SET facet_key = excluded.facet_key,
      min_weeks = excluded.min_weeks, max_weeks = excluded.max_weeks, latitude = excluded.latitude, longitude = excluded.longitude, first_start = excluded.first_start,
      published_at = excluded.published_at, first_end = excluded.first_end, second_start = excluded.second_start,
      second_end = excluded.second_end, third_start = excluded.third_start, third_end = excluded.third_end,
      later_starts = excluded.later_starts, later_ends = excluded.later_ends, min_days = excluded.min_days,
      head = excluded.head,
      company = excluded.company, card = excluded.card, doc = excluded.doc`;
}

/** New words of a batch into the word list (numbers too: they are matched, never corrected). */
export const ADD_WORDS_SQL = `
  INSERT INTO search_word (word)
  SELECT DISTINCT w FROM jsonb_array_elements_text($1::jsonb) AS texts(t),
    unnest(tsvector_to_array(to_tsvector('search_simple', t))) AS w
  WHERE length(w) BETWEEN 2 AND 40
  ON CONFLICT DO NOTHING`;

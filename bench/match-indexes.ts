/**
 * Indexes that matching's candidate query (app/modules/matching/offer-candidates.server.ts) would
 * like, proposed for a migration. `npm run bench:match -- --proposed-indexes` creates them in the
 * benchmark's database, so their effect can be measured before anyone writes the migration.
 */
export const PROPOSED_INDEXES = [
  // Published offers' matching columns in a narrow index (≈ 9 MB for 100,000 offers): the
  // candidate query reads it instead of the offer table, whose descriptions make it ≈ 120 MB.
  `CREATE INDEX offer_published_match_idx ON offer (id)
     INCLUDE (company_id, place_id, language_level, min_age, minors_welcome, min_weeks, max_weeks, accommodation, published_at)
     WHERE status = 'PUBLISHED'`,
  // An offer's periods still running, read from the index alone (could replace offer_period_offer_id_idx).
  `CREATE INDEX offer_period_offer_id_ends_on_idx ON offer_period (offer_id, ends_on) INCLUDE (starts_on, id)`,
];

import type pg from "pg";
import type { SearchDocument } from "~/modules/search/search-index";
import { searchCorpus } from "./search-corpus";

/**
 * The matching benchmark's offers: the search benchmark's seeded corpus (realistic titles,
 * fields, towns, levels and 2027 periods) written into the application's own tables, since
 * matching reads offer, offer_field and offer_period. On top of the `count` published offers,
 * one company in forty is still under review (its published offers are not public) and 5 % more
 * offers are drafts, filled or expired, so the public-offer filter has something to filter.
 */
const uuid = (kind: string, n: number) => `00000000-0000-4000-${kind}-${String(n).padStart(12, "0")}`;
const OTHER_STATUSES = ["DRAFT", "FILLED", "EXPIRED"] as const;

export async function loadMatchCorpus(client: pg.Client, count: number, progress: (done: number) => void) {
  const placeIds = new Map(
    (await client.query<{ id: number; key: string }>("SELECT id, key FROM place")).rows.map((row) => [row.key, row.id]),
  );
  const companies = new Map<string, string>();
  const total = Math.round(count * 1.05);
  let done = 0;
  let periodNumber = 0;
  for (const batch of searchCorpus(total)) {
    const newCompanies: object[] = [];
    const companyOf = (document: SearchDocument) => {
      let id = companies.get(document.companyName);
      if (!id) {
        id = uuid("9000", companies.size + 1);
        newCompanies.push({
          id,
          slug: `bench-${companies.size + 1}`,
          name: document.companyName,
          country: document.country,
          place_id: placeIds.get(document.placeKey),
          status: companies.size % 40 === 39 ? "PENDING" : "VERIFIED",
        });
        companies.set(document.companyName, id);
      }
      return id;
    };
    const offers = batch.map((document) => {
      const status = document.number <= count ? "PUBLISHED" : OTHER_STATUSES[document.number % OTHER_STATUSES.length];
      return {
        id: document.id,
        number: document.number,
        company_id: companyOf(document),
        title_de: document.titleDe,
        title_fr: document.titleFr,
        description_de: document.descriptionDe,
        description_fr: document.descriptionFr,
        place_id: placeIds.get(document.placeKey),
        min_weeks: document.minWeeks,
        max_weeks: document.maxWeeks,
        language_level: document.languageLevel,
        minors_welcome: document.minorsWelcome,
        min_age: document.minAge,
        accommodation: document.accommodation,
        status,
        published_at: status === "DRAFT" ? null : document.publishedAt,
      };
    });
    const fields = batch.flatMap((document) => document.fieldKeys.map((key) => ({ offer_id: document.id, key })));
    const periods = batch.flatMap((document) =>
      document.periods.map((period) => ({ id: uuid("a000", ++periodNumber), offer_id: document.id, ...period })),
    );
    await client.query("BEGIN");
    await client.query(INSERT_COMPANIES, [JSON.stringify(newCompanies)]);
    await client.query(INSERT_OFFERS, [JSON.stringify(offers)]);
    await client.query(INSERT_FIELDS, [JSON.stringify(fields)]);
    await client.query(INSERT_PERIODS, [JSON.stringify(periods)]);
    await client.query("COMMIT");
    done += batch.length;
    progress(done);
  }
  await client.query("SELECT setval(pg_get_serial_sequence('offer', 'number'), (SELECT max(number) FROM offer))");
  await client.query("VACUUM ANALYZE");
  return { offers: total, companies: companies.size };
}

const INSERT_COMPANIES = `
  INSERT INTO company (id, slug, name, country, place_id, address, size, contact_name, contact_email, status, updated_at)
  SELECT id::uuid, slug, name, country::"Country", place_id, 'Hauptstraße 1', 'SMALL', 'Bench', 'bench@example.org',
    status::"CompanyStatus", now() - interval '90 days'
  FROM json_to_recordset($1::json) AS r(id text, slug text, name text, country text, place_id int, status text)`;

const INSERT_OFFERS = `
  INSERT INTO offer (id, number, company_id, slug, title_de, title_fr, description_de, description_fr, place_id, address,
    min_weeks, max_weeks, language_level, minors_welcome, min_age, hours_per_day, hours_per_week, work_days,
    accommodation, tutor_name, status, published_at, updated_at)
  SELECT id::uuid, number, company_id::uuid, 'praktikum', title_de, title_fr, description_de, description_fr, place_id,
    'Werkstraße 5', min_weeks, max_weeks, language_level::"CefrLevel", minors_welcome, min_age, 7, 35, '{1,2,3,4,5}',
    accommodation::"Accommodation", 'Tutor', status::"OfferStatus", published_at::timestamptz,
    -- A settled day: last changed when published (matching's list in memory reads recent changes again).
    coalesce(published_at::timestamptz, now() - interval '1 day')
  FROM json_to_recordset($1::json) AS r(id text, number int, company_id text, title_de text, title_fr text,
    description_de text, description_fr text, place_id int, min_weeks int, max_weeks int, language_level text,
    minors_welcome boolean, min_age int, accommodation text, status text, published_at text)`;

const INSERT_FIELDS = `
  INSERT INTO offer_field (offer_id, field_key)
  SELECT offer_id::uuid, key FROM json_to_recordset($1::json) AS r(offer_id text, key text)`;

const INSERT_PERIODS = `
  INSERT INTO offer_period (id, offer_id, starts_on, ends_on, places)
  SELECT id::uuid, offer_id::uuid, "startsOn"::date, "endsOn"::date, places
  FROM json_to_recordset($1::json) AS r(id text, offer_id text, "startsOn" text, "endsOn" text, places int)`;

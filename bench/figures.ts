/**
 * npm run bench:figures [-- --offers 100000 --applications 20000 --queries 100]
 *
 * The office's figures page at scale: the matching benchmark's seeded offers (published over the
 * last months) and `applications` applications in the school year 2025/26 with their steps, from
 * 5,000 pupils of every school, a fifth of them accepted. Then times the page's whole loader, as
 * a signed-in staff member calls it (both years' figures, tables, charts), for 2025/26:
 *   class=figures n=<queries> p50_ms=… p95_ms=… p99_ms=…
 * figures_cold is the first load after a change of the data (every figure computed from the
 * tables); figures is the page reloaded with the data unchanged (the fingerprint query, then the
 * figures kept in memory, tables and charts).
 */
import { startSession } from "~/modules/accounts/sessions.server";
import { figuresLoader } from "~/modules/figures/figures-page.server";
import { ensureProgrammes } from "~/modules/programmes/programmes.server";
import { ensureReferenceData } from "~/modules/reference/reference-data.server";
import { db, disconnectDb } from "~/utils/db.server";
import { databaseServer, freshDatabase, numberOption, reportClass, withClient } from "./bench-support";
import { loadMatchCorpus } from "./match-corpus";

const OFFERS = numberOption("offers", 100_000);
const APPLICATIONS = numberOption("applications", 20_000);
const QUERIES = numberOption("queries", 100);
const DATABASE = "antenne_bench_figures";

const STUDENTS = `
  INSERT INTO app_user (email, role, display_name)
  SELECT 'bench-pupil-' || g || '@example.org', 'STUDENT', 'Bench' FROM generate_series(1, 5000) AS g`;

const PROFILES = `
  WITH s AS (SELECT id, country, row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total FROM school),
       u AS (SELECT id, row_number() OVER (ORDER BY email) - 1 AS n FROM app_user WHERE role = 'STUDENT')
  INSERT INTO student_profile (user_id, school_id, country, birth_date, training, training_year, level_german, level_french)
  SELECT u.id, s.id, s.country, date '2008-03-01' + (u.n % 700)::int, 'Bench', 2, 'B1', 'B1'
  FROM u JOIN s ON s.n = u.n % s.total`;

// One application per offer (the first $1 published ones), spread over the school year.
const APPLICATIONS_SQL = `
  WITH o AS (
    SELECT o.id AS offer_id, p.id AS period_id, row_number() OVER (ORDER BY o.number) - 1 AS n
    FROM offer o JOIN LATERAL (SELECT id FROM offer_period WHERE offer_id = o.id ORDER BY starts_on LIMIT 1) p ON true
    WHERE o.status = 'PUBLISHED' ORDER BY o.number LIMIT $1
  ), st AS (SELECT user_id, row_number() OVER (ORDER BY user_id) - 1 AS n FROM student_profile)
  INSERT INTO application (student_id, offer_id, period_id, starts_on, ends_on, status, motivation, motivation_language,
    submitted_at)
  SELECT st.user_id, o.offer_id, o.period_id, date '2025-09-01' + (o.n % 300)::int, date '2025-09-01' + (o.n % 300)::int + 25,
    (ARRAY['ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN', 'SUBMITTED'])[1 + o.n % 5]::"ApplicationStatus", 'Bench', 'de',
    timestamptz '2025-08-10 10:00+02' + (o.n % 330) * interval '1 day'
  FROM o JOIN st ON st.n = o.n % 5000`;

const STEPS = `
  INSERT INTO application_event (application_id, status, created_at)
  SELECT id, 'SUBMITTED', submitted_at FROM application
  UNION ALL
  SELECT id, status, submitted_at + ((abs(hashtext(id::text)) % 12) + 1) * interval '1 day'
  FROM application WHERE status <> 'SUBMITTED'`;

async function main() {
  const { serverUrl, stop } = await databaseServer();
  try {
    const url = await freshDatabase(serverUrl, DATABASE);
    process.env.DATABASE_URL = url;
    await ensureReferenceData(db());
    await ensureProgrammes(db());
    const loading = performance.now();
    await withClient(serverUrl, DATABASE, async (client) => {
      await loadMatchCorpus(client, OFFERS, (done) => process.stderr.write(`\rwriting offers ${done}`));
      await client.query(STUDENTS);
      await client.query(PROFILES);
      await client.query(APPLICATIONS_SQL, [APPLICATIONS]);
      await client.query(STEPS);
      await client.query("VACUUM ANALYZE");
    });
    const seconds = ((performance.now() - loading) / 1000).toFixed(1);
    const applications = await db().application.count();
    process.stderr.write(`\rwrote ${OFFERS} offers and ${applications} applications in ${seconds} s\n`);

    const staff = await db().user.create({
      data: { email: "bench-staff@antenne.example", role: "STAFF", displayName: "Bench", emailVerifiedAt: new Date() },
    });
    const cookie = (await startSession(staff.id, "bench")).split(";")[0] ?? "";
    const call = () =>
      figuresLoader({
        request: new Request("http://localhost/de/staff/figures?year=2025-26", { headers: { Cookie: cookie } }),
        params: { lang: "de" },
        context: { requestId: "bench" },
      });
    // The first load computes every figure (class figures_cold, one figure per fresh process's
    // first call, measured here by changing the data before each); then the page as staff reload it.
    // A running server has loaded its code and opened its connections: one unmeasured call first.
    await call();
    const cold: number[] = [];
    for (let index = 0; index < Math.max(3, Math.round(QUERIES / 10)); index++) {
      await db().$executeRawUnsafe(`UPDATE offer SET updated_at = now() WHERE number = ${index + 1}`);
      const started = performance.now();
      await call();
      cold.push(performance.now() - started);
    }
    reportClass("figures_cold", cold, applications);
    const times: number[] = [];
    for (let index = 0; index < QUERIES; index++) {
      const started = performance.now();
      await call();
      times.push(performance.now() - started);
    }
    reportClass("figures", times, applications);
    await disconnectDb();
  } finally {
    await stop();
  }
}

await main();

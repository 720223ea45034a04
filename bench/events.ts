/**
 * npm run bench:events [-- --events 10000 --series 200 --queries 50]
 *
 * Issue 17: the calendar at scale. Seeds `events` published events over the next year in the
 * reference places (one date each, written by SQL as the app would), `series` of them weekly
 * series expanded by the app's own recurrence (refreshOccurrences), then times, as a visitor
 * calls them, the list page's loader without a filter, with a place and radius, the month grid,
 * and the whole-year ICS feed without If-None-Match (events_feed_build: the first request after a
 * change builds it; events_feed: the next requests get it as built, kept under its ETag):
 *   class=<name> n=… p50_ms=… p95_ms=… p99_ms=… hits=<events or dates shown>
 * Targets (issue 17): p95 ≤ 50 ms for list and month, ≤ 150 ms for the feed.
 */
import { eventsFeedLoader } from "~/modules/events/event-feed-page.server";
import { refreshOccurrences } from "~/modules/events/events.server";
import { eventsListLoader } from "~/modules/events/public-events-page.server";
import { ensureReferenceData } from "~/modules/reference/reference-data.server";
import { db, disconnectDb } from "~/utils/db.server";
import { databaseServer, freshDatabase, numberOption, reportClass, withClient } from "./bench-support";

const EVENTS = numberOption("events", 10_000);
const SERIES = numberOption("series", 200);
const QUERIES = numberOption("queries", 50);
const DATABASE = "antenne_bench_events";

const ORGANISERS = `
  INSERT INTO organiser (name, kind, town, country, verified)
  SELECT 'Bench organiser ' || g, (ARRAY['INSTITUTE', 'TWINNING', 'CINEMA', 'ASSOCIATION'])[1 + g % 4]::"OrganiserKind",
         'Hannover', (ARRAY['DE', 'FR'])[1 + g % 2]::"Country", true
  FROM generate_series(1, 40) AS g`;

const CATEGORIES = `
  INSERT INTO event_category (key, name_de, name_fr, name_en, position)
  SELECT 'bench-' || g, 'Kategorie ' || g, 'Catégorie ' || g, 'Category ' || g, g FROM generate_series(1, 8) AS g`;

/** One-off events at 18:00 Berlin time, spread over the year from tomorrow, in every place. */
const EVENTS_SQL = `
  WITH o AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM organiser),
       c AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM event_category),
       p AS (SELECT id, latitude, longitude, row_number() OVER (ORDER BY id) - 1 AS n FROM place),
       counts AS (SELECT (SELECT count(*) FROM o) AS o, (SELECT count(*) FROM c) AS c, (SELECT count(*) FROM p) AS p),
       g AS (SELECT g, (date_trunc('day', now() AT TIME ZONE 'Europe/Berlin') + (1 + g % 365) * interval '1 day'
                        + interval '18 hours') AS local_start FROM generate_series(1, $1) AS g)
  INSERT INTO event (uid, slug, organiser_id, category_id, title_de, title_fr, description_de, description_fr,
    spoken_language, audience, is_free, attendance, place_id, latitude, longitude, time_zone, all_day,
    start_local, end_local, starts_at, ends_at, published_at)
  SELECT 'bench-' || g.g || '@bench.example', 'bench-' || g.g, o.id, c.id, 'Abend ' || g.g, 'Soirée ' || g.g,
    'Ein Abend auf Französisch.', 'Une soirée en allemand.', 'BILINGUAL', 'EVERYONE', true, 'IN_PERSON',
    p.id, p.latitude, p.longitude, 'Europe/Berlin', false, g.local_start, g.local_start + interval '2 hours',
    g.local_start AT TIME ZONE 'Europe/Berlin', (g.local_start + interval '2 hours') AT TIME ZONE 'Europe/Berlin', now()
  FROM g, counts
  JOIN o ON true JOIN c ON true JOIN p ON true
  WHERE o.n = g.g % counts.o AND c.n = g.g % counts.c AND p.n = g.g % counts.p`;

const OCCURRENCES = `
  INSERT INTO event_occurrence (event_id, original_starts_at, starts_at, ends_at)
  SELECT id, starts_at, starts_at, ends_at FROM event WHERE rrule IS NULL`;

async function main() {
  // As the server runs in production: translators and other per-process caches are kept.
  process.env.NODE_ENV = "production";
  const { serverUrl, stop } = await databaseServer();
  try {
    process.env.DATABASE_URL = await freshDatabase(serverUrl, DATABASE);
    await ensureReferenceData(db());
    const loading = performance.now();
    await withClient(serverUrl, DATABASE, async (client) => {
      await client.query(ORGANISERS);
      await client.query(CATEGORIES);
      await client.query(EVENTS_SQL, [EVENTS]);
      // Some become weekly series for the rest of the year, expanded by the app's recurrence.
      await client.query(`UPDATE event SET rrule = 'FREQ=WEEKLY;COUNT=52' WHERE number % $1 = 0`, [
        Math.max(1, Math.floor(EVENTS / Math.max(1, SERIES))),
      ]);
      await client.query(OCCURRENCES);
    });
    const series = await db().event.findMany({ where: { rrule: { not: null } }, select: { id: true } });
    for (const { id } of series) await db().$transaction((tx) => refreshOccurrences(tx, id));
    await withClient(serverUrl, DATABASE, (client) => client.query("VACUUM ANALYZE"));
    const dates = await db().eventOccurrence.count();
    const seconds = ((performance.now() - loading) / 1000).toFixed(1);
    process.stderr.write(`wrote ${EVENTS} events (${series.length} weekly series), ${dates} dates in ${seconds} s\n`);

    const month = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 7);
    const list = (query: string) => () =>
      eventsListLoader({
        request: new Request(`http://localhost/de/events${query}`),
        params: { lang: "de" },
        context: { requestId: "bench" },
      });
    const classes: [string, () => Promise<unknown>][] = [
      ["events_list", list("")],
      ["events_radius", list("?place=hannover&radius=50")],
      ["events_month", list(`?view=month&month=${month}`)],
      [
        "events_feed",
        () =>
          eventsFeedLoader({
            request: new Request("http://localhost/de/events.ics"),
            params: { lang: "de" },
            context: { requestId: "bench" },
          }),
      ],
    ];
    for (const [name, call] of classes) {
      // Warm: code loaded, statements prepared. For the feed this is the build after a change,
      // reported on its own; the timed calls then get the feed kept under its ETag.
      const warming = performance.now();
      await call();
      if (name === "events_feed") reportClass("events_feed_build", [performance.now() - warming], EVENTS);
      const times: number[] = [];
      let hits = 0;
      for (let index = 0; index < QUERIES; index++) {
        const started = performance.now();
        const answer = await call();
        if (answer instanceof Response) hits = ((await answer.text()).match(/^BEGIN:VEVENT/gm) ?? []).length;
        times.push(performance.now() - started);
      }
      reportClass(name, times, name === "events_feed" ? hits : EVENTS);
    }
    await disconnectDb();
  } finally {
    await stop();
  }
}

await main();

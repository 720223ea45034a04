/**
 * Every figure of the office's yearly report, computed by SQL from the data itself (issue 23).
 * This is the only module that reads the database for the figures page and its CSV files; what
 * may be shown (the small-number rule) and how it reads are decided in the pure modules beside it.
 *
 * Erased accounts count as everybody else: erasure empties a person's name and texts but keeps
 * the user row, the student's school and country, and the applications with their steps
 * (accounts/account-deletion.server.ts), which is all these queries read.
 *
 * Days are calendar days in Europe/Berlin (the office's zone): a period is a half-open range of
 * days, and an instant belongs to it when its Berlin day does.
 */
import { checkProgrammes } from "~/modules/programmes/eligibility";
import { listProgrammes } from "~/modules/programmes/programmes.server";
import { db } from "~/utils/db.server";
import type { Period } from "./figure-year";

type Names = { nameDe: string; nameFr: string; nameEn: string };
export type Direction = "toGermany" | "toFrance";
export type SchoolKind = "BBS" | "LYCEE_PRO" | "CFA";
export type CompanySize = "MICRO" | "SMALL" | "MEDIUM" | "LARGE";

export interface PlacementFigures {
  /** Accepted applications whose placement starts in the period. */
  total: number;
  byDirection: { direction: Direction; accepted: number; completed: number }[];
  /** A placement in an offer of two fields counts in both. */
  byField: ({ key: string; count: number } & Names)[];
  bySchool: { id: number; name: string; kind: SchoolKind; count: number }[];
  bySchoolKind: { kind: SchoolKind; count: number }[];
  byTown: ({ id: number; country: "DE" | "FR"; latitude: number; longitude: number; count: number } & Names)[];
  /** Twelve months, first day of each, in order. */
  byMonth: { month: string; count: number }[];
  medianWeeks: number | null;
}

export interface FunnelFigures {
  publishedOffers: number;
  applications: number;
  answeredWithin7Days: number;
  accepted: number;
  expiredUnanswered: number;
  /** Days from sending to the company's first answer (shortlist, accept or decline). */
  medianDaysToFirstAnswer: number | null;
  answered: number;
  offersThatFoundNobody: number;
  studentsWithNothing: number;
}

export interface CompanyFigures {
  active: { country: "DE" | "FR"; size: CompanySize; count: number }[];
  newCompanies: number;
  schoolsWithPlacement: number;
  activeCoordinators: number;
}

export interface EventFigures {
  byCategory: ({ key: string; events: number; occurrences: number } & Names)[];
  byOrganiser: { id: string; name: string; events: number; occurrences: number }[];
  /** Events held on a 22 January of the period, with their town. */
  januaryTwentySecond: {
    number: number;
    titleDe: string | null;
    titleFr: string | null;
    titleEn: string | null;
    town: Names | null;
    occurrences: number;
  }[];
  registrations: RegistrationFigures;
}

/** Registrations here (issue 18) for the period's dates, all events and the 22 January's. */
export interface RegistrationFigures {
  all: RegistrationCounts;
  januaryTwentySecond: RegistrationCounts;
}

export interface RegistrationCounts {
  /** Confirmed registrations: a person (with their places) or a class is one. */
  registrations: number;
  /** Seats of the confirmed registrations: people, with classes' pupils and adults. */
  people: number;
  pupilsInClasses: number;
  /** People present: a class checked in counts with all its pupils and adults. */
  checkIns: number;
}

/**
 * Confirmed registrations for dates of the period that took place (not cancelled), by their
 * current state. Erased registrants count: erasure keeps head counts and check-ins. Top-ups
 * merged into a class are already in its head count, so only CONFIRMED rows count.
 */
async function registrationFigures(period: Period): Promise<RegistrationFigures> {
  const [counts] = await rows<Record<string, number>>(
    `WITH confirmed AS (
       SELECT r.kind, r.head_count, r.pupils, r.checked_in_at,
              to_char(occ.starts_at AT TIME ZONE 'Europe/Berlin', 'MM-DD') = '01-22' AS january
       FROM registration r
       JOIN event_occurrence occ
         ON occ.event_id = r.event_id AND occ.original_starts_at = r.original_starts_at
       JOIN event e ON e.id = r.event_id
       WHERE r.status = 'CONFIRMED' AND NOT occ.cancelled AND e.status <> 'CANCELLED'
         AND ${inPeriod("occ.starts_at")}
     )
     SELECT count(*)::int AS registrations,
            COALESCE(sum(head_count), 0)::int AS people,
            COALESCE(sum(pupils) FILTER (WHERE kind = 'CLASS'), 0)::int AS "pupilsInClasses",
            COALESCE(sum(head_count) FILTER (WHERE checked_in_at IS NOT NULL), 0)::int AS "checkIns",
            count(*) FILTER (WHERE january)::int AS "janRegistrations",
            COALESCE(sum(head_count) FILTER (WHERE january), 0)::int AS "janPeople",
            COALESCE(sum(pupils) FILTER (WHERE january AND kind = 'CLASS'), 0)::int AS "janPupilsInClasses",
            COALESCE(sum(head_count) FILTER (WHERE january AND checked_in_at IS NOT NULL), 0)::int
              AS "janCheckIns"
     FROM confirmed`,
    period,
    "",
  );
  const value = (key: string) => counts?.[key] ?? 0;
  return {
    all: {
      registrations: value("registrations"),
      people: value("people"),
      pupilsInClasses: value("pupilsInClasses"),
      checkIns: value("checkIns"),
    },
    januaryTwentySecond: {
      registrations: value("janRegistrations"),
      people: value("janPeople"),
      pupilsInClasses: value("janPupilsInClasses"),
      checkIns: value("janCheckIns"),
    },
  };
}

export interface NewsletterFigures {
  /** Per month: confirmed subscribers at its end by language, confirmations and unsubscribes in it. */
  months: { month: string; de: number; fr: number; both: number; confirmations: number; unsubscribes: number }[];
  /** Editions sent in the period: mails sent, and those refused for good (bounces). */
  editions: { month: string; sent: number; bounced: number }[];
}

export interface ProgrammeFigures {
  placements: number;
  /** Placements for which at least one programme was eligible when the company accepted. */
  withEligible: number;
  byProgramme: { key: string; name: { de: string; fr: string; en: string }; count: number }[];
}

export interface YearFigures {
  period: Period;
  placements: PlacementFigures;
  funnel: FunnelFigures;
  companies: CompanyFigures;
  events: EventFigures;
  newsletter: NewsletterFigures;
  programmes: ProgrammeFigures;
}

// $1 = first day, $2 = first day after, $3 = today (all YYYY-MM-DD).
const FROM = `(($1::date)::timestamp AT TIME ZONE 'Europe/Berlin')`;
const TO = `(($2::date)::timestamp AT TIME ZONE 'Europe/Berlin')`;
const inPeriod = (column: string) => `(${column} >= ${FROM} AND ${column} < ${TO})`;

/** Accepted applications whose placement starts in the period: the placements of the year. */
const PLACEMENTS = `
  placement AS (
    SELECT a.id, a.student_id, a.offer_id, a.starts_on, a.ends_on, a.submitted_at,
           o.place_id, host.country AS host_country, sp.school_id
    FROM application a
    JOIN offer o ON o.id = a.offer_id
    JOIN place host ON host.id = o.place_id
    LEFT JOIN student_profile sp ON sp.user_id = a.student_id
    WHERE a.status = 'ACCEPTED' AND a.starts_on >= $1::date AND a.starts_on < $2::date
  )`;

async function rows<T>(sql: string, period: Period, today: string): Promise<T[]> {
  // PostgreSQL refuses more parameters than the statement names; only some queries need today.
  const values = sql.includes("$3") ? [period.from, period.to, today] : [period.from, period.to];
  return db().$queryRawUnsafe<T[]>(sql, ...values);
}

/**
 * One statement for every breakdown of placements: the placements of the period are read once
 * (a materialized CTE) and each breakdown is aggregated from them as JSON.
 */
const PLACEMENT_FIGURES = `
  WITH ${PLACEMENTS.replace("placement AS (", "placement AS MATERIALIZED (")}
  SELECT
    (SELECT coalesce(json_agg(d), '[]') FROM (
       SELECT host_country AS country, count(*)::int AS accepted,
              count(*) FILTER (WHERE ends_on < $3::date)::int AS completed
       FROM placement GROUP BY host_country) d) AS direction,
    (SELECT json_agg(f ORDER BY f.sort_order) FROM (
       SELECT f.key, f.name_de AS "nameDe", f.name_fr AS "nameFr", f.name_en AS "nameEn", f.sort_order,
              (SELECT count(*) FROM placement p JOIN offer_field ofd ON ofd.offer_id = p.offer_id
               WHERE ofd.field_key = f.key)::int AS count
       FROM occupational_field f) f) AS fields,
    (SELECT coalesce(json_agg(s ORDER BY s.count DESC, s.name), '[]') FROM (
       SELECT s.id, s.name, s.kind, count(*)::int AS count
       FROM placement p JOIN school s ON s.id = p.school_id GROUP BY s.id) s) AS schools,
    (SELECT coalesce(json_agg(t ORDER BY t.count DESC, t."nameDe"), '[]') FROM (
       SELECT pl.id, pl.country, pl.latitude, pl.longitude, pl.name_de AS "nameDe", pl.name_fr AS "nameFr",
              pl.name_en AS "nameEn", count(*)::int AS count
       FROM placement p JOIN place pl ON pl.id = p.place_id GROUP BY pl.id) t) AS towns,
    (SELECT json_agg(m ORDER BY m.month) FROM (
       SELECT to_char(m.month, 'YYYY-MM-DD') AS month,
              (SELECT count(*) FROM placement p WHERE date_trunc('month', p.starts_on) = m.month)::int AS count
       FROM generate_series($1::date, $2::date - 1, interval '1 month') AS m(month)) m) AS months,
    (SELECT count(*)::int FROM placement) AS total,
    -- Weeks as placements count them (eligibility.ts stayWeeks): Monday to the Friday four weeks later is 4.
    (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY floor((ends_on - starts_on + 3) / 7.0)) FROM placement)
      AS median`;

async function placementFigures(period: Period, today: string): Promise<PlacementFigures> {
  const [row] = await rows<{
    direction: { country: "DE" | "FR"; accepted: number; completed: number }[];
    fields: ({ key: string; count: number; sort_order?: number } & Names)[];
    schools: { id: number; name: string; kind: SchoolKind; count: number }[];
    towns: ({ id: number; country: "DE" | "FR"; latitude: number; longitude: number; count: number } & Names)[];
    months: { month: string; count: number }[];
    total: number;
    median: number | null;
  }>(PLACEMENT_FIGURES, period, today);
  if (!row) throw new Error("the placement figures query returned no row");
  const kinds: SchoolKind[] = ["BBS", "LYCEE_PRO", "CFA"];
  return {
    total: row.total,
    byDirection: (["toGermany", "toFrance"] as const).map((name) => {
      const found = row.direction.find((entry) => entry.country === (name === "toGermany" ? "DE" : "FR"));
      return { direction: name, accepted: found?.accepted ?? 0, completed: found?.completed ?? 0 };
    }),
    byField: row.fields.map(({ key, nameDe, nameFr, nameEn, count }) => ({ key, nameDe, nameFr, nameEn, count })),
    bySchool: row.schools,
    bySchoolKind: kinds.map((kind) => ({
      kind,
      count: row.schools.filter((school) => school.kind === kind).reduce((sum, school) => sum + school.count, 0),
    })),
    byTown: row.towns,
    byMonth: row.months,
    medianWeeks: row.median,
  };
}

async function funnelFigures(period: Period, today: string): Promise<FunnelFigures> {
  const [offers, applications, students] = await Promise.all([
    // An offer found nobody when it was published in the period, none of its dates is still to
    // come, and no application to it was accepted.
    rows<{ published: number; nobody: number }>(
      `SELECT count(*)::int AS published,
              count(*) FILTER (
                WHERE NOT EXISTS (SELECT 1 FROM application a WHERE a.offer_id = o.id AND a.status = 'ACCEPTED')
                  AND NOT EXISTS (SELECT 1 FROM offer_period op WHERE op.offer_id = o.id AND op.ends_on >= $3::date)
              )::int AS nobody
       FROM offer o WHERE ${inPeriod("o.published_at")}`,
      period,
      today,
    ),
    rows<{
      applications: number;
      within7: number;
      accepted: number;
      expired: number;
      answered: number;
      median: number | null;
    }>(
      `WITH sent AS (
         SELECT a.id, a.status, a.submitted_at FROM application a WHERE ${inPeriod("a.submitted_at")}
       ), answer AS (
         SELECT e.application_id, min(e.created_at) AS answered_at
         FROM application_event e JOIN sent ON sent.id = e.application_id
         WHERE e.status IN ('SHORTLISTED', 'ACCEPTED', 'DECLINED')
         GROUP BY e.application_id
       ), sent_answer AS (
         SELECT sent.*, answer.answered_at FROM sent LEFT JOIN answer ON answer.application_id = sent.id
       )
       SELECT count(*)::int AS applications,
              count(*) FILTER (WHERE answered_at <= submitted_at + interval '7 days')::int AS within7,
              count(*) FILTER (WHERE status = 'ACCEPTED')::int AS accepted,
              count(*) FILTER (WHERE status = 'EXPIRED')::int AS expired,
              count(answered_at)::int AS answered,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - submitted_at) / 86400)
                AS median
       FROM sent_answer`,
      period,
      today,
    ),
    // Applied in the period, nothing accepted, nothing still waiting for an answer.
    rows<{ count: number }>(
      `SELECT count(*)::int AS count FROM (
         SELECT a.student_id FROM application a WHERE ${inPeriod("a.submitted_at")}
         GROUP BY a.student_id
         HAVING count(*) FILTER (WHERE a.status IN ('ACCEPTED', 'SUBMITTED', 'SEEN', 'SHORTLISTED')) = 0
       ) AS s`,
      period,
      today,
    ),
  ]);
  const sent = applications[0];
  return {
    publishedOffers: offers[0]?.published ?? 0,
    applications: sent?.applications ?? 0,
    answeredWithin7Days: sent?.within7 ?? 0,
    accepted: sent?.accepted ?? 0,
    expiredUnanswered: sent?.expired ?? 0,
    answered: sent?.answered ?? 0,
    medianDaysToFirstAnswer: sent?.median ?? null,
    offersThatFoundNobody: offers[0]?.nobody ?? 0,
    studentsWithNothing: students[0]?.count ?? 0,
  };
}

async function companyFigures(period: Period, today: string): Promise<CompanyFigures> {
  const [active, summary] = await Promise.all([
    // Active: a verified company that published an offer or hosted a placement in the period.
    rows<{ country: "DE" | "FR"; size: CompanySize; count: number }>(
      `WITH ${PLACEMENTS}, active AS (
         SELECT o.company_id FROM offer o WHERE ${inPeriod("o.published_at")}
         UNION
         SELECT o.company_id FROM placement p JOIN offer o ON o.id = p.offer_id
       )
       SELECT c.country, c.size, count(*)::int AS count
       FROM company c JOIN active ON active.company_id = c.id
       WHERE c.status = 'VERIFIED'
       GROUP BY c.country, c.size`,
      period,
      today,
    ),
    rows<{ created: number; schools: number; coordinators: number }>(
      `WITH ${PLACEMENTS}
       SELECT
         (SELECT count(*)::int FROM company c WHERE c.status = 'VERIFIED' AND ${inPeriod("c.created_at")}) AS created,
         (SELECT count(DISTINCT school_id)::int FROM placement) AS schools,
         -- Confirmed by staff before the period ended, and still there when it began.
         (SELECT count(*)::int FROM coordinator_profile cp JOIN app_user u ON u.id = cp.user_id
          WHERE cp.verified_at < ${TO} AND (u.deleted_at IS NULL OR u.deleted_at >= ${FROM})) AS coordinators`,
      period,
      today,
    ),
  ]);
  return {
    active,
    newCompanies: summary[0]?.created ?? 0,
    schoolsWithPlacement: summary[0]?.schools ?? 0,
    activeCoordinators: summary[0]?.coordinators ?? 0,
  };
}

async function eventFigures(period: Period, today: string): Promise<EventFigures> {
  // Published events with a date in the period that was not cancelled.
  const HELD = `
    held AS (
      SELECT e.id, e.category_id, e.organiser_id, occ.starts_at FROM event e
      JOIN event_occurrence occ ON occ.event_id = e.id
      WHERE e.published_at IS NOT NULL AND e.status <> 'CANCELLED' AND NOT occ.cancelled
        AND ${inPeriod("occ.starts_at")}
    )`;
  const [categories, organisers, january, registrations] = await Promise.all([
    rows<{ key: string; events: number; occurrences: number } & Names>(
      `WITH ${HELD}
       SELECT c.key, c.name_de AS "nameDe", c.name_fr AS "nameFr", c.name_en AS "nameEn",
              count(DISTINCT h.id)::int AS events, count(h.id)::int AS occurrences
       FROM event_category c LEFT JOIN held h ON h.category_id = c.id
       GROUP BY c.id ORDER BY c.position, c.key`,
      period,
      today,
    ),
    rows<{ id: string; name: string; events: number; occurrences: number }>(
      `WITH ${HELD}
       SELECT o.id, o.name, count(DISTINCT h.id)::int AS events, count(h.id)::int AS occurrences
       FROM organiser o JOIN held h ON h.organiser_id = o.id
       GROUP BY o.id ORDER BY count(DISTINCT h.id) DESC, o.name`,
      period,
      today,
    ),
    rows<{
      number: number;
      titleDe: string | null;
      titleFr: string | null;
      titleEn: string | null;
      nameDe: string | null;
      nameFr: string | null;
      nameEn: string | null;
      occurrences: number;
    }>(
      `WITH ${HELD}
       SELECT e.number, e.title_de AS "titleDe", e.title_fr AS "titleFr", e.title_en AS "titleEn",
              pl.name_de AS "nameDe", pl.name_fr AS "nameFr", pl.name_en AS "nameEn", count(*)::int AS occurrences
       FROM held h JOIN event e ON e.id = h.id LEFT JOIN place pl ON pl.id = e.place_id
       WHERE to_char(h.starts_at AT TIME ZONE 'Europe/Berlin', 'MM-DD') = '01-22'
       GROUP BY e.id, pl.id ORDER BY e.number`,
      period,
      today,
    ),
    registrationFigures(period),
  ]);
  return {
    byCategory: categories,
    byOrganiser: organisers,
    januaryTwentySecond: january.map(({ nameDe, nameFr, nameEn, ...event }) => ({
      ...event,
      town: nameDe && nameFr && nameEn ? { nameDe, nameFr, nameEn } : null,
    })),
    registrations,
  };
}

async function newsletterFigures(period: Period, today: string): Promise<NewsletterFigures> {
  const [months, editions] = await Promise.all([
    // A subscriber counts at a month's end when confirmed before it and not gone by then
    // (unsubscribed, or suspended and suppressed, whose change time is their last update).
    rows<{ month: string; de: number; fr: number; both: number; confirmations: number; unsubscribes: number }>(
      `WITH month AS (
         SELECT m::date AS first,
                ((m + interval '1 month')::date::timestamp AT TIME ZONE 'Europe/Berlin') AS end_at,
                (m::date::timestamp AT TIME ZONE 'Europe/Berlin') AS start_at
         FROM generate_series($1::date, $2::date - 1, interval '1 month') AS m
         WHERE m::date <= $3::date
       )
       SELECT to_char(m.first, 'YYYY-MM-DD') AS month,
         count(*) FILTER (WHERE s.language = 'DE' AND live)::int AS de,
         count(*) FILTER (WHERE s.language = 'FR' AND live)::int AS fr,
         count(*) FILTER (WHERE s.language = 'BOTH' AND live)::int AS both,
         count(*) FILTER (WHERE s.confirmed_at >= m.start_at AND s.confirmed_at < m.end_at)::int AS confirmations,
         count(*) FILTER (WHERE s.unsubscribed_at >= m.start_at AND s.unsubscribed_at < m.end_at)::int AS unsubscribes
       FROM month m
       LEFT JOIN LATERAL (
         SELECT s.*, (s.confirmed_at < m.end_at AND NOT (
           (s.unsubscribed_at IS NOT NULL AND s.unsubscribed_at < m.end_at)
           OR (s.status IN ('SUSPENDED', 'SUPPRESSED') AND s.updated_at < m.end_at))) AS live
         FROM newsletter_subscriber s WHERE s.confirmed_at IS NOT NULL
       ) s ON true
       GROUP BY m.first ORDER BY m.first`,
      period,
      today,
    ),
    rows<{ month: string; sent: number; bounced: number }>(
      `SELECT ed.month,
              count(d.id) FILTER (WHERE d.status = 'SENT')::int AS sent,
              count(d.id) FILTER (WHERE d.status = 'FAILED')::int AS bounced
       FROM newsletter_edition ed LEFT JOIN newsletter_delivery d ON d.edition_id = ed.id
       WHERE ed.status = 'SENT' AND ${inPeriod("ed.sent_at")}
       GROUP BY ed.id ORDER BY ed.month`,
      period,
      today,
    ),
  ]);
  return { months, editions };
}

const AUDIENCE_OF_SCHOOL = { BBS: "bbsPupil", LYCEE_PRO: "lyceeProPupil", CFA: "apprentice" } as const;

/** Programme keys eligible for a placement, by its facts and the programmes' versions (below). */
const eligibleMemo = new Map<string, string[]>();

/**
 * Nothing records which programmes an application page showed, so this asks the eligibility
 * engine the application page uses (programmesForPlacement) again, for each placement of the
 * period as of the day it was accepted: "accepted placements for which at least one programme
 * is eligible". A few hundred placements a year: the engine is pure and fast.
 */
async function programmeFigures(period: Period, today: string): Promise<ProgrammeFigures> {
  const [placements, programmes] = await Promise.all([
    rows<{
      kind: SchoolKind;
      birth: string;
      country: "DE" | "FR";
      de: string | null;
      fr: string | null;
      host: "DE" | "FR";
      starts: string;
      ends: string;
      accepted: string;
    }>(
      `WITH ${PLACEMENTS}
       SELECT s.kind, to_char(sp.birth_date, 'YYYY-MM-DD') AS birth, sp.country, sp.level_german AS de,
              sp.level_french AS fr, p.host_country AS host, to_char(p.starts_on, 'YYYY-MM-DD') AS starts,
              to_char(p.ends_on, 'YYYY-MM-DD') AS ends,
              to_char(coalesce((SELECT min(e.created_at) FROM application_event e
                                WHERE e.application_id = p.id AND e.status = 'ACCEPTED'), p.submitted_at)
                      AT TIME ZONE 'Europe/Berlin', 'YYYY-MM-DD') AS accepted
       FROM placement p JOIN student_profile sp ON sp.user_id = p.student_id JOIN school s ON s.id = sp.school_id`,
      period,
      today,
    ),
    listProgrammes(),
  ]);
  // What was eligible for a placement depends only on these facts and on the programmes'
  // versions, so the answer is kept in memory under all of them: a changed placement or an
  // edited programme (its version grows) makes a new key, and nothing stale is ever read.
  const versions = programmes.map((programme) => `${programme.key}@${programme.version}`).join(",");
  if (eligibleMemo.size > 50_000) eligibleMemo.clear();
  const counts = new Map<string, number>();
  let withEligible = 0;
  for (const placement of placements) {
    const key = `${versions}|${JSON.stringify(placement)}`;
    let eligible = eligibleMemo.get(key);
    if (!eligible) {
      eligible = checkProgrammes(
        programmes,
        {
          audience: AUDIENCE_OF_SCHOOL[placement.kind],
          birthDate: placement.birth,
          country: placement.country,
          languages: { de: placement.de as never, fr: placement.fr as never },
        },
        {
          country: placement.host,
          startsOn: placement.starts,
          endsOn: placement.ends,
          format: "individual",
          groupSize: null,
        },
        placement.accepted,
      )
        .filter((check) => check.verdict === "eligible")
        .map((check) => check.key);
      eligibleMemo.set(key, eligible);
    }
    if (eligible.length > 0) withEligible += 1;
    for (const programmeKey of eligible) counts.set(programmeKey, (counts.get(programmeKey) ?? 0) + 1);
  }
  return {
    placements: placements.length,
    withEligible,
    byProgramme: programmes.map((programme) => ({
      key: programme.key,
      name: programme.content.name,
      count: counts.get(programme.key) ?? 0,
    })),
  };
}

/** Every figure of one period; `today` decides what is completed and what is still to come. */
export async function yearFigures(period: Period, today: string): Promise<YearFigures> {
  const [placements, funnel, companies, events, newsletter, programmes] = await Promise.all([
    placementFigures(period, today),
    funnelFigures(period, today),
    companyFigures(period, today),
    eventFigures(period, today),
    newsletterFigures(period, today),
    programmeFigures(period, today),
  ]);
  return { period, placements, funnel, companies, events, newsletter, programmes };
}

/**
 * A cheap signature of everything the figures read: counts and latest change times of each
 * table. When it is unchanged, figures computed before are still right (figures-report.server.ts
 * keeps them in memory under it). Deliveries have no change time, so their counts by status
 * stand in for it.
 */
export async function figuresFingerprint(): Promise<string> {
  const [row] = await db().$queryRawUnsafe<{ fingerprint: string }[]>(`
    SELECT concat_ws('|',
      (SELECT concat(count(*), '/', max(updated_at)) FROM application),
      (SELECT concat(count(*), '/', max(created_at)) FROM application_event),
      -- Offers and companies: every write sets updated_at, and both have an index on it, so the
      -- latest change is one index probe (counting 100,000 offers would be a scan).
      (SELECT max(updated_at) FROM offer),
      (SELECT max(updated_at) FROM company),
      (SELECT concat(count(*), '/', max(updated_at), '/', max(deleted_at)) FROM app_user),
      (SELECT concat(count(*), '/', max(updated_at)) FROM student_profile),
      (SELECT concat(count(*), '/', count(verified_at), '/', max(verified_at)) FROM coordinator_profile),
      (SELECT concat(count(*), '/', max(updated_at)) FROM event),
      (SELECT concat(count(*), '/', max(updated_at)) FROM organiser),
      (SELECT concat(count(*), '/', max(updated_at)) FROM newsletter_subscriber),
      (SELECT concat(count(*), '/', max(updated_at)) FROM newsletter_edition),
      (SELECT string_agg(concat(status, count), ',' ORDER BY status) FROM
        (SELECT status, count(*) FROM newsletter_delivery GROUP BY status) d),
      (SELECT concat(count(*), '/', max(updated_at)) FROM programme),
      (SELECT count(*) FROM school), (SELECT count(*) FROM event_category)
    ) AS fingerprint`);
  return row?.fingerprint ?? "";
}

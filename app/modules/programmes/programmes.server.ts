/**
 * Programmes in the database: the starting set, reading them, changing them (every change a new
 * version) and what other modules may ask: deadlines between two days, programmes for a placement.
 */
import type { Prisma } from "~/generated/prisma/client";
import { db, type Database } from "~/utils/db.server";
import { todayInEurope } from "~/utils/calendar-days";
import { checkProgrammes, type Learner, type ProgrammeCheck, type Stay } from "./eligibility";
import { PROGRAMME_SEEDS } from "./programme-catalogue";
import { programmeContentSchema, type ProgrammeContent } from "./programme-content";

export interface Programme {
  id: number;
  key: string;
  version: number;
  content: ProgrammeContent;
  /** YYYY-MM-DD */
  factsAsOf: string;
  toBeChecked: boolean;
  updatedAt: Date;
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

export type ProgrammeRow = {
  id: number;
  key: string;
  version: number;
  content: Prisma.JsonValue;
  factsAsOf: Date;
  toBeChecked: boolean;
  updatedAt: Date;
};

/** A row as the app sees it; content that no longer fits the schema is a bug worth a loud error. */
export function programmeOf(row: ProgrammeRow): Programme {
  return {
    id: row.id,
    key: row.key,
    version: row.version,
    content: programmeContentSchema.parse(row.content),
    factsAsOf: dayOf(row.factsAsOf),
    toBeChecked: row.toBeChecked,
    updatedAt: row.updatedAt,
  };
}

/**
 * Writes the starting programmes that are missing (by key), each with its first version. Runs at
 * every start, like the reference data; a programme staff have edited is left as it is.
 */
export async function ensureProgrammes(database: Database = db()): Promise<void> {
  await database.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('antenne:programmes'))`;
    const existing = new Set((await tx.programme.findMany({ select: { key: true } })).map((row) => row.key));
    for (const [index, seed] of PROGRAMME_SEEDS.entries()) {
      if (existing.has(seed.key)) continue;
      const content = seed.content as unknown as Prisma.InputJsonValue;
      await tx.programme.create({
        data: {
          key: seed.key,
          content,
          factsAsOf: dateOf(seed.factsAsOf),
          toBeChecked: true,
          sortOrder: index + 1,
          versions: { create: { version: 1, content, factsAsOf: dateOf(seed.factsAsOf), toBeChecked: true } },
        },
      });
    }
  });
}

export async function listProgrammes(): Promise<Programme[]> {
  const rows = await db().programme.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
  return rows.map(programmeOf);
}

export async function findProgramme(key: string): Promise<Programme | null> {
  const row = await db().programme.findUnique({ where: { key } });
  return row ? programmeOf(row) : null;
}

export async function programmeVersions(programmeId: number) {
  return db().programmeVersion.findMany({
    where: { programmeId },
    orderBy: { version: "desc" },
    take: 20,
    select: {
      version: true,
      factsAsOf: true,
      note: true,
      restoredFrom: true,
      content: true,
      createdAt: true,
      changedBy: { select: { displayName: true } },
    },
  });
}

export interface ProgrammeDeadline {
  programmeKey: string;
  name: ProgrammeContent["name"];
  /** YYYY-MM-DD */
  date: string;
  link: string;
}

/**
 * The fixed application deadlines of every programme between two days (both included, YYYY-MM-DD),
 * earliest first: for the events calendar and the newsletter's deadline block. Deadlines that
 * depend on a departure ("8 weeks before") or that are rolling have no day and are not listed.
 */
export async function programmeDeadlinesBetween(from: string, to: string): Promise<ProgrammeDeadline[]> {
  const programmes = await listProgrammes();
  return programmes
    .flatMap((programme) =>
      programme.content.deadlines.flatMap((deadline) =>
        deadline.kind === "fixed" && deadline.date >= from && deadline.date <= to
          ? [
              {
                programmeKey: programme.key,
                name: programme.content.name,
                date: deadline.date,
                link: programme.content.link,
              },
            ]
          : [],
      ),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.programmeKey.localeCompare(b.programmeKey));
}

const AUDIENCE_OF_SCHOOL = { BBS: "bbsPupil", LYCEE_PRO: "lyceeProPupil", CFA: "apprentice" } as const;

/** A student's profile as the eligibility engine reads it, or null for someone without one. */
export async function learnerOfStudent(userId: string): Promise<Learner | null> {
  const profile = await db().studentProfile.findUnique({
    where: { userId },
    select: {
      country: true,
      birthDate: true,
      levelGerman: true,
      levelFrench: true,
      school: { select: { kind: true, place: { select: { key: true, country: true } } } },
    },
  });
  if (!profile) return null;
  return {
    audience: AUDIENCE_OF_SCHOOL[profile.school.kind],
    birthDate: dayOf(profile.birthDate),
    country: profile.country,
    languages: { de: profile.levelGerman, fr: profile.levelFrench },
    // The platform's schools are in the partner regions: the school's place says where one lives.
    homeRegion: profile.school.place.country === "FR" ? "normandy" : "lowerSaxony",
    homeTown: profile.school.place.key,
  };
}

export interface PlacementProgrammes {
  programme: Programme;
  check: ProgrammeCheck;
}

/**
 * The programmes that fit a placement (eligible or to check), best first, each with its reasons,
 * estimate and next deadline: for the application page and (later) the internship agreement.
 */
export async function programmesForPlacement(
  learner: Learner,
  stay: Stay,
  today: string = todayInEurope(),
): Promise<PlacementProgrammes[]> {
  const programmes = await listProgrammes();
  const byKey = new Map(programmes.map((programme) => [programme.key, programme]));
  return checkProgrammes(programmes, learner, stay, today)
    .filter((check) => check.verdict !== "notEligible")
    .map((check) => ({ programme: byKey.get(check.key) as Programme, check }));
}

/**
 * The programmes an accepted application's placement fits, as the application page shows them;
 * null for an application that is not accepted (nothing to fund yet). The caller has checked
 * that the reader may see the application (requireApplicationAccess).
 */
export async function acceptedPlacementProgrammes(applicationId: string, today: string = todayInEurope()) {
  const application = await db().application.findUnique({
    where: { id: applicationId },
    select: {
      status: true,
      studentId: true,
      startsOn: true,
      endsOn: true,
      offer: { select: { place: { select: { country: true, key: true } } } },
    },
  });
  if (!application || application.status !== "ACCEPTED") return null;
  const learner = await learnerOfStudent(application.studentId);
  if (!learner) return null;
  return programmesForPlacement(
    learner,
    {
      country: application.offer.place.country,
      startsOn: dayOf(application.startsOn),
      endsOn: dayOf(application.endsOn),
      format: "individual",
      groupSize: null,
      town: application.offer.place.key,
    },
    today,
  );
}

/** The public programme pages below a language, with when each last changed: for the sitemap. */
export async function programmeSitemapPages(): Promise<{ path: string; lastmod: Date }[]> {
  const rows = await db().programme.findMany({
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { key: true, updatedAt: true },
  });
  const latest = rows.reduce<Date | null>((max, row) => (!max || row.updatedAt > max ? row.updatedAt : max), null);
  if (!latest) return [];
  return [
    { path: "/programmes", lastmod: latest },
    { path: "/programmes/check", lastmod: latest },
    ...rows.map((row) => ({ path: `/programmes/${row.key}`, lastmod: row.updatedAt })),
  ];
}

import { randomUUID } from "node:crypto";
import { seedNewsletterDemo } from "~/modules/newsletter/newsletter-demo.server";
import { hash } from "@node-rs/argon2";
import { ensureReferenceData } from "~/modules/reference/reference-data.server";
import type { Database } from "~/utils/db.server";
import { DEMO_PASSWORD } from "./demo-accounts";
import { insertDemoArticles } from "./demo-articles.server";
import { insertDemoFigures } from "./demo-figures.server";
import { insertDemoEvents } from "./demo-events.server";
import { insertDemoRegistrations } from "./demo-registrations.server";
import { insertDemoPlacement } from "./demo-placement.server";
import { allDemoUsers, DEFAULT_DEMO_SEED, generateDemoData, type DemoData } from "./demo-data";

export interface DemoSeedCounts {
  companies: number;
  offers: number;
  students: number;
  coordinators: number;
  staff: number;
  companyMembers: number;
}

export interface DemoSeedResult {
  seeded: boolean;
  counts: DemoSeedCounts;
}

const NOTHING: DemoSeedCounts = { companies: 0, offers: 0, students: 0, coordinators: 0, staff: 0, companyMembers: 0 };

type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/**
 * Fills an empty database with the demo data set (see demo-data.ts). A database that already has
 * any user or company is left alone, so a restart reuses the data and real data is never mixed
 * with demo accounts. Everything goes in one transaction: a failed seed leaves the database empty
 * and the next start tries again. Two processes starting at once are serialised by an advisory
 * lock, and the second one then finds the data and does nothing.
 */
export async function seedDemoData(database: Database, options: { seed?: number } = {}): Promise<DemoSeedResult> {
  if (await hasUsersOrCompanies(database)) return { seeded: false, counts: NOTHING };
  await ensureReferenceData(database);
  const data = generateDemoData(options.seed ?? DEFAULT_DEMO_SEED);
  // Argon2 is slow on purpose: hash once and share the hash among all demo users.
  const passwordHash = await hash(DEMO_PASSWORD);

  const seeded = await database.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('antenne:demo-seed'))`;
      if (await hasUsersOrCompanies(tx)) return false;
      await insert(tx, data, passwordHash);
      return true;
    },
    { timeout: 60_000 },
  );
  return seeded ? { seeded: true, counts: countsOf(data) } : { seeded: false, counts: NOTHING };
}

async function hasUsersOrCompanies(database: Database | Transaction): Promise<boolean> {
  const [user, company] = await Promise.all([
    database.user.findFirst({ select: { id: true } }),
    database.company.findFirst({ select: { id: true } }),
  ]);
  return user !== null || company !== null;
}

function countsOf(data: DemoData): DemoSeedCounts {
  return {
    companies: data.companies.length,
    offers: data.offers.length,
    students: data.students.length,
    coordinators: data.coordinators.length,
    staff: data.staff.length,
    companyMembers: data.companyUsers.length,
  };
}

/** A calendar day ("2027-05-17") for a `@db.Date` column. */
function day(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

function lookup<V>(map: Map<string, V>, key: string, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data names an unknown ${what}: ${key}`);
  return value;
}

async function insert(tx: Transaction, data: DemoData, passwordHash: string): Promise<void> {
  const places = new Map(
    (await tx.place.findMany({ select: { id: true, key: true } })).map((place) => [place.key, place.id]),
  );
  const schools = new Map(
    (await tx.school.findMany({ select: { id: true, key: true } })).map((school) => [school.key, school.id]),
  );

  // Ids are made here rather than by the database so that createMany (one statement per table)
  // can link the rows without reading them back.
  const users = allDemoUsers(data);
  const userIds = new Map(users.map((user) => [user.email, randomUUID()]));
  await tx.user.createMany({
    data: users.map((user) => ({
      id: lookup(userIds, user.email, "user"),
      email: user.email,
      passwordHash,
      role: user.role,
      displayName: user.displayName,
      locale: user.locale,
      emailVerifiedAt: new Date(user.createdAt),
      isDemo: true,
      createdAt: new Date(user.createdAt),
      updatedAt: new Date(user.createdAt),
    })),
  });

  const companyIds = new Map(data.companies.map((company) => [company.slug, randomUUID()]));
  await tx.company.createMany({
    data: data.companies.map((company) => ({
      id: lookup(companyIds, company.slug, "company"),
      slug: company.slug,
      name: company.name,
      country: company.country,
      placeId: lookup(places, company.placeKey, "place"),
      address: company.address,
      website: company.website,
      size: company.size,
      descriptionDe: company.descriptionDe,
      descriptionFr: company.descriptionFr,
      contactName: company.contactName,
      contactEmail: company.contactEmail,
      status: company.status,
      rejectionReason: company.rejectionReason,
      createdAt: new Date(company.createdAt),
      updatedAt: new Date(company.createdAt),
    })),
  });
  await tx.companyMember.createMany({
    data: data.companies.flatMap((company) =>
      company.members.map((member) => ({
        companyId: lookup(companyIds, company.slug, "company"),
        userId: lookup(userIds, member.email, "user"),
        isOwner: member.isOwner,
        joinedAt: new Date(company.createdAt),
      })),
    ),
  });

  await tx.studentProfile.createMany({
    data: data.students.map((student) => ({
      userId: lookup(userIds, student.user.email, "user"),
      schoolId: lookup(schools, student.schoolKey, "school"),
      country: student.country,
      birthDate: day(student.birthDate),
      training: student.training,
      trainingYear: student.trainingYear,
      levelGerman: student.levelGerman,
      levelFrench: student.levelFrench,
      introDe: student.introDe,
      introFr: student.introFr,
      discoverable: student.discoverable,
      accommodationNeeded: student.accommodationNeeded,
    })),
  });
  await tx.studentField.createMany({
    data: data.students.flatMap((student) =>
      student.fieldKeys.map((fieldKey) => ({ studentId: lookup(userIds, student.user.email, "user"), fieldKey })),
    ),
  });
  await tx.studentAvailability.createMany({
    data: data.students.flatMap((student) =>
      student.availability.map((window) => ({
        studentId: lookup(userIds, student.user.email, "user"),
        startsOn: day(window.startsOn),
        endsOn: day(window.endsOn),
      })),
    ),
  });
  await tx.studentPlace.createMany({
    data: data.students.flatMap((student) =>
      student.places.map((wish) => ({
        studentId: lookup(userIds, student.user.email, "user"),
        placeId: lookup(places, wish.placeKey, "place"),
        radiusKm: wish.radiusKm,
      })),
    ),
  });
  await tx.coordinatorProfile.createMany({
    data: data.coordinators.map((coordinator) => ({
      userId: lookup(userIds, coordinator.user.email, "user"),
      schoolId: lookup(schools, coordinator.schoolKey, "school"),
      // Demo teachers are confirmed, as staff would have done.
      verifiedAt: coordinator.user.createdAt,
    })),
  });

  // Offers go in in generation order, so their autoincremented public numbers follow it.
  const offers = data.offers.map((offer) => ({ id: randomUUID(), offer }));
  await tx.offer.createMany({
    data: offers.map(({ id, offer }) => ({
      id,
      companyId: lookup(companyIds, offer.companySlug, "company"),
      slug: offer.slug,
      titleDe: offer.titleDe,
      titleFr: offer.titleFr,
      descriptionDe: offer.descriptionDe,
      descriptionFr: offer.descriptionFr,
      placeId: lookup(places, offer.placeKey, "place"),
      address: offer.address,
      minWeeks: offer.minWeeks,
      maxWeeks: offer.maxWeeks,
      languageLevel: offer.languageLevel,
      minorsWelcome: offer.minorsWelcome,
      minAge: offer.minAge,
      hoursPerDay: offer.hoursPerDay,
      hoursPerWeek: offer.hoursPerWeek,
      workDays: offer.workDays,
      accommodation: offer.accommodation,
      allowanceEuroMonth: offer.allowanceEuroMonth,
      tutorName: offer.tutorName,
      applicationDeadline: offer.applicationDeadline ? day(offer.applicationDeadline) : null,
      status: offer.status,
      publishedAt: offer.publishedAt ? new Date(offer.publishedAt) : null,
      createdAt: new Date(offer.createdAt),
      updatedAt: new Date(offer.publishedAt ?? offer.createdAt),
    })),
  });
  await tx.offerField.createMany({
    data: offers.flatMap(({ id, offer }) => offer.fieldKeys.map((fieldKey) => ({ offerId: id, fieldKey }))),
  });
  await tx.offerPeriod.createMany({
    data: offers.flatMap(({ id, offer }) =>
      offer.periods.map((period) => ({
        offerId: id,
        startsOn: day(period.startsOn),
        endsOn: day(period.endsOn),
        places: period.places,
      })),
    ),
  });
  await insertDemoPlacement(tx, data.referenceDate);
  await insertDemoFigures(tx, passwordHash, data.referenceDate);
  await insertDemoArticles(tx, data.referenceDate);
  await insertDemoEvents(tx, data.referenceDate);
  await insertDemoRegistrations(tx, data.referenceDate);
  await seedNewsletterDemo(tx, data.referenceDate);
}

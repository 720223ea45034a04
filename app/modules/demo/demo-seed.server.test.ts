import { verify } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { allDemoUsers, generateDemoData } from "./demo-data";
import { seedDemoData } from "./demo-seed.server";
import { demoEvents } from "./demo-events";
import { moved, movedDate } from "../../../test/support/moved-days";
import { demoEditionYears } from "./demo-events";
import { demoReferenceDate } from "./demo-shift";
import { currentSchoolYear, periodOf, previousYear } from "~/modules/figures/figure-year";

const data = generateDemoData();

/**
 * Rows of the live demo, without the past pupils and closed offers that the figures' history adds
 * (demo-figures.server.ts writes them with ids of its own, `00000000-0000-4000-5e0…`); the history
 * is counted on its own.
 */
async function tableCounts() {
  const database = db();
  const live = async (sql: string) => Number((await database.$queryRawUnsafe<{ n: bigint }[]>(sql))[0]?.n ?? 0);
  const notHistory = (column: string) => `${column}::text NOT LIKE '00000000-0000-4000-5e0%'`;
  return {
    users: await live(`SELECT count(*) AS n FROM app_user WHERE ${notHistory("id")}`),
    companies: await database.company.count(),
    members: await database.companyMember.count(),
    students: await live(`SELECT count(*) AS n FROM student_profile WHERE ${notHistory("user_id")}`),
    studentFields: await live(`SELECT count(*) AS n FROM student_field WHERE ${notHistory("student_id")}`),
    coordinators: await database.coordinatorProfile.count(),
    offers: await live(`SELECT count(*) AS n FROM offer WHERE ${notHistory("id")}`),
    offerFields: await live(`SELECT count(*) AS n FROM offer_field WHERE ${notHistory("offer_id")}`),
    periods: await live(`SELECT count(*) AS n FROM offer_period WHERE ${notHistory("offer_id")}`),
    events: await database.event.count(),
    occurrences: await database.eventOccurrence.count(),
    editions: await database.edition.count(),
  };
}

// The tests share one database and build on each other, in this order.
describe("seedDemoData", () => {
  it("leaves a database with a real user alone", async () => {
    const user = await db().user.create({
      data: { email: "someone@antenne.example", role: "STAFF", displayName: "Someone" },
    });
    expect(await seedDemoData(db())).toMatchObject({ seeded: false });
    expect(await db().company.count()).toBe(0);
    expect(await db().user.count()).toBe(1);
    await db().user.delete({ where: { id: user.id } });
  });

  it("seeds an empty database exactly once, even when two starts race", async () => {
    const results = await Promise.all([seedDemoData(db()), seedDemoData(db())]);
    expect(results.map((result) => result.seeded).sort()).toEqual([false, true]);
    const seeded = results.find((result) => result.seeded);
    expect(seeded?.counts).toEqual({
      companies: data.companies.length,
      offers: 200,
      students: data.students.length,
      coordinators: data.coordinators.length,
      staff: 1,
      companyMembers: data.companyUsers.length,
    });
    expect(await tableCounts()).toEqual({
      users: allDemoUsers(data).length,
      companies: data.companies.length,
      members: data.companies.reduce((sum, company) => sum + company.members.length, 0),
      students: data.students.length,
      studentFields: data.students.reduce((sum, student) => sum + student.fieldKeys.length, 0),
      coordinators: data.coordinators.length,
      offers: 200,
      offerFields: data.offers.reduce((sum, offer) => sum + offer.fieldKeys.length, 0),
      periods: data.offers.reduce((sum, offer) => sum + offer.periods.length, 0),
      events: demoEvents().length,
      occurrences: expect.any(Number),
      editions: 2,
    });
    // The figures' history: 2024/25 and 2025/26, each with pupils placed and some who got nothing.
    const pastPupils = await db().user.count({ where: { email: { startsWith: "ehemalige-" } } });
    expect(pastPupils).toBe(38 + 8 + 64 + 8);
    expect(
      await db().application.count({
        where: {
          studentId: {
            in: (
              await db().user.findMany({ where: { email: { startsWith: "ehemalige-" } }, select: { id: true } })
            ).map((u) => u.id),
          },
        },
      }),
    ).toBeGreaterThanOrEqual(38 + 64);
  });

  it("creates the documented demo logins with the right role and the demo password", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await db().user.findUnique({ where: { email: account.email } });
      expect(user, account.email).toMatchObject({
        role: account.role,
        displayName: account.displayName,
        locale: account.locale,
        isDemo: true,
      });
      expect(user?.emailVerifiedAt).toBeInstanceOf(Date);
      expect(await verify(user?.passwordHash ?? "", DEMO_PASSWORD)).toBe(true);
      expect(await verify(user?.passwordHash ?? "", "wrong-password")).toBe(false);
    }
    expect(await db().user.count({ where: { isDemo: false } })).toBe(0);
    const hashes = await db().user.findMany({ distinct: ["passwordHash"], select: { passwordHash: true } });
    expect(hashes).toHaveLength(1);
  });

  it("links the demo accounts to their profiles, schools and companies", async () => {
    const lea = await db().user.findUniqueOrThrow({
      where: { email: "eleve.demo@antenne.example" },
      include: { student: { include: { school: true, fields: true } } },
    });
    // A @db.Date column must come back as the same calendar day, whatever the time zone.
    expect(lea.student?.birthDate.toISOString()).toBe(moved("2009-09-14T00:00:00.000Z"));
    expect(lea.student?.school.key).toBe("lp-industrie-rouen");
    expect(lea.student?.fields.map((field) => field.fieldKey)).toContain("mechatronics");

    const coordinator = await db().user.findUniqueOrThrow({
      where: { email: "lehrkraft.demo@antenne.example" },
      include: { coordinator: { include: { school: true } } },
    });
    expect(coordinator.coordinator?.school.kind).toBe("BBS");

    const owner = await db().companyMember.findFirstOrThrow({
      where: { user: { email: "firma.demo@antenne.example" } },
      include: { company: { include: { place: true, _count: { select: { offers: true } } } } },
    });
    expect(owner.isOwner).toBe(true);
    expect(owner.company).toMatchObject({ status: "VERIFIED", country: "DE" });
    expect(owner.company.place.country).toBe("DE");
    expect(owner.company._count.offers).toBeGreaterThanOrEqual(5);
  });

  it("gives Jonas an accepted four-week placement in Caen, at least nine weeks ahead", async () => {
    const placement = await db().application.findFirstOrThrow({
      where: { student: { email: "schueler.demo@antenne.example" } },
      include: { offer: { include: { place: true } }, events: true },
    });
    expect(placement.status).toBe("ACCEPTED");
    expect(placement.offer.place.key).toBe("caen");
    expect(placement.offer.status).toBe("PUBLISHED");
    expect((placement.endsOn.getTime() - placement.startsOn.getTime()) / 86_400_000).toBe(25);
    expect(placement.startsOn.toISOString().slice(0, 10) >= moved("2027-01-28")).toBe(true);
    expect(placement.events.map((event) => event.status).sort()).toEqual(["ACCEPTED", "SUBMITTED"]);
  });

  it("gives the figures the last school year with placements both ways, and a year before", async () => {
    const { yearFigures } = await import("~/modules/figures/figures.server");
    // 2025/26 and 2024/25 for the demo as written (26 November 2026).
    const today = demoReferenceDate();
    const last = previousYear(currentSchoolYear(today));
    const year = await yearFigures(periodOf(last), today);
    const before = await yearFigures(periodOf(previousYear(last)), today);
    expect(year.placements.total).toBe(64);
    expect(year.placements.byDirection.every((direction) => direction.accepted >= 5)).toBe(true);
    expect(year.placements.bySchool.length).toBeGreaterThanOrEqual(5);
    expect(year.funnel.studentsWithNothing).toBe(8);
    expect(year.funnel.expiredUnanswered).toBeGreaterThan(0);
    expect(before.placements.total).toBe(38);
    // The last 22 January took registrations, classes among them, erased as 90 days later (in
    // the school year that holds it: the last one in autumn, the current one from February).
    const { past } = demoEditionYears(today);
    const ofJanuary = await yearFigures({ from: `${past - 1}-08-01`, to: `${past}-08-01` }, today);
    const { januaryTwentySecond: january } = ofJanuary.events.registrations;
    expect(january.pupilsInClasses).toBeGreaterThan(50);
    expect(january.checkIns).toBeGreaterThan(0);
    expect(january.checkIns).toBeLessThan(january.people);
    expect(await db().registration.count({ where: { OR: [{ email: { not: null } }, { erasedAt: null }] } })).toBe(0);
  });

  it("publishes offers of verified companies only, with their fields, periods and working time", async () => {
    expect(await db().offer.count({ where: { status: "PUBLISHED", company: { status: { not: "VERIFIED" } } } })).toBe(
      0,
    );
    expect(await db().offer.count({ where: { status: "PUBLISHED", publishedAt: null } })).toBe(0);
    expect(await db().offer.count({ where: { status: "PUBLISHED" } })).toBe(
      data.offers.filter((o) => o.status === "PUBLISHED").length,
    );

    const first = data.offers[0];
    const stored = await db().offer.findFirstOrThrow({
      orderBy: { number: "asc" },
      include: { periods: { orderBy: { startsOn: "asc" } }, fields: true, place: true },
    });
    expect(stored.slug).toBe(first?.slug);
    expect(stored.place.key).toBe(first?.placeKey);
    expect(stored.hoursPerDay.toNumber()).toBe(first?.hoursPerDay);
    expect(stored.hoursPerWeek.toNumber()).toBe(first?.hoursPerWeek);
    expect(stored.workDays).toEqual(first?.workDays);
    expect(stored.fields.map((field) => field.fieldKey).sort()).toEqual([...(first?.fieldKeys ?? [])].sort());
    expect(
      stored.periods.map((period) => [
        period.startsOn.toISOString().slice(0, 10),
        period.endsOn.toISOString().slice(0, 10),
        period.places,
      ]),
    ).toEqual(first?.periods.map((period) => [period.startsOn, period.endsOn, period.places]));
  });

  it("fills the calendar: upcoming events, two series with an exception, two 22 January editions", async () => {
    const { past, next } = demoEditionYears(demoReferenceDate());
    const reference = movedDate("2026-11-26T00:00:00Z");
    const sixMonths = movedDate("2027-05-31T00:00:00Z");
    const upcoming = await db().event.count({
      where: { editionId: null, rrule: null, startsAt: { gte: reference, lt: sixMonths } },
    });
    expect(upcoming).toBeGreaterThanOrEqual(55);
    expect(new Set((await db().event.findMany({ select: { organiserId: true } })).map((e) => e.organiserId)).size).toBe(
      12,
    );
    const organisers = await db().organiser.findMany();
    expect(new Set(organisers.map((o) => o.country))).toEqual(new Set(["DE", "FR"]));
    expect(organisers.every((o) => o.contactEmail)).toBe(true);
    const series = await db().event.findMany({ where: { rrule: { not: null } }, include: { exceptions: true } });
    expect(series.map((s) => s.exceptions.length)).toEqual([1, 1]);
    expect(await db().event.count({ where: { status: "CANCELLED" } })).toBeGreaterThan(0);
    expect(await db().event.count({ where: { attendance: "ONLINE" } })).toBeGreaterThan(0);
    const editions = await db().edition.findMany({
      orderBy: { year: "asc" },
      include: { _count: { select: { events: true } } },
    });
    expect(editions.map((e) => [e.year, e.archivedAt !== null, e._count.events, e.reviewFr !== null])).toEqual([
      [past, true, 15, true],
      [next, false, 15, false],
    ]);
    const sessions = await db().event.findMany({ where: { edition: { year: next } }, include: { place: true } });
    expect(new Set(sessions.map((s) => s.place?.key)).size).toBeGreaterThanOrEqual(6);
    expect(sessions.filter((s) => s.audience === "PUPILS").length).toBeGreaterThanOrEqual(3);
  });

  it("does nothing on a second start and keeps every count", async () => {
    const before = await tableCounts();
    expect(await seedDemoData(db())).toEqual({
      seeded: false,
      counts: { companies: 0, offers: 0, students: 0, coordinators: 0, staff: 0, companyMembers: 0 },
    });
    expect(await tableCounts()).toEqual(before);
  });
});

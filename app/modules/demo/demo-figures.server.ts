/**
 * Demo history for the office's figures (issue 23): the last school year before the demo's today
 * and part of the one before (2025/26 and 2024/25 for a today in November 2026),
 * so /staff/figures is not empty on a fresh start. Past pupils of every school (accounts without
 * a log-in of their own, marked as demo) applied to offers that have since closed: most got a
 * placement in the other country, starting mostly in May and June, some were declined or never
 * answered. Deterministic: its own seeded random source, so every fresh start shows the same year.
 */
import type { Prisma } from "~/generated/prisma/client";
import { dayNumber, isoDay } from "~/utils/calendar-days";
import { currentSchoolYear } from "~/modules/figures/figure-year";
import { DemoRandom } from "./demo-random";
import { randomPerson } from "./names";

const SEED = 2526;
const DAY = 86_400_000;

/** Placements per school year, and how many months of it the demo covers (the older from February). */
const YEARS = [
  { yearsBack: 2, placements: 38, firstMonth: 6 },
  { yearsBack: 1, placements: 64, firstMonth: 0 },
] as const;

/** Months of start from August (index 0) to July, weighted as placements fall in a school year. */
const MONTH_WEIGHTS = [0, 2, 4, 3, 1, 1, 2, 4, 3, 9, 8, 1] as const;

type Tx = Prisma.TransactionClient;

const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);
/** Fixed ids, so every fresh start writes the same rows. */
const uuid = (kind: string, n: number) => `00000000-0000-4000-${kind}-${String(n).padStart(12, "0")}`;

/** The Monday on or after the day. */
function monday(day: string): string {
  const number = dayNumber(day);
  const weekday = (new Date(number * DAY).getUTCDay() + 6) % 7;
  return isoDay(number + (weekday === 0 ? 0 : 7 - weekday));
}

export async function insertDemoFigures(tx: Tx, passwordHash: string, reference: string): Promise<void> {
  const random = new DemoRandom(SEED);
  const schools = await tx.school.findMany({ orderBy: { id: "asc" } });
  const templates = await tx.offer.findMany({
    where: { status: "PUBLISHED" },
    orderBy: { number: "asc" },
    take: 120,
    include: { fields: true, place: true },
  });
  const byCountry = {
    DE: templates.filter((o) => o.place.country === "DE"),
    FR: templates.filter((o) => o.place.country === "FR"),
  };
  if (byCountry.DE.length === 0 || byCountry.FR.length === 0 || schools.length === 0) return;
  const owners = new Map(
    (await tx.companyMember.findMany({ where: { isOwner: true } })).map((member) => [member.companyId, member.userId]),
  );

  const users: Prisma.UserCreateManyInput[] = [];
  const profiles: Prisma.StudentProfileCreateManyInput[] = [];
  const studentFields: Prisma.StudentFieldCreateManyInput[] = [];
  const offers: Prisma.OfferCreateManyInput[] = [];
  const offerFields: Prisma.OfferFieldCreateManyInput[] = [];
  const periods: Prisma.OfferPeriodCreateManyInput[] = [];
  const applications: Prisma.ApplicationCreateManyInput[] = [];
  const steps: Prisma.ApplicationEventCreateManyInput[] = [];
  let pupil = 0;
  for (const { yearsBack, ...counts } of YEARS) {
    const year = { ...counts, start: currentSchoolYear(reference).start - yearsBack };
    for (let index = 0; index < year.placements + 8; index++) {
      const placed = index < year.placements;
      const school = random.pick(schools);
      const host = school.country === "DE" ? "FR" : "DE";
      const person = randomPerson(random, school.country, "young");
      pupil += 1;
      const userId = uuid("5e00", pupil);
      users.push({
        id: userId,
        email: `ehemalige-${pupil}@demo.antenne.example`,
        role: "STUDENT",
        displayName: person.fullName,
        locale: school.country === "DE" ? "de" : "fr",
        passwordHash,
        isDemo: true,
        emailVerifiedAt: dateOf(`${year.start}-09-01`),
        createdAt: dateOf(`${year.start}-09-01`),
      });
      const template = random.pick(byCountry[host]);
      profiles.push({
        userId,
        schoolId: school.id,
        country: school.country,
        birthDate: dateOf(`${year.start - random.int(16, 19)}-${String(random.int(1, 12)).padStart(2, "0")}-15`),
        training: school.country === "DE" ? "Berufsausbildung" : "Bac professionnel",
        trainingYear: random.int(1, 3),
        levelGerman: school.country === "DE" ? "C2" : random.pick(["A2", "B1", "B2"] as const),
        levelFrench: school.country === "FR" ? "C2" : random.pick(["A2", "B1", "B2"] as const),
      });
      for (const field of template.fields) studentFields.push({ studentId: userId, fieldKey: field.fieldKey });

      const month = random.weighted(
        MONTH_WEIGHTS.map((weight, position) => [position, weight] as const).filter(
          ([position, weight]) => weight > 0 && position >= year.firstMonth,
        ),
      );
      const monthStart = `${month < 5 ? year.start : year.start + 1}-${String(((month + 7) % 12) + 1).padStart(2, "0")}-01`;
      const startsOn = monday(isoDay(dayNumber(monthStart) + random.int(0, 20)));
      const weeks = random.weighted([
        [3, 2],
        [4, 6],
        [5, 1],
        [6, 2],
      ] as const);
      const endsOn = isoDay(dayNumber(startsOn) + weeks * 7 - 3);
      // A closed offer of that year, like one the company had then: same text, place and fields.
      const offerId = uuid("5e01", pupil);
      const periodId = uuid("5e02", pupil);
      offers.push({
        id: offerId,
        companyId: template.companyId,
        slug: template.slug,
        titleDe: template.titleDe,
        titleFr: template.titleFr,
        descriptionDe: template.descriptionDe,
        descriptionFr: template.descriptionFr,
        placeId: template.placeId,
        address: template.address,
        minWeeks: template.minWeeks,
        maxWeeks: template.maxWeeks,
        languageLevel: template.languageLevel,
        minorsWelcome: template.minorsWelcome,
        minAge: template.minAge,
        hoursPerDay: template.hoursPerDay,
        hoursPerWeek: template.hoursPerWeek,
        workDays: template.workDays,
        accommodation: template.accommodation,
        tutorName: template.tutorName,
        status: placed ? "FILLED" : "EXPIRED",
        publishedAt: new Date(dateOf(startsOn).getTime() - random.int(70, 140) * DAY),
      });
      for (const field of template.fields) offerFields.push({ offerId, fieldKey: field.fieldKey });
      periods.push({
        id: periodId,
        offerId,
        startsOn: dateOf(startsOn),
        endsOn: dateOf(endsOn),
        places: placed ? 1 : 2,
      });

      const submittedAt = new Date(dateOf(startsOn).getTime() - random.int(40, 80) * DAY + 10 * 3600_000);
      const answeredAt = (days: number) => new Date(submittedAt.getTime() + days * DAY + 5 * 3600_000);
      // Not every application is answered in time: some wait a fortnight and expire.
      const outcome = placed
        ? "ACCEPTED"
        : random.weighted([
            ["DECLINED", 3],
            ["EXPIRED", 2],
          ] as const);
      const answerDays =
        outcome === "EXPIRED"
          ? 14
          : random.weighted([
              [random.int(1, 6), 7],
              [random.int(8, 13), 3],
            ] as const);
      const applicationId = uuid("5e03", pupil);
      applications.push({
        id: applicationId,
        studentId: userId,
        offerId,
        periodId,
        startsOn: dateOf(startsOn),
        endsOn: dateOf(endsOn),
        status: outcome,
        motivation:
          school.country === "DE"
            ? "Ich möchte die Arbeit in einem französischen Betrieb kennenlernen und mein Französisch verbessern."
            : "Je souhaite découvrir le travail dans une entreprise allemande et progresser en allemand.",
        motivationLanguage: school.country === "DE" ? "de" : "fr",
        submittedAt,
        updatedAt: answeredAt(answerDays),
      });
      steps.push(
        { applicationId, status: "SUBMITTED", actorId: userId, createdAt: submittedAt },
        {
          applicationId,
          status: outcome,
          actorId: outcome === "EXPIRED" ? null : (owners.get(template.companyId) ?? null),
          createdAt: answeredAt(answerDays),
        },
      );
    }
  }
  await tx.user.createMany({ data: users });
  await tx.studentProfile.createMany({ data: profiles });
  await tx.studentField.createMany({ data: studentFields, skipDuplicates: true });
  await tx.offer.createMany({ data: offers });
  await tx.offerField.createMany({ data: offerFields, skipDuplicates: true });
  await tx.offerPeriod.createMany({ data: periods });
  await tx.application.createMany({ data: applications });
  await tx.applicationEvent.createMany({ data: steps });
}

/**
 * A school year 2025/26 (and a little of 2024/25) whose figures are known exactly, seeded through
 * the real database for the figures tests. The answers are in FIGURES_2025_26 below; change one
 * without the other and the tests say so.
 */
import { eraseAccount } from "~/modules/accounts/account-deletion.server";
import type { ApplicationStatus } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { companyWithOwner, person } from "./company-fixtures";
import { category, organiser, publishedEvent } from "./event-test-data";
import { publishedOffer, studentWithProfile } from "./student-fixtures";

const at = (iso: string) => new Date(iso);
const DAY = 86_400_000;

/** One application with its steps: sent at `sentAt`, answered `answer.days` later (or never). */
async function application(
  studentId: string,
  offer: { id: string; periods: { id: string; startsOn: Date; endsOn: Date }[] },
  sentAt: string,
  status: ApplicationStatus,
  answerAfterDays?: number,
) {
  const period = offer.periods[0]!;
  const submittedAt = at(sentAt);
  const steps: { status: ApplicationStatus; createdAt: Date }[] = [{ status: "SUBMITTED", createdAt: submittedAt }];
  if (answerAfterDays !== undefined)
    steps.push({ status, createdAt: new Date(submittedAt.getTime() + answerAfterDays * DAY) });
  return db().application.create({
    data: {
      studentId,
      offerId: offer.id,
      periodId: period.id,
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      status,
      motivation: "Ich möchte die Arbeit im anderen Land kennenlernen.",
      motivationLanguage: "de",
      submittedAt,
      events: { create: steps },
    },
  });
}

export const FIGURES_TODAY = "2026-06-15";

export const FIGURES_2025_26 = {
  placements: 10,
  toGermany: { accepted: 7, completed: 7 },
  toFrance: { accepted: 3, completed: 0 },
  applications: 14,
  answeredWithin7Days: 10,
  accepted: 10,
  expired: 1,
  medianDaysToFirstAnswer: 3,
  publishedOffers: 3,
  offersThatFoundNobody: 1,
  studentsWithNothing: 2,
};

export async function seedFiguresYear() {
  const staff = await person("bureau@antenne.example", "STAFF");
  const north = await companyWithOwner("Werkstatt Nord", "chefin@werkstatt.example", { placeKey: "braunschweig" });
  await db().company.update({ where: { id: north.id }, data: { createdAt: at("2025-09-01T09:00:00Z") } });
  const rouen = await companyWithOwner("Atelier Rouen", "patron@atelier.example", { placeKey: "rouen" });
  await db().company.update({
    where: { id: rouen.id },
    data: { createdAt: at("2024-05-01T09:00:00Z"), size: "MICRO" },
  });

  // Four weeks each (Monday to the Friday four weeks later), and one two-week offer nobody got.
  const toGermany = await publishedOffer(north.id, {
    placeKey: "braunschweig",
    fields: ["mechatronics"],
    publishedAt: at("2025-09-10T08:00:00Z"),
    periods: [{ startsOn: "2026-05-04", endsOn: "2026-05-29", places: 8 }],
  });
  const toFrance = await publishedOffer(rouen.id, {
    placeKey: "rouen",
    fields: ["hospitality"],
    publishedAt: at("2025-10-01T08:00:00Z"),
    periods: [{ startsOn: "2026-06-01", endsOn: "2026-06-26", places: 4 }],
  });
  const unfilled = await publishedOffer(north.id, {
    placeKey: "wolfsburg",
    fields: ["it"],
    publishedAt: at("2025-11-01T08:00:00Z"),
    periods: [{ startsOn: "2026-03-02", endsOn: "2026-03-13", places: 2 }],
  });
  const lastYear = await publishedOffer(rouen.id, {
    placeKey: "caen",
    fields: ["metal"],
    publishedAt: at("2024-10-01T08:00:00Z"),
    periods: [{ startsOn: "2025-05-05", endsOn: "2025-05-30", places: 6 }],
  });

  const french: Awaited<ReturnType<typeof studentWithProfile>>[] = [];
  for (let index = 1; index <= 10; index++) {
    french.push(await studentWithProfile(`eleve${index}@lycee.example`, { schoolKey: "lp-industrie-rouen" }));
  }
  const german = [];
  for (let index = 1; index <= 8; index++) {
    german.push(
      await studentWithProfile(`schueler${index}@bbs.example`, {
        schoolKey: "bbs-technik-braunschweig",
        levelFrench: "B1",
        levelGerman: "C2",
        birthDate: "2007-03-01",
      }),
    );
  }

  // 2025/26: seven French pupils to Braunschweig (five answered in 3 days, two in 10) …
  for (const [index, student] of french.slice(0, 7).entries()) {
    await application(student.id, toGermany, "2025-10-01T10:00:00Z", "ACCEPTED", index < 5 ? 3 : 10);
  }
  // … three German pupils to Rouen, answered in 2 days …
  for (const student of german.slice(0, 3)) {
    await application(student.id, toFrance, "2025-11-01T10:00:00Z", "ACCEPTED", 2);
  }
  // … and the offer in Wolfsburg: one declined (5 days) who got a place elsewhere, one declined
  // (1 day) and one expired who got nothing, one still waiting.
  await application(french[0]!.id, unfilled, "2025-12-01T10:00:00Z", "DECLINED", 5);
  await application(french[7]!.id, unfilled, "2025-12-01T10:00:00Z", "DECLINED", 1);
  await application(french[8]!.id, unfilled, "2025-12-01T10:00:00Z", "EXPIRED");
  await application(french[9]!.id, unfilled, "2025-12-02T10:00:00Z", "SUBMITTED");

  // 2024/25: five German pupils to Caen.
  for (const student of german.slice(3, 8)) {
    await application(student.id, lastYear, "2025-01-10T10:00:00Z", "ACCEPTED", 4);
  }

  // One placed pupil has since erased their account: they still count.
  await db().$transaction((tx) => eraseAccount(tx, french[6]!, at("2026-07-01T00:00:00Z")));

  // A confirmed coordinator, and one staff never confirmed.
  const teacher = await person("prof@lycee.example", "COORDINATOR");
  const school = await db().school.findUniqueOrThrow({ where: { key: "lp-industrie-rouen" } });
  await db().coordinatorProfile.create({
    data: { userId: teacher.id, schoolId: school.id, verifiedAt: at("2025-09-15T08:00:00Z") },
  });
  const unconfirmed = await person("neu@lycee.example", "COORDINATOR");
  await db().coordinatorProfile.create({ data: { userId: unconfirmed.id, schoolId: school.id } });

  // Events: two films (one on the 22 January) by the institute, a talk by the twinning club,
  // and a draft that does not count.
  const institute = await organiser("Institut français Hannover");
  const club = await organiser("Städtepartnerschaft Hannover–Rouen");
  const film = await category("film");
  const talk = await category("talk");
  const januaryFilm = await publishedEvent(staff.id, {
    organiserId: institute.id,
    categoryId: String(film.id),
    start: "2026-01-22T18:00",
    end: "2026-01-22T20:00",
  });
  const novemberFilm = await publishedEvent(staff.id, {
    organiserId: institute.id,
    categoryId: String(film.id),
    start: "2025-11-12T19:00",
    end: "2025-11-12T21:00",
  });
  // Registrations: on the 22 January a class of 12 pupils and 2 adults (checked in), three people
  // (two checked in), one waiting and one who cancelled; in November six people, one erased since.
  await registrations(januaryFilm.id, [
    { kind: "CLASS", status: "CONFIRMED", pupils: 12, adults: 2, checkedIn: true },
    ...Array.from({ length: 3 }, (_, i) => ({
      kind: "PERSON" as const,
      status: "CONFIRMED" as const,
      checkedIn: i < 2,
    })),
    { kind: "PERSON", status: "WAITING" },
    { kind: "PERSON", status: "CANCELLED" },
  ]);
  await registrations(novemberFilm.id, [
    ...Array.from({ length: 5 }, () => ({ kind: "PERSON" as const, status: "CONFIRMED" as const })),
    { kind: "PERSON", status: "CONFIRMED", erased: true },
  ]);
  await publishedEvent(staff.id, {
    organiserId: club.id,
    categoryId: String(talk.id),
    start: "2026-03-05T19:00",
    end: "2026-03-05T21:00",
  });
  const draft = await publishedEvent(staff.id, {
    organiserId: club.id,
    categoryId: String(talk.id),
    start: "2026-04-05T19:00",
    end: "2026-04-05T21:00",
  });
  await db().event.update({ where: { id: draft.id }, data: { publishedAt: null } });

  // Newsletter: a German reader since August, a French one from September to November, one who
  // never confirmed; the October edition reached one and bounced at the other.
  const reader = await db().newsletterSubscriber.create({
    data: {
      email: "leserin@example.org",
      language: "DE",
      signupLanguage: "de",
      status: "CONFIRMED",
      confirmedAt: at("2025-08-10T10:00:00Z"),
      topics: ["events"],
    },
  });
  const lecteur = await db().newsletterSubscriber.create({
    data: {
      email: "lecteur@example.org",
      language: "FR",
      signupLanguage: "fr",
      status: "UNSUBSCRIBED",
      confirmedAt: at("2025-09-05T10:00:00Z"),
      unsubscribedAt: at("2025-11-20T10:00:00Z"),
      topics: ["events"],
    },
  });
  await db().newsletterSubscriber.create({
    data: { email: "peut-etre@example.org", language: "BOTH", signupLanguage: "en", topics: [] },
  });
  await db().newsletterEdition.create({
    data: {
      month: "2025-10",
      status: "SENT",
      sentAt: at("2025-10-05T08:00:00Z"),
      deliveries: {
        create: [
          { subscriberId: reader.id, status: "SENT", sentAt: at("2025-10-05T08:00:00Z") },
          { subscriberId: lecteur.id, status: "FAILED", lastError: "550 no such user" },
        ],
      },
    },
  });
  return { staff, french, german };
}

type SeededRegistration = {
  kind: "PERSON" | "CLASS";
  status: "CONFIRMED" | "WAITING" | "CANCELLED";
  pupils?: number;
  adults?: number;
  checkedIn?: boolean;
  erased?: boolean;
};

/** Registrations for an event's one date, as registering, checking in and erasure leave them. */
async function registrations(eventId: string, seeded: SeededRegistration[]) {
  await db().registrationSetting.create({ data: { eventId, mode: "HERE", seats: 40 } });
  const { originalStartsAt, startsAt } = await db().eventOccurrence.findFirstOrThrow({ where: { eventId } });
  await db().registrationSlot.create({ data: { eventId, originalStartsAt } });
  for (const [index, entry] of seeded.entries()) {
    const headCount = entry.kind === "CLASS" ? (entry.pupils ?? 0) + (entry.adults ?? 0) : 1;
    await db().registration.create({
      data: {
        eventId,
        originalStartsAt,
        kind: entry.kind,
        status: entry.status,
        name: entry.erased ? "—" : `Gast ${index}`,
        email: entry.erased ? null : `gast-${index}-${eventId.slice(0, 8)}@example.org`,
        language: "de",
        headCount,
        pupils: entry.pupils ?? 0,
        adults: entry.adults ?? 0,
        queuedAt: startsAt,
        checkedInAt: entry.checkedIn ? startsAt : null,
        erasedAt: entry.erased ? startsAt : null,
      },
    });
  }
}

/**
 * The mails of an application's life, queued in the transaction of the change that causes them:
 * each side hears of the other's moves, always in the recipient's own language, with absolute
 * links into their own area. Who is told of what:
 *
 *   company members  a new application, a withdrawal, the 7-day reminder
 *   the student      seen, shortlisted, accepted, declined (with the message), expired
 *   coordinators     an acceptance of a student of their school (confirmed coordinators only)
 */
import type { Prisma } from "~/generated/prisma/client";
import { languageOf, type Language } from "~/modules/i18n/languages";
import { queueMail } from "~/modules/mail/mail-queue.server";
import { formatDateRange } from "~/modules/i18n/date-format";
import { titleFor } from "~/modules/offers/offer-url";
import { loadEnv } from "~/utils/env.server";

type Tx = Prisma.TransactionClient;

/** What every application mail says about the application, read once per change. */
export interface MailFacts {
  applicationId: string;
  startsOn: Date;
  endsOn: Date;
  offer: { number: number; titleDe: string | null; titleFr: string | null; companyId: string };
  companyName: string;
  student: { email: string; displayName: string; locale: string; deletedAt: Date | null };
  studentSchoolId: number | null;
}

export const MAIL_FACTS_SELECT = {
  id: true,
  startsOn: true,
  endsOn: true,
  offer: {
    select: {
      number: true,
      titleDe: true,
      titleFr: true,
      companyId: true,
      company: { select: { name: true } },
    },
  },
  student: {
    select: {
      email: true,
      displayName: true,
      locale: true,
      deletedAt: true,
      student: { select: { schoolId: true } },
    },
  },
} as const satisfies Prisma.ApplicationSelect;

export function mailFactsOf(row: Prisma.ApplicationGetPayload<{ select: typeof MAIL_FACTS_SELECT }>): MailFacts {
  return {
    applicationId: row.id,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    offer: row.offer,
    companyName: row.offer.company.name,
    student: row.student,
    studentSchoolId: row.student.student?.schoolId ?? null,
  };
}

export function mailFacts(tx: Tx, applicationId: string): Promise<MailFacts> {
  return tx.application
    .findUniqueOrThrow({ where: { id: applicationId }, select: MAIL_FACTS_SELECT })
    .then(mailFactsOf);
}

function texts(facts: MailFacts, language: Language) {
  return {
    offerTitle: titleFor(facts.offer, language) || `#${facts.offer.number}`,
    period: formatDateRange(facts.startsOn, facts.endsOn, language),
    companyName: facts.companyName,
  };
}

const link = (language: Language, path: string) => `${loadEnv().APP_URL}/${language}${path}`;

export type CompanyEvent = "SUBMITTED" | "WITHDRAWN" | "REMINDER";

/** To every member of the offer's company whose account still exists. */
export async function mailCompany(tx: Tx, facts: MailFacts, event: CompanyEvent): Promise<void> {
  const members = await tx.companyMember.findMany({
    where: { companyId: facts.offer.companyId, user: { deletedAt: null } },
    orderBy: { joinedAt: "asc" },
    select: { user: { select: { email: true, displayName: true, locale: true } } },
  });
  for (const { user } of members) {
    const language = languageOf(user.locale);
    await queueMail(tx, {
      template: "application-company",
      to: user.email,
      language,
      data: {
        name: user.displayName,
        event,
        studentName: facts.student.displayName,
        ...texts(facts, language),
        url: link(language, `/company/applications/${facts.applicationId}`),
      },
    });
  }
}

export type StudentEvent = "SEEN" | "SHORTLISTED" | "ACCEPTED" | "DECLINED" | "EXPIRED";

export async function mailStudent(tx: Tx, facts: MailFacts, status: StudentEvent, message?: string): Promise<void> {
  if (facts.student.deletedAt) return;
  const language = languageOf(facts.student.locale);
  await queueMail(tx, {
    template: "application-status",
    to: facts.student.email,
    language,
    data: {
      name: facts.student.displayName,
      status,
      ...texts(facts, language),
      ...(message ? { message } : {}),
      // An expired application has nothing left to do; other offers are the way on.
      url:
        status === "EXPIRED"
          ? link(language, "/offers")
          : link(language, `/student/applications/${facts.applicationId}`),
    },
  });
}

/** Confirmed coordinators of the student's school hear of an acceptance: they prepare the placement. */
export async function mailCoordinators(tx: Tx, facts: MailFacts): Promise<void> {
  if (facts.studentSchoolId === null) return;
  const coordinators = await tx.coordinatorProfile.findMany({
    where: { schoolId: facts.studentSchoolId, verifiedAt: { not: null }, user: { deletedAt: null } },
    select: {
      school: { select: { name: true } },
      user: { select: { email: true, displayName: true, locale: true } },
    },
  });
  for (const { user, school } of coordinators) {
    const language = languageOf(user.locale);
    await queueMail(tx, {
      template: "application-coordinator",
      to: user.email,
      language,
      data: {
        name: user.displayName,
        studentName: facts.student.displayName,
        schoolName: school.name,
        ...texts(facts, language),
        url: link(language, `/student/applications/${facts.applicationId}`),
      },
    });
  }
}

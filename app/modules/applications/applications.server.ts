import { Prisma } from "~/generated/prisma/client";
import { ageOn } from "~/modules/accounts/age";
import { todayInEurope } from "~/utils/calendar-days";
import { studentMayApply } from "~/modules/accounts/student-policy";
import { PUBLIC_OFFER } from "~/modules/offers/offer-workflow";
import { isUuid } from "~/utils/ids";
import { db } from "~/utils/db.server";
import { policyApplicationOf, sideOf } from "./application-access.server";
import { freePlacesByPeriod } from "./application-capacity.server";
import { mailCompany, mailFacts } from "./application-mails.server";
import { recordMove, type MoveOutcome } from "./application-moves.server";
import { workflowActorOf } from "./application-policy";
import { applySchema, MOTIVATION_LANGUAGES, type MotivationLanguage } from "./application.schema";
import { applicationMove, OPEN_STATUSES, type ApplicationAction, type ApplicationStatus } from "./application-workflow";
import { dayOf } from "~/utils/calendar-days";

/**
 * Applying for an offer and answering applications. Every refusal is a locale key and writes
 * nothing; every change is one transaction with its timeline event and its mails.
 */
export interface ApplyRequest {
  studentId: string;
  offerId: string;
  periodId: string;
  motivation: string;
  motivationLanguage: MotivationLanguage;
  includeCv: boolean;
}

export type ApplyOutcome =
  | { ok: true; applicationId: string }
  /** `field` names the form field the error belongs to, when it belongs to one. */
  | { ok: false; error: string; field?: "periodId" | "motivation" | "motivationLanguage" | "includeCv" };

const refusal = (key: string, field?: Extract<ApplyOutcome, { ok: false }>["field"]): ApplyOutcome => ({
  ok: false,
  error: `applications:errors.${key}`,
  ...(field ? { field } : {}),
});

/** A verified student's facts for applying, or null for anyone else. */
async function applicant(studentId: string) {
  const user = await db().user.findUnique({
    where: { id: studentId },
    select: {
      role: true,
      emailVerifiedAt: true,
      deletedAt: true,
      student: { select: { birthDate: true, country: true, guardianConsentAt: true } },
    },
  });
  if (!user?.student || user.role !== "STUDENT" || !user.emailVerifiedAt || user.deletedAt) return null;
  return { ...user.student, hasCv: await hasCv(studentId) };
}

/** Whether the student's profile holds a CV, without reading its bytes. */
export async function hasCv(studentId: string): Promise<boolean> {
  const [cv] = await db().$queryRaw<{ present: boolean }[]>`
    SELECT cv IS NOT NULL AS present FROM student_profile WHERE user_id = ${studentId}::uuid`;
  return cv?.present === true;
}

/** The unique index that allows one open application per student and offer, hit by a double submit. */
function isOneOpenViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  return (
    JSON.stringify(error.meta ?? {}).includes("partial_application_one_open") ||
    error.message.includes("partial_application_one_open")
  );
}

export async function applyForOffer(request: ApplyRequest, now = new Date()): Promise<ApplyOutcome> {
  const { studentId, offerId, periodId, includeCv } = request;
  const text = applySchema.shape.motivation.safeParse(request.motivation);
  if (!text.success) return { ok: false, error: text.error.issues[0]?.message ?? "", field: "motivation" };
  if (!MOTIVATION_LANGUAGES.includes(request.motivationLanguage))
    return refusal("motivationLanguage", "motivationLanguage");
  if (!isUuid(studentId) || !isUuid(offerId)) return refusal("offerClosed");
  if (!isUuid(periodId)) return refusal("periodUnknown", "periodId");

  const student = await applicant(studentId);
  if (!student) return refusal("notStudent");
  const today = todayInEurope(now);
  const facts = {
    birthDate: dayOf(student.birthDate),
    country: student.country,
    guardianConsentAt: student.guardianConsentAt,
  };
  if (!studentMayApply(facts, today).allowed) return refusal("guardianConsentMissing");

  const offer = await db().offer.findFirst({
    where: { id: offerId, ...PUBLIC_OFFER },
    select: {
      applicationDeadline: true,
      minAge: true,
      minorsWelcome: true,
      periods: { select: { id: true, startsOn: true, endsOn: true } },
    },
  });
  if (!offer) return refusal("offerClosed");
  if (offer.applicationDeadline && dayOf(offer.applicationDeadline) < today) return refusal("deadlinePassed");
  const period = offer.periods.find((candidate) => candidate.id === periodId);
  if (!period) return refusal("periodUnknown", "periodId");
  if (dayOf(period.startsOn) <= today) return refusal("periodStarted", "periodId");
  // The company's age rules hold on the first day of the placement (protection of minors at work).
  const ageAtStart = ageOn(facts.birthDate, dayOf(period.startsOn));
  if (ageAtStart < offer.minAge) return refusal("tooYoung", "periodId");
  if (ageAtStart < 18 && !offer.minorsWelcome) return refusal("minorsNotWelcome", "periodId");
  if (includeCv && !student.hasCv) return refusal("noCv", "includeCv");

  try {
    return await db().$transaction(async (tx) => {
      const open = await tx.application.count({ where: { studentId, offerId, status: { in: [...OPEN_STATUSES] } } });
      if (open > 0) return refusal("alreadyApplied");
      if (((await freePlacesByPeriod(tx, offerId)).get(periodId) ?? 0) <= 0) return refusal("periodFull", "periodId");
      const created = await tx.application.create({
        data: {
          studentId,
          offerId,
          periodId,
          startsOn: period.startsOn,
          endsOn: period.endsOn,
          motivation: text.data,
          motivationLanguage: request.motivationLanguage,
          includeCv,
          submittedAt: now,
        },
        select: { id: true },
      });
      await tx.applicationEvent.create({
        data: { applicationId: created.id, status: "SUBMITTED", actorId: studentId, createdAt: now },
      });
      await mailCompany(tx, await mailFacts(tx, created.id), "SUBMITTED");
      return { ok: true as const, applicationId: created.id };
    });
  } catch (error) {
    // Two submits at once: the check above passed in both, the index lets one through.
    if (isOneOpenViolation(error)) return refusal("alreadyApplied");
    throw error;
  }
}

export interface MoveRequest {
  applicationId: string;
  actorId: string;
  action: Exclude<ApplicationAction, "expire">;
  /** The company's message with a decline. */
  message?: string;
}

/**
 * A move by the student (withdraw) or the company (see, shortlist, accept, decline). The policy
 * decides the side; the workflow decides whether the move is legal from the current state.
 */
export async function moveApplication(request: MoveRequest, now = new Date()): Promise<MoveOutcome> {
  const { applicationId, actorId, action } = request;
  const refused = (key: string): MoveOutcome => ({ ok: false, error: `applications:errors.${key}` });
  if (!isUuid(applicationId) || !isUuid(actorId)) return refused("notFound");
  const [actor, application] = await Promise.all([
    db().user.findUnique({ where: { id: actorId }, select: { id: true, role: true, deletedAt: true } }),
    db().application.findUnique({
      where: { id: applicationId },
      select: {
        id: true,
        studentId: true,
        offerId: true,
        periodId: true,
        status: true,
        offer: { select: { companyId: true } },
        student: { select: { student: { select: { schoolId: true } } } },
      },
    }),
  ]);
  if (!actor || actor.deletedAt || !application) return refused("notFound");
  const side = await sideOf(actor, policyApplicationOf(application));
  if (!side) return refused("notFound");
  const workflowActor = workflowActorOf(side);
  if (!workflowActor) return refused("notAllowed");
  const status = application.status as ApplicationStatus;
  const move = applicationMove(status, action, workflowActor);
  if (!move.ok) return refused("transitionRefused");
  return recordMove(
    { ...application, status },
    { action, to: move.to, actorId, message: action === "decline" ? request.message : undefined },
    now,
  );
}

/**
 * The buttons of a company's offer page: workflow moves and duplicating. The caller has checked
 * canManageOffer; the workflow table decides whether the move is legal from the current state,
 * and the update repeats the expected state so two tabs cannot both move the same offer.
 */
import { z } from "zod";
import { todayInEurope } from "~/utils/calendar-days";
import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { offerSnapshot } from "./offer-snapshot";
import { DRAFT_INCLUDE, draftProblems } from "./offer-drafts.server";
import { hasRunOut } from "./offer-expiry";
import { transition, type OfferAction, type OfferStatus } from "./offer-workflow";
import { queueSearchUpdate } from "./search-sync.server";

export const COMPANY_INTENTS = [
  "submit",
  "withdraw",
  "edit",
  "fill",
  "reopen",
  "renew",
  "archive",
  "duplicate",
] as const;
export type CompanyIntent = (typeof COMPANY_INTENTS)[number];
export const companyIntentSchema = z.object({
  intent: z.enum(COMPANY_INTENTS, { message: "editor:errors.unknownAction" }),
});

export type ActionResult =
  { ok: true; offerId: string } | { ok: false; error: string; problems?: ReturnType<typeof draftProblems> };

type Offer = Prisma.OfferGetPayload<{ include: typeof DRAFT_INCLUDE }>;

export async function runCompanyIntent(
  offerId: string,
  intent: CompanyIntent,
  now = new Date(),
): Promise<ActionResult> {
  const offer = await db().offer.findUnique({ where: { id: offerId }, include: DRAFT_INCLUDE });
  if (!offer) return { ok: false, error: "editor:errors.notFound" };
  if (intent === "duplicate") return duplicate(offer, todayInEurope(now));
  const move = transition(offer.status as OfferStatus, intent, "company");
  if (!move.ok) return { ok: false, error: "editor:errors.transitionRefused" };
  const today = todayInEurope(now);
  if (intent === "submit") {
    const problems = draftProblems(offerSnapshot(offer), today);
    if (Object.keys(problems).length > 0) return { ok: false, error: "editor:errors.incomplete", problems };
  }
  if (intent === "reopen" && hasRunOut(runOutFacts(offer), today)) return { ok: false, error: "editor:errors.ranOut" };
  return db().$transaction(async (tx) => {
    const updated = await tx.offer.updateMany({
      where: { id: offer.id, status: offer.status },
      data: { status: move.to, ...(intent === "submit" ? { submittedAt: now } : {}) },
    });
    if (updated.count === 0) return { ok: false, error: "editor:errors.changedMeanwhile" };
    if (intent === "renew") await dropPastDates(tx, offer, today);
    await queueSearchUpdate(tx, offer.id);
    return { ok: true, offerId: offer.id };
  });
}

function runOutFacts(offer: Offer) {
  return {
    applicationDeadline: offer.applicationDeadline?.toISOString().slice(0, 10) ?? null,
    periodEnds: offer.periods.map((period) => period.endsOn.toISOString().slice(0, 10)),
  };
}

/** A renewed offer keeps its text and terms; dates that are over would only be refused on submit. */
async function dropPastDates(tx: Prisma.TransactionClient, offer: Offer, today: string) {
  await tx.offerPeriod.deleteMany({ where: { offerId: offer.id, endsOn: { lt: new Date(`${today}T00:00:00Z`) } } });
  if (offer.applicationDeadline && offer.applicationDeadline.toISOString().slice(0, 10) < today) {
    await tx.offer.update({ where: { id: offer.id }, data: { applicationDeadline: null } });
  }
}

/**
 * A new draft with the same content, for the next season or a similar placement. Periods that
 * are over stay behind; review comments and history belong to the original.
 */
async function duplicate(offer: Offer, today: string): Promise<ActionResult> {
  if (offer.status === "ARCHIVED") return { ok: false, error: "editor:errors.transitionRefused" };
  const copy = await db().offer.create({
    data: {
      companyId: offer.companyId,
      slug: offer.slug,
      titleDe: offer.titleDe,
      titleFr: offer.titleFr,
      descriptionDe: offer.descriptionDe,
      descriptionFr: offer.descriptionFr,
      placeId: offer.placeId,
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
      fields: { create: offer.fields.map((field) => ({ fieldKey: field.fieldKey })) },
      periods: {
        create: offer.periods
          .filter((period) => period.endsOn.toISOString().slice(0, 10) >= today)
          .map((period) => ({ startsOn: period.startsOn, endsOn: period.endsOn, places: period.places })),
      },
    },
    select: { id: true },
  });
  return { ok: true, offerId: copy.id };
}

/** For the buttons: which intents make sense for an offer in this state. */
export function intentsFor(status: OfferStatus): CompanyIntent[] {
  const moves = COMPANY_INTENTS.filter(
    (intent): intent is Exclude<CompanyIntent, "duplicate"> & OfferAction =>
      intent !== "duplicate" && transition(status, intent, "company").ok,
  );
  return status === "ARCHIVED" ? moves : [...moves, "duplicate"];
}

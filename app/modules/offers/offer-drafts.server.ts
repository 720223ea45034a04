import { slugify } from "~/modules/accounts/slug";
import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { validateForm, type FieldErrors } from "~/utils/forms";
import { stepValues, type DraftOffer, type StepData } from "./offer-draft-values";
import { EDITABLE_STEPS, stepSchema, type CompanyStep, type EditableStep } from "./offer-steps.schema";
import { dateOf } from "~/utils/calendar-days";

/**
 * Offer drafts: created from the first step, saved step by step, checked as a whole before they
 * may be submitted. Which offers a user may touch is decided by offer-policy before these run.
 */
export const DRAFT_INCLUDE = {
  place: { select: { key: true } },
  fields: { select: { fieldKey: true } },
  periods: { orderBy: { startsOn: "asc" } },
} as const satisfies Prisma.OfferInclude;

/** Calendar days are stored as UTC midnight (@db.Date). */

export type DraftProblems = Partial<Record<EditableStep, FieldErrors>>;

/**
 * What still stops a stored offer from being submitted, step by step. A new draft has sensible
 * defaults for the terms but no text, fields or periods, so those steps report until filled in.
 */
export function draftProblems(offer: DraftOffer, today: string): DraftProblems {
  const problems: DraftProblems = {};
  for (const step of EDITABLE_STEPS) {
    const result = validateForm(stepSchema(step, today), stepValues(step, offer));
    if (!result.ok) problems[step] = result.errors;
  }
  return problems;
}

/** The defaults of a new offer: the company's own site and everyday terms that suit minors. */
const NEW_OFFER_TERMS = {
  languageLevel: "A2",
  minWeeks: 2,
  maxWeeks: 4,
  minorsWelcome: true,
  minAge: 16,
  hoursPerDay: 7,
  hoursPerWeek: 35,
  workDays: [1, 2, 3, 4, 5],
  accommodation: "NONE",
} as const;

/** A new draft from the first step's answers. Returns its id. */
export async function createDraft(
  companyId: string,
  site: CompanyStep,
): Promise<{ ok: true; id: string } | { ok: false; errors: FieldErrors }> {
  const place = await db().place.findUnique({ where: { key: site.placeKey } });
  if (!place) return { ok: false, errors: { placeKey: "editor:errors.placeUnknown" } };
  const offer = await db().offer.create({
    data: {
      companyId,
      slug: "offer",
      placeId: place.id,
      address: site.address,
      tutorName: site.tutorName,
      ...NEW_OFFER_TERMS,
      workDays: [...NEW_OFFER_TERMS.workDays],
    },
    select: { id: true },
  });
  return { ok: true, id: offer.id };
}

/**
 * Saves one step of an editable draft. The caller has checked the policy; the status condition
 * is checked again in the update, so a draft submitted in another tab is not changed behind the
 * reviewer's back.
 */
export async function saveStep(
  offerId: string,
  input: StepData,
): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  const editable = { id: offerId, status: { in: ["DRAFT", "CHANGES_REQUESTED"] as ("DRAFT" | "CHANGES_REQUESTED")[] } };
  return db().$transaction(async (tx) => {
    const data = await stepUpdate(tx, input);
    if ("errors" in data) return { ok: false, errors: data.errors };
    const updated = await tx.offer.updateMany({ where: editable, data: data.update });
    if (updated.count === 0) return { ok: false, errors: { form: "editor:errors.notEditable" } };
    if (input.step === "placement") {
      await tx.offerField.deleteMany({ where: { offerId } });
      await tx.offerField.createMany({ data: input.data.fields.map((fieldKey) => ({ offerId, fieldKey })) });
    }
    if (input.step === "periods") await replacePeriods(tx, offerId, input.data.periods);
    return { ok: true };
  });
}

/**
 * Periods whose dates are unchanged keep their row (and with it the applications and accepted
 * places that point to it); only their number of places follows the form. Removed periods go,
 * and their applications keep their own copy of the dates.
 */
async function replacePeriods(
  tx: Prisma.TransactionClient,
  offerId: string,
  periods: { startsOn: string; endsOn: string; places: number }[],
) {
  const existing = await tx.offerPeriod.findMany({
    where: { offerId },
    select: { id: true, startsOn: true, endsOn: true },
  });
  const keyOf = (startsOn: string, endsOn: string) => `${startsOn}/${endsOn}`;
  const kept = new Map(
    existing.map((row) => [
      keyOf(row.startsOn.toISOString().slice(0, 10), row.endsOn.toISOString().slice(0, 10)),
      row.id,
    ]),
  );
  const wanted = new Set(periods.map((period) => keyOf(period.startsOn, period.endsOn)));
  const gone = [...kept].filter(([key]) => !wanted.has(key)).map(([, id]) => id);
  if (gone.length > 0) await tx.offerPeriod.deleteMany({ where: { id: { in: gone } } });
  for (const period of periods) {
    const id = kept.get(keyOf(period.startsOn, period.endsOn));
    if (id) await tx.offerPeriod.update({ where: { id }, data: { places: period.places } });
    else {
      await tx.offerPeriod.create({
        data: { offerId, startsOn: dateOf(period.startsOn), endsOn: dateOf(period.endsOn), places: period.places },
      });
    }
  }
}

async function stepUpdate(
  tx: Prisma.TransactionClient,
  { step, data }: StepData,
): Promise<{ update: Prisma.OfferUncheckedUpdateManyInput } | { errors: FieldErrors }> {
  switch (step) {
    case "company": {
      const place = await tx.place.findUnique({ where: { key: data.placeKey } });
      if (!place) return { errors: { placeKey: "editor:errors.placeUnknown" } };
      return { update: { placeId: place.id, address: data.address, tutorName: data.tutorName } };
    }
    case "placement":
      return {
        update: {
          titleDe: data.titleDe,
          titleFr: data.titleFr,
          descriptionDe: data.descriptionDe,
          descriptionFr: data.descriptionFr,
          languageLevel: data.languageLevel,
          slug: slugify(data.titleDe ?? data.titleFr ?? "offer"),
        },
      };
    case "periods":
      return {
        update: {
          minWeeks: data.minWeeks,
          maxWeeks: data.maxWeeks,
          applicationDeadline: data.applicationDeadline ? dateOf(data.applicationDeadline) : null,
        },
      };
    case "conditions":
      return {
        update: {
          minorsWelcome: data.minorsWelcome,
          minAge: data.minAge,
          hoursPerDay: data.hoursPerDay,
          hoursPerWeek: data.hoursPerWeek,
          workDays: data.workDays,
          accommodation: data.accommodation,
          allowanceEuroMonth: data.allowanceEuroMonth,
        },
      };
  }
}

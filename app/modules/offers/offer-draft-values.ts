/**
 * Between the stored offer and the editor's forms, both ways. Pure: the form shows what is
 * stored, and `draftProblems` validates what is stored with the forms' own schemas.
 */
import type { FormValues } from "~/utils/forms";
import type { OfferSnapshot } from "./offer-snapshot";
import type { CompanyStep, ConditionsStep, EditableStep, PeriodsStep, PlacementStep } from "./offer-steps.schema";

/** A stored offer as the editor reads it: the same plain content staff review and diff. */
export type DraftOffer = OfferSnapshot;

const text = (value: string | number | null) => (value === null ? "" : String(value));

/** The form values of one step, as if the company had just typed what is stored. */
export function stepValues(step: EditableStep, offer: DraftOffer): FormValues {
  switch (step) {
    case "company":
      return { placeKey: offer.placeKey, address: offer.address, tutorName: offer.tutorName };
    case "placement":
      return {
        titleDe: text(offer.titleDe),
        titleFr: text(offer.titleFr),
        descriptionDe: text(offer.descriptionDe),
        descriptionFr: text(offer.descriptionFr),
        fields: offer.fieldKeys,
        languageLevel: offer.languageLevel,
      };
    case "periods": {
      const values: FormValues = {
        minWeeks: text(offer.minWeeks),
        maxWeeks: text(offer.maxWeeks),
        applicationDeadline: text(offer.applicationDeadline),
      };
      offer.periods.forEach((period, index) => {
        values[`periods.${index}.startsOn`] = period.startsOn;
        values[`periods.${index}.endsOn`] = period.endsOn;
        values[`periods.${index}.places`] = text(period.places);
      });
      return values;
    }
    case "conditions":
      return {
        minorsWelcome: offer.minorsWelcome ? "yes" : "no",
        minAge: offer.minorsWelcome ? text(offer.minAge) : "",
        hoursPerDay: text(offer.hoursPerDay),
        hoursPerWeek: text(offer.hoursPerWeek),
        workDays: offer.workDays.map(String),
        accommodation: offer.accommodation,
        allowanceEuroMonth: text(offer.allowanceEuroMonth),
      };
  }
}

export type StepData =
  | { step: "company"; data: CompanyStep }
  | { step: "placement"; data: PlacementStep }
  | { step: "periods"; data: PeriodsStep }
  | { step: "conditions"; data: ConditionsStep };

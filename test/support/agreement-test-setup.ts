/**
 * Shared set-up of the agreement tests (not a test itself): a French pupil of 17 whom a company
 * in Braunschweig accepts for four weeks, and the school's part of the data.
 */
import { expect } from "vitest";
import { moveApplication } from "~/modules/applications/applications.server";
import { db } from "~/utils/db.server";
import { applied, bornYearsAgo, hostCompany, offerOf, student } from "./application-test-setup";
import { coordinatorOf } from "./student-fixtures";

export const SCHOOL_PART = {
  schoolAddress: "12 rue de la République, 76000 Rouen",
  schoolHeadName: "François Œillet",
  schoolHeadEmail: "proviseur@lycee.fr",
  guardianName: "Hélène Lefèvre",
  guardianEmail: "helene@example.fr",
  objectives: "Découvrir la maintenance préventive.",
  travelCosts: "Lycée (Pass Monde)",
};

/** A French pupil of 17 accepted for four weeks in Braunschweig; the agreement as written. */
export async function acceptedPupil() {
  const company = await hostCompany("Größer & Söhne", "chefin@groesser.de", { placeKey: "braunschweig" });
  const offer = await offerOf(company.id, { placeKey: "braunschweig" });
  const teacher = await coordinatorOf("lp-industrie-rouen", "prof@lycee.fr", {
    displayName: "Amélie Garçon",
    locale: "fr",
  });
  const chloe = await student("chloe@lycee.fr", { displayName: "Chloé Lefèvre", birthDate: bornYearsAgo(17) });
  const applicationId = await applied(chloe.id, offer);
  const accepted = await moveApplication({ applicationId, actorId: company.owner.id, action: "accept" });
  expect(accepted.ok).toBe(true);
  const agreement = await db().agreement.findUniqueOrThrow({ where: { applicationId } });
  return { company, offer, teacher, chloe, applicationId, agreement };
}

/**
 * The financial annex's "programmes this placement may be eligible for": the programmes module's
 * eligibility engine run on the agreement's own data (the data the parties sign, not the profile as
 * it is today), written out in German and French for the two columns of the PDF.
 */
import { translatorFor } from "~/modules/i18n/i18n.server";
import { estimateText } from "~/modules/programmes/programme-view";
import { programmesForPlacement } from "~/modules/programmes/programmes.server";
import type { Learner } from "~/modules/programmes/eligibility";
import type { AgreementDetails } from "./agreement-details";
import type { EligibleProgramme } from "./agreement-programmes";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The learner as the engine reads it. A pupil sent from France attends a lycée professionnel, one
 * sent from Germany a BBS (the only schools the platform serves); language levels are not part of
 * the agreement, so programmes asking for one come out as "to check", which is what the annex says.
 * The schools are in the partner regions, so the sending country says where the learner lives.
 */
export function learnerOfAgreement(details: AgreementDetails): Learner | null {
  if (!DAY.test(details.learnerBirthDate)) return null;
  const country = details.learnerCountry === "FR" ? "FR" : details.learnerCountry === "DE" ? "DE" : null;
  if (!country) return null;
  return {
    audience: details.learnerStatus === "apprentice" ? "apprentice" : country === "FR" ? "lyceeProPupil" : "bbsPupil",
    birthDate: details.learnerBirthDate,
    country,
    languages: { de: null, fr: null },
    homeRegion: country === "FR" ? "normandy" : "lowerSaxony",
  };
}

/**
 * The fitting programmes with the verdict and estimate in both languages. `asOf` is the agreement's
 * creation day, so one agreement always lists the same programmes (deadlines passed since do not
 * change a document that may already be signed).
 */
export async function programmesForAgreement(details: AgreementDetails, asOf: Date): Promise<EligibleProgramme[]> {
  const learner = learnerOfAgreement(details);
  if (!learner || !DAY.test(details.startsOn) || !DAY.test(details.endsOn)) return [];
  const fits = await programmesForPlacement(
    learner,
    {
      country: learner.country === "FR" ? "DE" : "FR",
      startsOn: details.startsOn,
      endsOn: details.endsOn,
      format: "individual",
      groupSize: null,
    },
    asOf.toISOString().slice(0, 10),
  );
  const de = translatorFor("de");
  const fr = translatorFor("fr");
  return fits.map(({ programme, check }) => ({
    nameDe: programme.content.name.de,
    nameFr: programme.content.name.fr,
    noteDe: [de(`programmes:verdict.${check.verdict}`), estimateText(de, "de", check.estimate)]
      .filter(Boolean)
      .join(" · "),
    noteFr: [fr(`programmes:verdict.${check.verdict}`), estimateText(fr, "fr", check.estimate)]
      .filter(Boolean)
      .join(" · "),
  }));
}

import { todayInEurope } from "~/utils/calendar-days";
import { studentMayApply } from "~/modules/accounts/student-policy";
import type { Language } from "~/modules/i18n/languages";
import { CEFR_LEVELS, meetsLevel } from "~/modules/reference/cefr";
import { otherCountry } from "~/modules/reference/countries";
import { db } from "~/utils/db.server";
import { byScoreThenId, hostLanguage, matchOffer } from "./match-score";
import { MATCH_OFFER_SELECT, MATCH_STUDENT_SELECT, toMatchOffer, toMatchStudent } from "./match-data.server";
import type { SuggestedCandidate } from "./match-types";
import { dateOf } from "~/utils/calendar-days";

/**
 * Students an offer suits, for its company: only those who chose to be discoverable, whose
 * account is live and verified, and who may apply (a guardian agreed where one must). The query
 * narrows them down loosely; matchOffer decides and ranks, exactly as for the student's own view.
 */
export async function suggestCandidates(
  offerId: string,
  options: { language: Language; limit?: number; now?: Date },
): Promise<SuggestedCandidate[]> {
  const { language, limit = 20, now = new Date() } = options;
  const row = await db().offer.findUnique({ where: { id: offerId }, select: MATCH_OFFER_SELECT });
  if (!row) return [];
  const offer = toMatchOffer(row, language);
  const today = todayInEurope(now);
  const levels = CEFR_LEVELS.filter((level) => meetsLevel(level, offer.languageLevel));
  const students = await db().studentProfile.findMany({
    where: {
      discoverable: true,
      country: otherCountry(offer.country),
      user: { role: "STUDENT", deletedAt: null, emailVerifiedAt: { not: null } },
      fields: { some: { fieldKey: { in: [...offer.fields] } } },
      ...(hostLanguage(offer.country) === "de" ? { levelGerman: { in: levels } } : { levelFrench: { in: levels } }),
      availability: { some: { endsOn: { gte: dateOf(today) } } },
    },
    select: {
      ...MATCH_STUDENT_SELECT,
      userId: true,
      endorsedAt: true,
      guardianConsentAt: true,
      user: { select: { displayName: true } },
      school: { select: { name: true } },
    },
  });
  const suggested = students.flatMap((student) => {
    const birthDate = student.birthDate.toISOString().slice(0, 10);
    const allowed = studentMayApply(
      { birthDate, country: student.country, guardianConsentAt: student.guardianConsentAt },
      today,
    );
    if (!allowed.allowed) return [];
    const result = matchOffer(toMatchStudent(student, language), offer, today);
    return result.eligible ? [{ id: student.userId, score: result.score, student, result }] : [];
  });
  return suggested
    .sort(byScoreThenId)
    .slice(0, limit)
    .map(({ student, result }) => ({
      userId: student.userId,
      displayName: student.user.displayName,
      school: student.school.name,
      levelGerman: student.levelGerman,
      levelFrench: student.levelFrench,
      endorsed: student.endorsedAt !== null,
      score: result.score,
      // How new the offer is says nothing about the student.
      reasons: result.reasons.filter((reason) => reason.kind !== "fresh"),
    }));
}

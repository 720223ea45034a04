import { useTranslation } from "react-i18next";
import type { MatchReason, MatchResult } from "~/modules/matching/match-types";
import { exclusionSentence, reasonSentence } from "./match-sentences";

/**
 * Why an offer suits a student (or, for one that does not, every reason why not), as a list of
 * short sentences in the reader's language. The list is labelled, so a screen reader says which
 * of the two it is.
 */
export function MatchReasons({ result }: { result: MatchResult }) {
  const { t, i18n } = useTranslation();
  const sentences = result.eligible
    ? result.reasons.map((reason) => reasonSentence(reason, t, i18n.language))
    : result.exclusions.map((exclusion) => exclusionSentence(exclusion, t));
  return (
    <ul
      className={result.eligible ? "match-reasons" : "match-reasons match-reasons--excluded"}
      aria-label={t(result.eligible ? "matching:reasons.label" : "matching:exclusions.label")}
    >
      {sentences.map((sentence) => (
        <li key={sentence}>{sentence}</li>
      ))}
    </ul>
  );
}

/** Only the reasons, where the list is known to be of suitable matches (a company's suggested candidates). */
export function ReasonList({ reasons }: { reasons: readonly MatchReason[] }) {
  return <MatchReasons result={{ eligible: true, score: 0, periodId: "", reasons: [...reasons] }} />;
}

import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

interface Proposal {
  fields: string[];
  logo: "KEEP" | "REPLACE" | "REMOVE";
}

/**
 * A verified company's public changes wait for the Antenne's review (ADR 0026): this says so,
 * names what waits, and offers to take the proposal back. A plain POST, so it works without
 * JavaScript; a rejected proposal shows staff's reason instead.
 */
export function ProposalNotice({
  companyId,
  proposal,
  rejected,
}: {
  companyId: string;
  proposal: Proposal | null;
  rejected: { reason: string | null } | null;
}) {
  const { t } = useTranslation();
  if (rejected && !proposal) {
    return (
      <section className="review-status review-status--rejected" aria-labelledby="proposal-title">
        <h2 id="proposal-title">{t("company:profile.proposal.rejectedTitle")}</h2>
        <p>{t("company:profile.proposal.rejectedText")}</p>
        {rejected.reason ? <blockquote className="review-status__reason">{rejected.reason}</blockquote> : null}
      </section>
    );
  }
  if (!proposal) return null;
  const waiting = proposal.fields.map((field) => t(`company:fields.${field}`));
  if (proposal.logo !== "KEEP") waiting.push(t(`company:profile.proposal.logo${proposal.logo}`));
  return (
    <section className="review-status review-status--pending" aria-labelledby="proposal-title">
      <h2 id="proposal-title">{t("company:profile.proposal.title")}</h2>
      <p>{t("company:profile.proposal.text")}</p>
      <p>{t("company:profile.proposal.fields")}</p>
      <ul>
        {waiting.map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
      <Form method="post">
        <input type="hidden" name="companyId" value={companyId} />
        <button type="submit" name="intent" value="withdraw" className="button button--secondary">
          {t("company:profile.proposal.withdraw")}
        </button>
      </Form>
    </section>
  );
}

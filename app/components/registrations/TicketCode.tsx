import { useTranslation } from "react-i18next";

/**
 * The ticket: a QR code of the signed check-in address, drawn as SVG on the server (no script),
 * large enough to scan from a phone's screen, with the address spelled out for those without it.
 */
export function TicketCode({ svg, url, checkedIn }: { svg: string; url: string; checkedIn: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="ticket-title" className="ticket">
      <h2 id="ticket-title">{t("registrations:ticket.title")}</h2>
      <p>{checkedIn ? t("registrations:ticket.checkedIn") : t("registrations:ticket.intro")}</p>
      <figure className="ticket__code">
        {/* Made by the qrcode library from our own URL: no text of anyone's in it. */}
        <div role="img" aria-label={t("registrations:ticket.codeLabel")} dangerouslySetInnerHTML={{ __html: svg }} />
        <figcaption>
          <a href={url} className="ticket__link">
            {t("registrations:ticket.link")}
          </a>
        </figcaption>
      </figure>
    </section>
  );
}

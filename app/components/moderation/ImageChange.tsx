import { useTranslation } from "react-i18next";

/**
 * A proposed change of a picture (a company's logo, an event's picture) as staff review it: the
 * picture the public sees now beside the one it will see once the proposal is approved.
 */
export function ImageChange({
  id,
  heading,
  alt,
  none,
  before,
  after,
}: {
  id: string;
  heading: string;
  /** What either picture is, for those who cannot see it. */
  alt: string;
  /** What stands in the place of a missing picture. */
  none: string;
  before: string | null;
  after: string | null;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <div className="moderation-logos">
        {[
          { key: "before", url: before },
          { key: "after", url: after },
        ].map((image) => (
          <figure key={image.key} className="logo-preview">
            {image.url ? <img src={image.url} alt={alt} /> : <p>{none}</p>}
            <figcaption>{t(`moderation:offer.${image.key}`)}</figcaption>
          </figure>
        ))}
      </div>
    </section>
  );
}

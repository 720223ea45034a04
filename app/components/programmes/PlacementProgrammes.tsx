import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CheckView } from "~/modules/programmes/programme-view";
import { ProgrammeChecks } from "./ProgrammeChecks";

/** On an accepted application: the programmes that may fund the placement and what to do next. */
export function PlacementProgrammes({ checks }: { checks: CheckView[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="placement-programmes-title" className="placement-programmes">
      <h2 id="placement-programmes-title">{t("programmes:placement.heading")}</h2>
      {checks.length > 0 ? (
        <>
          <p>{t("programmes:placement.intro")}</p>
          <ProgrammeChecks checks={checks} />
        </>
      ) : (
        <p>{t("programmes:placement.none")}</p>
      )}
      <p>
        <Link to={`/${i18n.language}/programmes/check`}>{t("programmes:placement.checker")}</Link>
      </p>
    </section>
  );
}

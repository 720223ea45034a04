/**
 * /:lang/student — the student's home: offers recommended from their profile, or, while the
 * profile lacks what matching needs (occupational fields, dates still ahead), what to fill in.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { todayInEurope } from "~/utils/calendar-days";
import { requireUser } from "~/modules/accounts/current-user.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { db } from "~/utils/db.server";
import { recommendOffers } from "./recommendations.server";
import { dateOf } from "~/utils/calendar-days";

export async function studentDashboardLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const user = await requireUser(request, language, ["STUDENT"]);
  const today = dateOf(todayInEurope());
  const profile = await db().studentProfile.findUnique({
    where: { userId: user.id },
    select: { _count: { select: { fields: true, availability: { where: { endsOn: { gte: today } } } } } },
  });
  const missing = {
    fields: (profile?._count.fields ?? 0) === 0,
    availability: (profile?._count.availability ?? 0) === 0,
  };
  const t = translatorFor(language);
  return {
    meta: pageMetaInput(request, language, t("matching:dashboard.title"), undefined, { noindex: true }),
    name: user.displayName,
    missing: missing.fields || missing.availability ? missing : null,
    recommendations: missing.fields || missing.availability ? [] : await recommendOffers(user.id, { language }),
  };
}

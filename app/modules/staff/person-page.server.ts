/** The loader of /:lang/staff/people/:id; the route module re-exports it. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { LANGUAGE_NAMES, isLanguage } from "~/modules/i18n/languages";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { showDate } from "~/modules/i18n/date-format";
import { viewPersonConsents } from "~/modules/staff/people.server";
import { requireStaff } from "~/modules/staff/staff-access.server";
import { notFound } from "~/utils/not-found";

export async function personLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireStaff(request, language);
  const person = await viewPersonConsents(staff.id, params.id ?? "");
  if (!person) throw notFound();
  const show = (date: Date) => showDate(date, language);
  const languageName = (code: string) => (isLanguage(code) ? LANGUAGE_NAMES[code] : code);
  const { guardian } = person;
  return {
    meta: pageMetaInput(request, language, `${person.displayName} – ${translatorFor(language)("staff:people.title")}`),
    person: {
      displayName: person.displayName,
      email: person.email,
      role: person.role,
      locale: languageName(person.locale),
      isDemo: person.isDemo,
      created: show(person.createdAt),
      confirmed: person.emailVerifiedAt ? show(person.emailVerifiedAt) : null,
      deleted: person.deletedAt ? show(person.deletedAt) : null,
    },
    consents: person.consents.map((consent) => ({
      ...consent,
      language: languageName(consent.language),
      givenAt: show(consent.givenAt),
    })),
    guardian: guardian && guardian.state === "given" ? { ...guardian, at: show(guardian.at) } : guardian,
  };
}

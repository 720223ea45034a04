/** The loader of /:lang/staff/people/:id; the route module re-exports it. */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { readForm, refuse } from "~/utils/form-action.server";
import { setSuspension } from "~/modules/staff/account-suspension.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { LANGUAGE_NAMES, isLanguage } from "~/modules/i18n/languages";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { showDate } from "~/modules/i18n/date-format";
import { viewPersonConsents } from "~/modules/staff/people.server";
import { requireStaff } from "~/modules/staff/staff-access.server";
import { notFound } from "~/utils/not-found";
import { SELF } from "~/modules/accounts/consents.server";

export async function personLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireStaff(request, language);
  const person = await viewPersonConsents(staff.id, params.id ?? "");
  if (!person) throw notFound();
  const show = (date: Date) => showDate(date, language);
  const languageName = (code: string) => (isLanguage(code) ? LANGUAGE_NAMES[code] : code);
  const { guardian } = person;
  const done = new URL(request.url).searchParams.get("done");
  return {
    done: done === "suspend" || done === "reactivate" ? done : null,
    isSelf: person.id === staff.id,
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
      suspended: person.suspendedAt ? show(person.suspendedAt) : null,
    },
    consents: person.consents.map((consent) => ({
      ...consent,
      // "self" is how the record says the account holder gave it: staff read the person's name.
      givenBy: consent.givenBy === SELF ? person.displayName : consent.givenBy,
      language: languageName(consent.language),
      givenAt: show(consent.givenAt),
    })),
    guardian: guardian && guardian.state === "given" ? { ...guardian, at: show(guardian.at) } : guardian,
  };
}

export const suspensionSchema = z.object({
  intent: z.enum(["suspend", "reactivate"], { message: "staff:suspension.errors.unchanged" }),
});

/** Suspending an account or lifting it, from the person's page. */
export async function personAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireStaff(request, language);
  const form = await readForm(request, suspensionSchema);
  if (!form.ok) return form.response;
  const personId = params.id ?? "";
  const result = await setSuspension(staff.id, personId, form.data.intent === "suspend");
  if (!result.ok) return refuse({ form: result.error }, {});
  return redirect(`/${language}/staff/people/${personId}?done=${form.data.intent}`);
}

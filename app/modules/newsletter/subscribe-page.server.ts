/** The loader and action of /:lang/newsletter, the subscription form (also reached from the footer). */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { clientAddress, countTry } from "~/modules/accounts/rate-limits.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { readForm } from "~/utils/form-action.server";
import { subscribeSchema, type NewsletterLanguageChoice } from "./newsletter.schema";
import { subscribe } from "./subscribers.server";

/** The edition language offered first: the page's own, or both for English readers. */
export function defaultEditionLanguage(language: Language): NewsletterLanguageChoice {
  return language === "de" ? "DE" : language === "fr" ? "FR" : "BOTH";
}

export function subscribePageLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const t = translatorFor(language);
  // The footer's small form sends the address here to finish the subscription.
  const email = (new URL(request.url).searchParams.get("email") ?? "").slice(0, 254);
  return {
    meta: pageMetaInput(request, language, t("newsletter:subscribe.title"), t("newsletter:subscribe.intro")),
    email,
    defaultLanguage: defaultEditionLanguage(language),
  };
}

export async function subscribePageAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const form = await readForm(request, subscribeSchema);
  if (!form.ok) return form.response;
  await countTry("newsletter-subscribe", clientAddress(request), form.data.email);
  await subscribe({
    email: form.data.email,
    language: form.data.language,
    topics: form.data.topics,
    siteLanguage: language,
    source: "FORM",
  });
  // The same answer whatever the address: the form tells nobody who is subscribed.
  return { sent: true as const };
}

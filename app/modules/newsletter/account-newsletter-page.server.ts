/**
 * /:lang/account/newsletter: an account holder subscribes, changes language and topics, or
 * unsubscribes, for the account's own address. The account proved the address, so a subscription
 * made here is confirmed at once with a consent record of source "account".
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/modules/accounts/current-user.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { readForm } from "~/utils/form-action.server";
import { preferencesSchema, type NewsletterTopic } from "./newsletter.schema";
import { defaultEditionLanguage } from "./subscribe-page.server";
import { subscribe, subscriptionOfUser, unsubscribe, updatePreferences } from "./subscribers.server";

export async function accountNewsletterLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const user = await requireUser(request, language);
  const subscription = await subscriptionOfUser(user.id, user.email);
  const subscribed = subscription?.status === "CONFIRMED";
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("newsletter:account.title"), undefined, {
      noindex: true,
    }),
    email: user.email,
    subscribed,
    status: subscription?.status ?? null,
    language: subscribed ? subscription.language : defaultEditionLanguage(language),
    topics: subscribed ? (subscription.topics as NewsletterTopic[]) : null,
    done: new URL(request.url).searchParams.get("done"),
  };
}

export async function accountNewsletterAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const user = await requireUser(request, language);
  const back = (done: string) => redirect(`/${language}/account/newsletter?done=${done}`, 303);
  const subscription = await subscriptionOfUser(user.id, user.email);
  const intent = new URL(request.url).searchParams.get("intent");
  if (intent === "unsubscribe") {
    if (subscription) await unsubscribe(subscription.id);
    return back("unsubscribed");
  }
  const form = await readForm(request, preferencesSchema);
  if (!form.ok) return form.response;
  if (subscription?.status === "CONFIRMED") {
    await updatePreferences(subscription.id, form.data);
    return back("saved");
  }
  const outcome = await subscribe({
    email: user.email,
    language: form.data.language,
    topics: form.data.topics,
    siteLanguage: language,
    source: "ACCOUNT",
    userId: user.id,
  });
  return back(outcome === "blocked" ? "blocked" : "subscribed");
}

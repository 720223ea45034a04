/**
 * /:lang/newsletter/preferences?s=…, the signed link in every newsletter: change the language and
 * topics, or unsubscribe, without logging in. The signed key is the whole authority.
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { readForm } from "~/utils/form-action.server";
import { notFound } from "~/utils/not-found";
import { preferencesSchema } from "./newsletter.schema";
import { preferencesByKey, updatePreferences } from "./subscribers.server";

function keyOf(request: Request): string {
  return new URL(request.url).searchParams.get("s") ?? "";
}

export async function preferencesPageLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const key = keyOf(request);
  const subscriber = await preferencesByKey(key);
  const saved = new URL(request.url).searchParams.get("saved") === "1";
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("newsletter:preferences.title"), undefined, {
      noindex: true,
    }),
    key: subscriber ? key : "",
    subscriber: subscriber
      ? {
          email: subscriber.email,
          language: subscriber.language,
          topics: subscriber.topics,
          subscribed: subscriber.subscribed,
        }
      : null,
    saved,
  };
}

export async function preferencesPageAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const key = keyOf(request);
  const subscriber = await preferencesByKey(key);
  if (!subscriber) throw notFound();
  const form = await readForm(request, preferencesSchema);
  if (!form.ok) return form.response;
  await updatePreferences(subscriber.id, form.data);
  return redirect(`/${language}/newsletter/preferences?s=${encodeURIComponent(key)}&saved=1`, 303);
}

/**
 * /:lang/newsletter/unsubscribe?s=…, the List-Unsubscribe target (RFC 8058). A POST unsubscribes
 * at once: a mail client's one-click POST (`List-Unsubscribe=One-Click`, no cookies, no Origin of
 * ours, answered with 200 and never a redirect) or the button of this page. A GET shows the button
 * and changes nothing, so a link scanner cannot unsubscribe anyone. same-origin.ts lets these
 * posts through: the signed key opens only this one subscription.
 */
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { preferencesByKey, unsubscribe } from "./subscribers.server";
import { formDataOf } from "~/utils/form-data.server";

function keyOf(request: Request): string {
  return new URL(request.url).searchParams.get("s") ?? "";
}

type UnsubscribeState = "ask" | "done" | "unknown";

async function page(request: Request, language: ReturnType<typeof requireLanguage>, state: UnsubscribeState) {
  return {
    meta: pageMetaInput(
      request,
      language,
      translatorFor(language)(`newsletter:unsubscribe.${state}.title`),
      undefined,
      {
        noindex: true,
      },
    ),
    state,
    key: state === "unknown" ? "" : keyOf(request),
  };
}

export async function unsubscribePageLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const subscriber = await preferencesByKey(keyOf(request));
  if (!subscriber) return page(request, language, "unknown");
  return page(request, language, subscriber.subscribed ? "ask" : "done");
}

export async function unsubscribePageAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const form = await formDataOf(request);
  const subscriber = await preferencesByKey(keyOf(request));
  const done = subscriber ? await unsubscribe(subscriber.id) : false;
  if (form.get("List-Unsubscribe") === "One-Click") {
    return data({ unsubscribed: done }, { status: done ? 200 : 404 });
  }
  return page(request, language, done ? "done" : "unknown");
}

/** The loader and action of /:lang/login/two-factor; the route module re-exports them. */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { destinationAfterLogIn } from "~/modules/accounts/log-in-destination";
import { clientAddress, countTry, forgetTries } from "~/modules/accounts/rate-limits.server";
import { startSession } from "~/modules/accounts/sessions.server";
import { secondFactorSchema } from "~/modules/accounts/two-factor.schema";
import { clearPendingSecondFactor, pendingSecondFactor } from "~/modules/accounts/two-factor-pending.server";
import { spendSecondFactor } from "~/modules/accounts/two-factor.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { db } from "~/utils/db.server";
import { readForm, refuse } from "~/utils/form-action.server";

function backToLogIn(request: Request, language: string): never {
  const next = new URL(request.url).searchParams.get("next");
  throw redirect(`/${language}/login${next ? `?${new URLSearchParams({ next }).toString()}` : ""}`);
}

export async function secondFactorLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  if (!(await pendingSecondFactor(request))) backToLogIn(request, language);
  return { meta: pageMetaInput(request, language, translatorFor(language)("auth:twoFactor.login.title")) };
}

export async function secondFactorAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const userId = await pendingSecondFactor(request);
  if (!userId) backToLogIn(request, language);
  const form = await readForm(request, secondFactorSchema);
  if (!form.ok) return form.response;
  // The same limits as the password: 10 tries per account and address, 100 per address.
  const ip = clientAddress(request);
  await countTry("login-second-factor", ip, userId);
  const check = await spendSecondFactor(userId, form.data.code);
  if (!check.ok) return refuse({ code: "auth:twoFactor.errors.codeWrong" }, {});
  await forgetTries("login-second-factor", userId, ip);
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { role: true } });
  const session = await startSession(userId, request.headers.get("User-Agent"));
  const headers = new Headers();
  headers.append("Set-Cookie", session);
  headers.append("Set-Cookie", await clearPendingSecondFactor());
  const next = new URL(request.url).searchParams.get("next");
  throw redirect(destinationAfterLogIn(next, user.role, language), { headers });
}

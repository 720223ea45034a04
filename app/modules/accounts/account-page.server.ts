/** The loader and action of /:lang/account; the route module re-exports them. */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { requireUser } from "~/modules/accounts/current-user.server";
import { activeSessions, endOwnSession, readSession } from "~/modules/accounts/sessions.server";
import { userAgentLabel } from "~/modules/accounts/user-agent-label";
import { showDate } from "~/modules/i18n/date-format";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { readForm, refuse } from "~/utils/form-action.server";

export async function accountLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const user = await requireUser(request, language);
  const current = await readSession(request);
  const sessions = await activeSessions(user.id, current?.sessionId ?? "");
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("account:title")),
    user: { displayName: user.displayName, email: user.email, role: user.role },
    sessions: sessions.map((session) => ({
      id: session.id,
      device: userAgentLabel(session.userAgent),
      since: showDate(session.createdAt, language),
      lastSeen: showDate(session.lastSeenAt, language),
      isCurrent: session.isCurrent,
    })),
    ended: new URL(request.url).searchParams.has("ended"),
  };
}

export const endSessionSchema = z.object({
  intent: z.literal("end-session", { message: "account:sessions.errors.gone" }),
  session: z.string({ message: "account:sessions.errors.gone" }).min(1).max(100),
});

/** "End this one" next to another of the person's browsers. */
export async function accountAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const user = await requireUser(request, language);
  const form = await readForm(request, endSessionSchema);
  if (!form.ok) return form.response;
  if (!(await endOwnSession(user.id, form.data.session))) {
    return refuse({ form: "account:sessions.errors.gone" }, {});
  }
  return redirect(`/${language}/account?ended`);
}

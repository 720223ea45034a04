/**
 * What the programme page tests share: calling a loader or action as a browser would, a fresh set
 * of starting programmes per test, a staff session, and a stored programme's form with changes.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { programmeFormValues } from "~/modules/programmes/programme-form";
import { ensureProgrammes, findProgramme } from "~/modules/programmes/programmes.server";
import { db } from "~/utils/db.server";
import { answerOf, cookieOf, person, routeArgs } from "./company-fixtures";
import { resetAccountsAndQueue } from "./queued-mails";

export type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => Promise<unknown>;

export const call = (
  handler: Handler,
  url: string,
  cookie?: string,
  params: Record<string, string> = {},
  form?: Record<string, string | string[]>,
) => answerOf(handler(routeArgs(url, cookie, form, params)));

/** For beforeEach: no accounts, no queued jobs, and the starting programmes each at version 1. */
export async function resetProgrammes() {
  await resetAccountsAndQueue();
  await db().$executeRawUnsafe("TRUNCATE programme CASCADE");
  await ensureProgrammes();
}

export async function staffCookie() {
  return cookieOf((await person("team@antenne.example", "STAFF")).id);
}

/** The staff form as stored, with some fields changed: what a browser posts. */
export async function editedForm(key: string, changes: Record<string, string | string[]>) {
  const programme = await findProgramme(key);
  if (!programme) throw new Error(key);
  return { ...programmeFormValues(programme), ...changes } as Record<string, string | string[]>;
}

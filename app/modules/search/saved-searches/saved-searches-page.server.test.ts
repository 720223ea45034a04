/** What the routes export as loader and action (modules do not import routes). */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { answerOf, cookieOf, person, routeArgs } from "../../../../test/support/company-fixtures";
import { resetAccountsAndQueue } from "../../../../test/support/queued-mails";
import { MAX_SAVED_SEARCHES } from "./saved-search-policy";
import { stopPageAction, stopPageLoader } from "./saved-search-stop-page.server";
import { savedSearchesAction, savedSearchesLoader } from "./saved-searches-page.server";

const accountSearches = { loader: savedSearchesLoader, action: savedSearchesAction };
const stopPage = { loader: stopPageLoader, action: stopPageAction };

/**
 * The pages of saved searches as a browser meets them: real requests with a session cookie (or,
 * for the stop link, none at all) to the loaders and actions the routes export.
 */
beforeEach(resetAccountsAndQueue);

async function signedIn(email: string, role: "STUDENT" | "COMPANY_MEMBER" = "STUDENT") {
  const user = await person(email, role);
  return { user, cookie: await cookieOf(user.id) };
}

const save = (cookie: string, query: string, lang = "fr") =>
  answerOf(accountSearches.action(routeArgs(`/${lang}/account/searches`, cookie, { intent: "save", query })));

function refusal(answer: unknown) {
  const { init, data } = answer as { init: { status: number } | null; data: { error: string } };
  return { status: init?.status, error: data.error };
}

describe("/:lang/account/searches", () => {
  it("saves the search posted from the search page and goes back to it, marked as saved", async () => {
    const { cookie } = await signedIn("noe@example.fr");
    const answer = await save(cookie, "q=koch&fields=hospitality&sort=newest&page=2&saved=1");
    expect(answer).toBeInstanceOf(Response);
    expect((answer as Response).status).toBe(303);
    expect((answer as Response).headers.get("Location")).toBe(
      "/fr/offers?q=koch&fields=hospitality&sort=newest&page=2&saved=1",
    );

    const page = await accountSearches.loader(routeArgs("/fr/account/searches", cookie));
    expect(page.searches).toEqual([
      expect.objectContaining({
        summary: "«\u00a0koch\u00a0» · Hôtellerie-restauration",
        href: "/fr/offers?q=koch&fields=hospitality",
        stopped: false,
      }),
    ]);
  });

  it("takes the search page's form as it is, with the query alone", async () => {
    const { cookie } = await signedIn("lena@example.de");
    const answer = (await answerOf(
      accountSearches.action(routeArgs("/de/account/searches", cookie, { query: "fields=metal" })),
    )) as Response;
    expect(answer.headers.get("Location")).toBe("/de/offers?fields=metal&saved=1");
    expect(await db().savedSearch.count()).toBe(1);
  });

  it("says why when the student already has ten", async () => {
    const { cookie } = await signedIn("noe@example.fr");
    for (let weeks = 1; weeks <= MAX_SAVED_SEARCHES; weeks += 1) await save(cookie, `weeks=${weeks}`);
    expect(refusal(await save(cookie, "weeks=20"))).toEqual({ status: 409, error: "savedSearches:errors.limit" });
  });

  it("deletes the student's own search; another student's id is not found and stays", async () => {
    const noe = await signedIn("noe@example.fr");
    const lena = await signedIn("lena@example.de");
    await save(noe.cookie, "q=koch");
    const [search] = await db().savedSearch.findMany();
    const remove = (cookie: string) =>
      answerOf(
        accountSearches.action(routeArgs("/de/account/searches", cookie, { intent: "delete", id: search?.id ?? "" })),
      );

    expect(((await remove(lena.cookie)) as Response).status).toBe(404);
    expect(await db().savedSearch.count()).toBe(1);
    const lenaPage = await accountSearches.loader(routeArgs("/de/account/searches", lena.cookie));
    expect(lenaPage.searches).toEqual([]);

    const done = (await remove(noe.cookie)) as Response;
    expect(done.headers.get("Location")).toBe("/de/account/searches?done=deleted");
    expect(await db().savedSearch.count()).toBe(0);
  });

  it("refuses other roles (403) and sends visitors to log in", async () => {
    const { cookie } = await signedIn("paul@weber.example", "COMPANY_MEMBER");
    expect(((await save(cookie, "q=koch")) as Response).status).toBe(403);
    const visitor = (await answerOf(
      accountSearches.action(routeArgs("/de/account/searches", undefined, { intent: "save", query: "q=koch" })),
    )) as Response;
    expect(visitor.headers.get("Location")).toMatch(/^\/de\/login\?next=/);
    expect(await db().savedSearch.count()).toBe(0);
  });
});

describe("/:lang/saved-searches/stop", () => {
  async function savedToken() {
    const { cookie } = await signedIn("noe@example.fr");
    await save(cookie, "fields=hospitality");
    return (await db().savedSearch.findFirstOrThrow()).unsubscribeToken;
  }
  const isStopped = async () => (await db().savedSearch.findFirstOrThrow()).lastCheckedAt.getFullYear() === 9999;

  it("stops the mail when the link is opened, without logging in, and can resume it", async () => {
    const token = await savedToken();
    const opened = await stopPage.loader(routeArgs(`/fr/saved-searches/stop?token=${token}`));
    expect(opened).toMatchObject({ state: "stopped", token, summary: "Hôtellerie-restauration" });
    expect(opened.meta.path).not.toContain(token);
    expect(await isStopped()).toBe(true);

    const resumed = (await answerOf(
      stopPage.action(routeArgs(`/fr/saved-searches/stop?token=${token}`, undefined, { intent: "resume", token })),
    )) as Response;
    expect(resumed.status).toBe(303);
    const next = resumed.headers.get("Location") ?? "";
    expect(next).toBe(`/fr/saved-searches/stop?token=${token}&resumed=1`);
    expect(await isStopped()).toBe(false);
    // The page after resuming shows it, and does not stop it again.
    expect(await stopPage.loader(routeArgs(next))).toMatchObject({ state: "resumed" });
    expect(await isStopped()).toBe(false);
  });

  it("stops on a mail client's one-click POST (RFC 8058) with a plain answer, not a redirect", async () => {
    const token = await savedToken();
    const answer = await answerOf(
      stopPage.action(
        routeArgs(`/de/saved-searches/stop?token=${token}`, undefined, { "List-Unsubscribe": "One-Click" }),
      ),
    );
    expect(answer).not.toBeInstanceOf(Response);
    expect(answer).toMatchObject({ data: { oneClick: "stopped" }, init: { status: 200 } });
    expect(await isStopped()).toBe(true);
  });

  it("says so when the link belongs to no saved search", async () => {
    const page = await stopPage.loader(routeArgs("/en/saved-searches/stop?token=c29tZXRoaW5nLWVsc2UtZW50aXJlbHk"));
    expect(page).toMatchObject({ state: "unknown", token: "", summary: "" });
    expect(await stopPage.loader(routeArgs("/en/saved-searches/stop"))).toMatchObject({ state: "unknown" });
  });
});

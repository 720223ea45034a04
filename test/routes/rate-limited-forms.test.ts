import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "~/modules/accounts/password.server";
import { startSession } from "~/modules/accounts/sessions.server";
import { pendingSecondFactorCookie } from "~/modules/accounts/two-factor-pending.server";
import { translatorFor } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { SEARCH_LIMITS, chargeSearch } from "~/modules/search/search-limits.server";
import { db } from "~/utils/db.server";
import { startHttpStack, type HttpStack } from "../support/http-stack";
import { resetAccountsAndQueue } from "../support/queued-mails";

/**
 * README, "Rate limits" and "Search limits": every limited form answers 429 once its budget is
 * spent, with the localized "too many tries" page and Retry-After, through the whole HTTP stack
 * (the client's address comes from X-Forwarded-For, as a trusted proxy sends it). The limit
 * itself is tested in rate-limits.server.test.ts; this is the wiring of each form to it: that the
 * form counts at all, under the right action, per account where README says so, and that the
 * refusal reaches the person as a page in their language. One row per limited form.
 */
const FIFTEEN_MINUTES = 15 * 60;
const PASSWORD = "ein ziemlich langer Satz";
let stack: HttpStack;
const people: Record<"student" | "coordinator", { id: string; email: string }> = {} as never;

beforeAll(async () => {
  await resetAccountsAndQueue();
  const passwordHash = await hashPassword(PASSWORD);
  for (const role of ["student", "coordinator"] as const) {
    people[role] = await db().user.create({
      data: {
        email: `${role}@limits.example`,
        role: role === "student" ? "STUDENT" : "COORDINATOR",
        displayName: role,
        passwordHash,
        emailVerifiedAt: new Date(),
      },
      select: { id: true, email: true },
    });
  }
  stack = await startHttpStack();
}, 180_000);

afterAll(async () => {
  await stack?.close();
});

const cookieOf = async (userId: string) => (await startSession(userId, null)).split(";")[0] ?? "";

interface LimitedForm {
  name: string;
  language: Language;
  /** Tries allowed in the window; the next one is refused. */
  limit: number;
  /** The window: Retry-After is at most this, and close to it right after the limit is reached. */
  windowSeconds: number;
  /**
   * The limit counts per account from one address (10), so another account from the same
   * address goes on; otherwise it counts per address (100), and another address goes on.
   */
  perAccount: boolean;
  /** One try from `client`, as `account` (an address or a name the form counts by). */
  send(client: string, account: string): Promise<Response>;
  /** Spends the whole budget without HTTP, when it is too large to spend in a test. */
  spend?(client: string): Promise<void>;
  /** What a refusal looks like when it is not a page (the JSON API). */
  json?: true;
}

const form = (language: Language, path: string, fields: (account: string) => Record<string, string>) =>
  function send(client: string, account: string) {
    return stack.post(`/${language}${path}`, fields(account), { clientIp: client });
  };

const LIMITED_FORMS: LimitedForm[] = [
  {
    name: "log-in",
    language: "de",
    limit: 10,
    windowSeconds: FIFTEEN_MINUTES,
    perAccount: true,
    // Wrong passwords: from the sixth failure the account also waits (a 429 of the form, not the page).
    send: form("de", "/login", (account) => ({ email: account, password: "not the password" })),
  },
  {
    name: "log-in, second factor",
    language: "fr",
    limit: 10,
    windowSeconds: FIFTEEN_MINUTES,
    perAccount: true,
    async send(client, account) {
      const user = account === people.coordinator.email ? people.coordinator : people.student;
      const cookie = (await pendingSecondFactorCookie(user.id)).split(";")[0] ?? "";
      return stack.post("/fr/login/two-factor", { code: "000000" }, { clientIp: client, cookie });
    },
  },
  {
    name: "second factor set-up",
    language: "en",
    limit: 10,
    windowSeconds: FIFTEEN_MINUTES,
    perAccount: true,
    async send(client, account) {
      // The page is the coordinator's and staff's; "another account" is a second coordinator.
      const user =
        account === people.coordinator.email
          ? people.coordinator
          : await db().user.upsert({
              where: { email: "second.coordinator@limits.example" },
              update: {},
              create: {
                email: "second.coordinator@limits.example",
                role: "COORDINATOR",
                displayName: "second",
                emailVerifiedAt: new Date(),
              },
            });
      const cookie = await cookieOf(user.id);
      return stack.post("/en/account/two-factor", { intent: "confirm", code: "000000" }, { clientIp: client, cookie });
    },
  },
  {
    name: "account deletion (the password is a guess)",
    language: "en",
    limit: 10,
    windowSeconds: FIFTEEN_MINUTES,
    perAccount: true,
    async send(client, account) {
      const user = account === people.student.email ? people.student : people.coordinator;
      const cookie = await cookieOf(user.id);
      return stack.post("/en/account/delete", { password: "not the password" }, { clientIp: client, cookie });
    },
  },
  {
    name: "forgot password (reset link)",
    language: "fr",
    limit: 10,
    windowSeconds: FIFTEEN_MINUTES,
    perAccount: true,
    send: form("fr", "/forgot-password", (account) => ({ email: account })),
  },
  {
    name: "new confirmation link",
    language: "de",
    limit: 10,
    windowSeconds: FIFTEEN_MINUTES,
    perAccount: true,
    send: form("de", "/verify-email/resend", (account) => ({ email: account })),
  },
  {
    name: "newsletter subscription",
    language: "fr",
    limit: 10,
    windowSeconds: FIFTEEN_MINUTES,
    perAccount: true,
    send: form("fr", "/newsletter", (account) => ({
      email: account,
      language: "FR",
      topics: "events",
      consent: "on",
    })),
  },
  ...(["student", "company", "coordinator", "organiser"] as const).map((role, index): LimitedForm => ({
    name: `sign-up as ${role}`,
    language: (["de", "fr", "en", "de"] as const)[index]!,
    limit: 100,
    windowSeconds: FIFTEEN_MINUTES,
    perAccount: false,
    // Counted before the form is read: an empty form counts like a full one.
    send: form((["de", "fr", "en", "de"] as const)[index]!, `/signup/${role}`, () => ({})),
  })),
  {
    name: "accepting an invitation",
    language: "fr",
    limit: 100,
    windowSeconds: FIFTEEN_MINUTES,
    perAccount: false,
    send: form("fr", "/invite", () => ({ token: "not-a-token", name: "Invité", password: PASSWORD })),
  },
  {
    name: "new password through a reset link",
    language: "en",
    limit: 100,
    windowSeconds: FIFTEEN_MINUTES,
    perAccount: false,
    send: form("en", "/reset-password", () => ({
      token: "not-a-token",
      password: PASSWORD,
      passwordConfirm: PASSWORD,
    })),
  },
  {
    name: "offer search page",
    language: "fr",
    limit: SEARCH_LIMITS.page.points,
    windowSeconds: SEARCH_LIMITS.page.seconds,
    perAccount: false,
    send: (client) => stack.get("/fr/offers?q=cuisine", { clientIp: client }),
    // 600 searches over HTTP would take minutes; search-limits.server.test.ts counts them.
    spend: (client) => chargeSearch("page", client, SEARCH_LIMITS.page.points).then(() => undefined),
  },
  {
    name: "offers API",
    language: "en",
    limit: SEARCH_LIMITS.api.points,
    windowSeconds: SEARCH_LIMITS.api.seconds,
    perAccount: false,
    send: (client) => stack.get("/api/v1/offers?perPage=1", { clientIp: client }),
    json: true,
  },
];

/** Client addresses from the documentation ranges, a fresh one per row and purpose. */
let lastAddress = 0;
const nextAddress = () => `198.51.100.${++lastAddress}`;

function tooManyPage(language: Language, html: string) {
  const { document } = parseHTML(html);
  return {
    lang: document.documentElement.getAttribute("lang"),
    title: document.querySelector("h1")?.textContent,
    text: document.querySelector("main")?.textContent ?? "",
    expectedTitle: translatorFor(language)("errors:tooMany.title"),
  };
}

/** Whether the answer is the refusal of the rate limit (not, say, the log-in's own "wait a second"). */
async function isRefusal(response: Response, row: LimitedForm): Promise<boolean> {
  if (response.status !== 429) return false;
  if (row.json) return true;
  const page = tooManyPage(row.language, await response.clone().text());
  return page.title === page.expectedTitle;
}

async function tries(row: LimitedForm, client: string, account: string, count: number) {
  const answers: Response[] = [];
  // Ten at a time: the counter is in PostgreSQL and counts concurrent tries exactly.
  for (let sent = 0; sent < count; sent += 10) {
    const batch = Array.from({ length: Math.min(10, count - sent) }, () => row.send(client, account));
    answers.push(...(await Promise.all(batch)));
  }
  return answers;
}

describe("every rate-limited form", () => {
  it.each(LIMITED_FORMS)(
    "$name: $limit tries, then the localized 429 page with Retry-After",
    async (row) => {
      const client = nextAddress();
      const account = row.name.includes("set-up") ? people.coordinator.email : people.student.email;
      if (row.spend) await row.spend(client);
      const answers = await tries(row, client, account, row.spend ? 0 : row.limit);
      for (const [index, answer] of answers.entries()) {
        expect(answer.status, `try ${index + 1}`).toBeLessThan(500);
        expect(await isRefusal(answer, row), `try ${index + 1} of ${row.limit} was refused`).toBe(false);
      }

      const refused = await row.send(client, account);
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get("Retry-After"));
      expect(retryAfter).toBeGreaterThan(row.windowSeconds - 120);
      expect(retryAfter).toBeLessThanOrEqual(row.windowSeconds);
      if (row.json) {
        expect(await refused.json()).toMatchObject({ error: { code: "rate_limited" } });
      } else {
        expect(refused.headers.get("Content-Type")).toMatch(/^text\/html/);
        const page = tooManyPage(row.language, await refused.text());
        expect(page.lang).toBe(row.language);
        expect(page.title).toBe(page.expectedTitle);
        const minutes = Math.ceil(retryAfter / 60);
        expect(page.text).toContain(translatorFor(row.language)("errors:tooMany.body", { count: minutes }));
      }

      // Whom the limit stops: the account from this address, or this address.
      const other = row.perAccount
        ? await row.send(
            client,
            people.coordinator.email === account ? "other@limits.example" : people.coordinator.email,
          )
        : await row.send(nextAddress(), account);
      expect(await isRefusal(other, row), row.perAccount ? "another account" : "another address").toBe(false);
    },
    120_000,
  );
});

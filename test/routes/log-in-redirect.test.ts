import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "~/modules/accounts/password.server";
import { action, loader } from "~/routes/$lang.login";
import { db } from "~/utils/db.server";
import { resetAccountsAndQueue } from "../support/queued-mails";

/**
 * Where the log-in form sends people, read from the answer's Location header as a browser would
 * follow it. Issue 15, point 12: `next` must never lead off-site, nor break the answer.
 */
const SITE = "https://antenne.example";
const PASSWORD = "redirect password";
const ROLES = ["STUDENT", "COMPANY_MEMBER", "COORDINATOR", "STAFF"] as const;

beforeAll(async () => {
  await resetAccountsAndQueue();
  const passwordHash = await hashPassword(PASSWORD);
  for (const role of ROLES) {
    await db().user.create({
      data: { email: emailOf(role), role, displayName: role, passwordHash, emailVerifiedAt: new Date() },
    });
  }
});

function emailOf(role: (typeof ROLES)[number]) {
  return `${role.toLowerCase()}@redirect.example`;
}

/** Posts the log-in form as a browser would and returns the answer (thrown or returned). */
async function logIn(role: (typeof ROLES)[number], query: string, lang = "de"): Promise<Response> {
  const request = new Request(`${SITE}/${lang}/login${query}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Antenne-Client-Ip": "203.0.113.7" },
    body: new URLSearchParams({ email: emailOf(role), password: PASSWORD }),
  });
  try {
    return (await action({ request, params: { lang }, context: { requestId: "t" } })) as unknown as Response;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

/** Where a browser goes with this Location: it resolves it against the page, as here. */
function followed(response: Response): URL {
  expect(response.status).toBe(302);
  const location = response.headers.get("Location");
  expect(location).toBeTruthy();
  return new URL(location ?? "", `${SITE}/de/login`);
}

describe("after log-in", () => {
  it("each role lands on its own start page", async () => {
    const expected = {
      STUDENT: "/fr/student",
      COMPANY_MEMBER: "/fr/company/offers",
      COORDINATOR: "/fr/coordinator",
      STAFF: "/fr/staff",
    };
    for (const role of ROLES) {
      const url = followed(await logIn(role, "", "fr"));
      expect(url.origin).toBe(SITE);
      expect(url.pathname, role).toBe(expected[role]);
    }
  });

  it("a local next wins, query included", async () => {
    const next = "/de/offers/koch-in-caen/apply?period=2";
    const url = followed(await logIn("STUDENT", `?next=${encodeURIComponent(next)}`));
    expect(`${url.pathname}${url.search}`).toBe(next);
  });

  // Each as it would arrive in a crafted link; the browser normalises the Location it gets.
  const hostile = [
    "?next=/%09/evil.example",
    "?next=/%0A/evil.example",
    "?next=/%0D%0A/evil.example",
    "?next=/%00/evil.example",
    "?next=%09//evil.example",
    "?next=//evil.example",
    "?next=/%5Cevil.example",
    "?next=%5C%5Cevil.example",
    "?next=/.//evil.example",
    "?next=https://evil.example/",
    "?next=https:evil.example",
    "?next=%20//evil.example",
    "?next=/de%0A/account",
    "?next=javascript:alert(1)",
  ];
  for (const query of hostile) {
    it(`never leaves the site nor fails for ${query}`, async () => {
      const url = followed(await logIn("COORDINATOR", query));
      expect(url.origin).toBe(SITE);
      expect(url.host).toBe("antenne.example");
    });
  }

  it("a user already logged in goes the same way, next checked the same", async () => {
    const cookie = (await logIn("STAFF", "")).headers.get("Set-Cookie")?.split(";")[0] ?? "";
    for (const [query, path] of [
      ["", "/de/staff"],
      ["?next=/%09/evil.example", "/de/staff"],
      ["?next=/de/staff/outbox", "/de/staff/outbox"],
    ] as const) {
      let answer: unknown;
      try {
        answer = await loader({
          request: new Request(`${SITE}/de/login${query}`, { headers: { Cookie: cookie } }),
          params: { lang: "de" },
          context: { requestId: "t" },
        });
      } catch (thrown) {
        answer = thrown;
      }
      const url = followed(answer as Response);
      expect(url.origin).toBe(SITE);
      expect(url.pathname).toBe(path);
    }
  });
});

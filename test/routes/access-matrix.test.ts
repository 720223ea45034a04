import type { LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "~/modules/accounts/password.server";
import { startSession } from "~/modules/accounts/sessions.server";
import { db } from "~/utils/db.server";
import * as account from "~/routes/$lang.account._index";
import * as accountData from "~/routes/$lang.account.data._index";
import * as accountDelete from "~/routes/$lang.account.delete";
import * as companyMembers from "~/routes/$lang.company.members";
import { resetAccountsAndQueue } from "../queued-mails";

/**
 * Who may open which page: every role (and a visitor) against every page that needs an account.
 * A row says what each role gets: "ok", "login" (sent to log in) or "forbidden" (403).
 */
type Who = "visitor" | "STUDENT" | "COMPANY_MEMBER" | "COORDINATOR" | "STAFF";
type Outcome = "ok" | "login" | "forbidden";
type Loader = (args: LoaderFunctionArgs) => unknown;

const EVERY_ACCOUNT: Record<Who, Outcome> = {
  visitor: "login",
  STUDENT: "ok",
  COMPANY_MEMBER: "ok",
  COORDINATOR: "ok",
  STAFF: "ok",
};

export const ACCESS_MATRIX: {
  page: string;
  loader: Loader;
  params?: Record<string, string>;
  expected: Record<Who, Outcome>;
}[] = [
  { page: "/de/account", loader: account.loader, expected: EVERY_ACCOUNT },
  { page: "/de/account/data", loader: accountData.loader, expected: EVERY_ACCOUNT },
  { page: "/de/account/delete", loader: accountDelete.loader, expected: EVERY_ACCOUNT },
  {
    page: "/de/company/members",
    loader: companyMembers.loader,
    expected: {
      visitor: "login",
      STUDENT: "forbidden",
      COMPANY_MEMBER: "ok",
      COORDINATOR: "forbidden",
      STAFF: "forbidden",
    },
  },
];

const cookies = new Map<Who, string>();

beforeAll(async () => {
  await resetAccountsAndQueue();
  const passwordHash = await hashPassword("matrix password");
  for (const role of ["STUDENT", "COMPANY_MEMBER", "COORDINATOR", "STAFF"] as const) {
    const user = await db().user.create({
      data: {
        email: `${role.toLowerCase()}@matrix.example`,
        role,
        displayName: role,
        passwordHash,
        emailVerifiedAt: new Date(),
      },
    });
    if (role === "COMPANY_MEMBER") {
      const place = await db().place.findFirstOrThrow();
      const company = await db().company.create({
        data: {
          slug: "matrix-gmbh",
          name: "Matrix GmbH",
          country: "DE",
          placeId: place.id,
          address: "",
          size: "SMALL",
          contactName: "M",
          contactEmail: "m@matrix.example",
        },
      });
      await db().companyMember.create({ data: { companyId: company.id, userId: user.id, isOwner: true } });
    }
    cookies.set(role, (await startSession(user.id, null)).split(";")[0] ?? "");
  }
});

async function outcome(loader: Loader, page: string, who: Who, params: Record<string, string>): Promise<Outcome> {
  const headers: Record<string, string> = who === "visitor" ? {} : { Cookie: cookies.get(who) ?? "" };
  try {
    await loader({
      request: new Request(`http://localhost${page}`, { headers }),
      params: { lang: "de", ...params },
      context: { requestId: "matrix" },
    });
    return "ok";
  } catch (thrown) {
    if (thrown instanceof Response && thrown.status === 403) return "forbidden";
    if (
      thrown instanceof Response &&
      thrown.status === 302 &&
      thrown.headers.get("Location")?.startsWith("/de/login?next=")
    )
      return "login";
    throw thrown;
  }
}

describe("access matrix", () => {
  for (const row of ACCESS_MATRIX) {
    for (const who of Object.keys(row.expected) as Who[]) {
      it(`${row.page}: ${who} → ${row.expected[who]}`, async () => {
        expect(await outcome(row.loader, row.page, who, row.params ?? {})).toBe(row.expected[who]);
      });
    }
  }
});

import type { LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "~/modules/accounts/password.server";
import { startSession } from "~/modules/accounts/sessions.server";
import { db } from "~/utils/db.server";
import * as account from "~/routes/$lang.account._index";
import * as accountData from "~/routes/$lang.account.data._index";
import * as accountDelete from "~/routes/$lang.account.delete";
import * as accountSearches from "~/routes/$lang.account.searches";
import * as companyMembers from "~/routes/$lang.company.members";
import * as companyProfile from "~/routes/$lang.company.profile";
import * as companyOffers from "~/routes/$lang.company.offers._index";
import * as companyOffer from "~/routes/$lang.company.offers.$id._index";
import * as companyOfferStep from "~/routes/$lang.company.offers.$id.$step";
import * as newOffer from "~/routes/$lang.company.offers.new";
import * as companyApplications from "~/routes/$lang.company.applications._index";
import * as offerCandidates from "~/routes/$lang.company.offers.$id.candidates";
import * as coordinatorHome from "~/routes/$lang.coordinator._index";
import * as staffCoordinators from "~/routes/$lang.staff.coordinators";
import * as staffCompanyChange from "~/routes/$lang.staff.moderation.company-changes.$id";
import * as staffHolidays from "~/routes/$lang.staff.holidays";
import * as staffArticles from "~/routes/$lang.staff.articles._index";
import * as staffNewArticle from "~/routes/$lang.staff.articles.new";
import * as staffProgrammes from "~/routes/$lang.staff.programmes._index";
import * as staffNewProgramme from "~/routes/$lang.staff.programmes.new";
import * as studentHome from "~/routes/$lang.student._index";
import * as studentApplications from "~/routes/$lang.student.applications._index";
import * as studentProfile from "~/routes/$lang.student.profile";
import { resetAccountsAndQueue } from "../support/queued-mails";

/**
 * Who may open which page: every role (and a visitor) against every page that needs an account.
 * A row says what each role gets: "ok", "login" (sent to log in) or "forbidden" (403).
 */
type Who = "visitor" | "STUDENT" | "COMPANY_MEMBER" | "COORDINATOR" | "STAFF";
type Outcome = "ok" | "login" | "forbidden";
type Loader = (args: LoaderFunctionArgs) => unknown;

const COMPANY_ONLY: Record<Who, Outcome> = {
  visitor: "login",
  STUDENT: "forbidden",
  COMPANY_MEMBER: "ok",
  COORDINATOR: "forbidden",
  STAFF: "forbidden",
};

/** The matrix company, whose proposed profile change the staff review page opens. */
const MATRIX_COMPANY = "00000000-0000-4000-8000-0000000000c1";

/** A draft of the matrix company, so the offer pages have something to open. */
const MATRIX_OFFER = "00000000-0000-4000-8000-0000000000f1";

/** Exactly one role may open the page; every other gets a 403 and a visitor the log-in. */
function only(role: Exclude<Who, "visitor">): Record<Who, Outcome> {
  return {
    visitor: "login",
    STUDENT: role === "STUDENT" ? "ok" : "forbidden",
    COMPANY_MEMBER: role === "COMPANY_MEMBER" ? "ok" : "forbidden",
    COORDINATOR: role === "COORDINATOR" ? "ok" : "forbidden",
    STAFF: role === "STAFF" ? "ok" : "forbidden",
  };
}

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
    page: "/de/account/searches",
    loader: accountSearches.loader,
    expected: {
      visitor: "login",
      STUDENT: "ok",
      COMPANY_MEMBER: "forbidden",
      COORDINATOR: "forbidden",
      STAFF: "forbidden",
    },
  },
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
  { page: "/de/company/profile", loader: companyProfile.loader, expected: COMPANY_ONLY },
  { page: "/de/company/offers", loader: companyOffers.loader, expected: COMPANY_ONLY },
  { page: "/de/company/offers/new", loader: newOffer.loader, expected: COMPANY_ONLY },
  {
    page: `/de/company/offers/${MATRIX_OFFER}`,
    loader: companyOffer.loader,
    params: { id: MATRIX_OFFER },
    expected: COMPANY_ONLY,
  },
  {
    page: `/de/company/offers/${MATRIX_OFFER}/periods`,
    loader: companyOfferStep.loader,
    params: { id: MATRIX_OFFER, step: "periods" },
    expected: COMPANY_ONLY,
  },
  {
    page: `/de/company/offers/${MATRIX_OFFER}/candidates`,
    loader: offerCandidates.loader,
    params: { id: MATRIX_OFFER },
    expected: COMPANY_ONLY,
  },
  { page: "/de/company/applications", loader: companyApplications.loader, expected: COMPANY_ONLY },
  { page: "/de/student", loader: studentHome.loader, expected: only("STUDENT") },
  { page: "/de/student/profile", loader: studentProfile.loader, expected: only("STUDENT") },
  { page: "/de/student/applications", loader: studentApplications.loader, expected: only("STUDENT") },
  { page: "/de/coordinator", loader: coordinatorHome.loader, expected: only("COORDINATOR") },
  { page: "/de/staff/articles", loader: staffArticles.loader, expected: only("STAFF") },
  { page: "/de/staff/articles/new", loader: staffNewArticle.loader, expected: only("STAFF") },
  { page: "/de/staff/programmes", loader: staffProgrammes.loader, expected: only("STAFF") },
  { page: "/de/staff/programmes/new", loader: staffNewProgramme.loader, expected: only("STAFF") },
  { page: "/de/staff/coordinators", loader: staffCoordinators.loader, expected: only("STAFF") },
  { page: "/de/staff/holidays", loader: staffHolidays.loader, expected: only("STAFF") },
  {
    page: `/de/staff/moderation/company-changes/${MATRIX_COMPANY}`,
    loader: staffCompanyChange.loader,
    params: { id: MATRIX_COMPANY },
    expected: only("STAFF"),
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
          id: MATRIX_COMPANY,
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
      await db().offer.create({
        data: {
          id: MATRIX_OFFER,
          companyId: company.id,
          slug: "matrix",
          placeId: place.id,
          address: "Matrixweg 1",
          minWeeks: 2,
          maxWeeks: 4,
          languageLevel: "A2",
          minorsWelcome: false,
          minAge: 18,
          hoursPerDay: 7,
          hoursPerWeek: 35,
          workDays: [1, 2, 3, 4, 5],
          accommodation: "NONE",
          tutorName: "M",
        },
      });
    }
    if (role === "STUDENT" || role === "COORDINATOR") {
      const school = await db().school.findFirstOrThrow({ orderBy: { id: "asc" } });
      if (role === "COORDINATOR") {
        await db().coordinatorProfile.create({
          data: { userId: user.id, schoolId: school.id, verifiedAt: new Date() },
        });
      } else {
        await db().studentProfile.create({
          data: {
            userId: user.id,
            schoolId: school.id,
            country: school.country,
            birthDate: new Date("2008-01-01T00:00:00Z"),
            training: "Mechatroniker",
            trainingYear: 2,
          },
        });
      }
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

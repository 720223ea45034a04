import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "~/modules/accounts/password.server";
import { startSession } from "~/modules/accounts/sessions.server";
import { db } from "~/utils/db.server";
import { resetAccountsAndQueue } from "../support/queued-mails";

/**
 * Who may open which page: every role (and a visitor) against every page and form that needs an
 * account. A row says what each role gets: "ok", "notFound" (past the role check, to a thing
 * that does not exist), "login" (sent to log in) or "forbidden" (403). Every route module of
 * the signed-in areas must have a row (the last test), so a new page cannot be forgotten; and
 * each form (action) refuses every role that may not open its page before it reads the post.
 */
type Who = "visitor" | "STUDENT" | "COMPANY_MEMBER" | "COORDINATOR" | "ORGANISER_MEMBER" | "STAFF";
type Outcome = "ok" | "notFound" | "login" | "forbidden";
type Role = Exclude<Who, "visitor">;
interface RouteModule {
  loader?: (args: LoaderFunctionArgs) => unknown;
  action?: (args: ActionFunctionArgs) => unknown;
}

const ROUTES = import.meta.glob<RouteModule>("../../app/routes/*.{ts,tsx}", { eager: true });
const routeModule = (file: string) => ROUTES[`../../app/routes/${file}`];

/** The signed-in areas: every route module whose name starts so must be in the matrix. */
const SIGNED_IN_AREAS = /^\$lang\.(account|company|coordinator|organiser|staff|student|students)[._]/;
/** Signed-in area modules that are open on purpose, and why. */
const OPEN_ON_PURPOSE: Record<string, string> = {
  "$lang.account.deleted.tsx": "the goodbye page after deleting an account, when there is no account any more",
  "$lang.staff.tsx":
    "the staff area's frame: the moderation count for staff only (null for anyone else); each page asks",
};

const ROLES: Role[] = ["STUDENT", "COMPANY_MEMBER", "COORDINATOR", "ORGANISER_MEMBER", "STAFF"];

/** The matrix company, whose proposed profile change the staff review page opens. */
const MATRIX_COMPANY = "00000000-0000-4000-8000-0000000000c1";
/** A draft of the matrix company, so the offer pages have something to open. */
const MATRIX_OFFER = "00000000-0000-4000-8000-0000000000f1";
/** An event of the matrix organiser, so the attendee lists have something to open. */
const MATRIX_EVENT = "00000000-0000-4000-8000-0000000000e1";
/** An id nothing has: the allowed role gets past the role check to a 404. */
const NOTHING = "00000000-0000-4000-8000-00000000dead";

/** Exactly these roles may open the page (`found`: what they get); others get a 403, a visitor the log-in. */
function only(roles: Role | Role[], found: Outcome = "ok"): Record<Who, Outcome> {
  const allowed = Array.isArray(roles) ? roles : [roles];
  return {
    visitor: "login",
    ...Object.fromEntries(ROLES.map((role) => [role, allowed.includes(role) ? found : "forbidden"])),
  } as Record<Who, Outcome>;
}

const EVERY_ACCOUNT = only(ROLES);

/** Pages about one thing answer 404 to whoever may not see it, as if it did not exist. */
const NOT_YOURS = only([], "ok");
for (const role of ROLES) NOT_YOURS[role] = "notFound";

/** Staff and the event's own organiser see its attendees (each in their own area); for anyone else it does not exist. */
const ATTENDEE_LIST = { ...NOT_YOURS, ORGANISER_MEMBER: "ok", STAFF: "ok" } as const;

export const ACCESS_MATRIX: {
  file: string;
  page: string;
  params?: Record<string, string>;
  expected: Record<Who, Outcome>;
  /** The page is a form only (its loader just redirects): the expectations are the post's. */
  formOnly?: true;
}[] = [
  { file: "$lang.account._index.tsx", page: "/de/account", expected: EVERY_ACCOUNT },
  { file: "$lang.account.data._index.tsx", page: "/de/account/data", expected: EVERY_ACCOUNT },
  {
    file: "$lang.account.data.download.tsx",
    page: "/de/account/data/download",
    expected: EVERY_ACCOUNT,
    formOnly: true,
  },
  { file: "$lang.account.delete.tsx", page: "/de/account/delete", expected: EVERY_ACCOUNT },
  {
    // The second factor is for the accounts that see other people's data.
    file: "$lang.account.two-factor.tsx",
    page: "/de/account/two-factor",
    expected: { ...NOT_YOURS, COORDINATOR: "ok", STAFF: "ok" },
  },
  { file: "$lang.account.newsletter.tsx", page: "/de/account/newsletter", expected: EVERY_ACCOUNT },
  { file: "$lang.account.registrations.tsx", page: "/de/account/registrations", expected: EVERY_ACCOUNT },
  { file: "$lang.account.searches.tsx", page: "/de/account/searches", expected: only("STUDENT") },
  { file: "$lang.company.members.tsx", page: "/de/company/members", expected: only("COMPANY_MEMBER") },
  { file: "$lang.company.profile.tsx", page: "/de/company/profile", expected: only("COMPANY_MEMBER") },
  { file: "$lang.company.offers._index.tsx", page: "/de/company/offers", expected: only("COMPANY_MEMBER") },
  { file: "$lang.company.offers.new.tsx", page: "/de/company/offers/new", expected: only("COMPANY_MEMBER") },
  {
    file: "$lang.company.offers.$id._index.tsx",
    page: `/de/company/offers/${MATRIX_OFFER}`,
    params: { id: MATRIX_OFFER },
    expected: only("COMPANY_MEMBER"),
  },
  {
    file: "$lang.company.offers.$id.$step.tsx",
    page: `/de/company/offers/${MATRIX_OFFER}/periods`,
    params: { id: MATRIX_OFFER, step: "periods" },
    expected: only("COMPANY_MEMBER"),
  },
  {
    file: "$lang.company.offers.$id.candidates.tsx",
    page: `/de/company/offers/${MATRIX_OFFER}/candidates`,
    params: { id: MATRIX_OFFER },
    expected: only("COMPANY_MEMBER"),
  },
  { file: "$lang.company.applications._index.tsx", page: "/de/company/applications", expected: only("COMPANY_MEMBER") },
  {
    file: "$lang.company.applications.$id.tsx",
    page: `/de/company/applications/${NOTHING}`,
    params: { id: NOTHING },
    expected: NOT_YOURS,
  },
  { file: "$lang.student._index.tsx", page: "/de/student", expected: only("STUDENT") },
  { file: "$lang.student.profile.tsx", page: "/de/student/profile", expected: only("STUDENT") },
  { file: "$lang.student.applications._index.tsx", page: "/de/student/applications", expected: only("STUDENT") },
  {
    file: "$lang.student.applications.$id.tsx",
    page: `/de/student/applications/${NOTHING}`,
    params: { id: NOTHING },
    expected: NOT_YOURS,
  },
  {
    file: "$lang.students.$id.tsx",
    page: `/de/students/${NOTHING}`,
    params: { id: NOTHING },
    expected: NOT_YOURS,
  },
  { file: "$lang.coordinator._index.tsx", page: "/de/coordinator", expected: only("COORDINATOR") },
  { file: "$lang.organiser._index.tsx", page: "/de/organiser", expected: only("ORGANISER_MEMBER") },
  { file: "$lang.organiser.events.new.tsx", page: "/de/organiser/events/new", expected: only("ORGANISER_MEMBER") },
  { file: "$lang.organiser.members.tsx", page: "/de/organiser/members", expected: only("ORGANISER_MEMBER") },
  {
    file: "$lang.organiser.events.$id.tsx",
    page: `/de/organiser/events/${NOTHING}`,
    params: { id: NOTHING },
    expected: only("ORGANISER_MEMBER", "notFound"),
  },
  {
    file: "$lang.organiser.events.$id_.registrations.tsx",
    page: `/de/organiser/events/${MATRIX_EVENT}/registrations`,
    params: { id: MATRIX_EVENT },
    expected: ATTENDEE_LIST,
  },
  {
    file: "$lang.organiser.events.$id_.registrations[.]csv.ts",
    page: `/de/organiser/events/${MATRIX_EVENT}/registrations.csv`,
    params: { id: MATRIX_EVENT },
    expected: ATTENDEE_LIST,
  },
  ...staffPages(),
];

/** Every staff page: staff only. */
function staffPages() {
  const plain: [string, string][] = [
    ["$lang.staff._index.tsx", "/de/staff"],
    ["$lang.staff.agreements.clauses.tsx", "/de/staff/agreements/clauses"],
    ["$lang.staff.articles._index.tsx", "/de/staff/articles"],
    ["$lang.staff.articles.new.tsx", "/de/staff/articles/new"],
    ["$lang.staff.audit.tsx", "/de/staff/audit"],
    ["$lang.staff.coordinators.tsx", "/de/staff/coordinators"],
    ["$lang.staff.editions._index.tsx", "/de/staff/editions"],
    ["$lang.staff.events._index.tsx", "/de/staff/events"],
    ["$lang.staff.events.new.tsx", "/de/staff/events/new"],
    ["$lang.staff.events.settings.tsx", "/de/staff/events/settings"],
    ["$lang.staff.figures.tsx", "/de/staff/figures"],
    ["$lang.staff.figures[.]csv.ts", "/de/staff/figures.csv?table=fields&year=2025-26"],
    ["$lang.staff.holidays.tsx", "/de/staff/holidays"],
    ["$lang.staff.moderation._index.tsx", "/de/staff/moderation"],
    ["$lang.staff.newsletter._index.tsx", "/de/staff/newsletter"],
    ["$lang.staff.newsletter.subscribers.tsx", "/de/staff/newsletter/subscribers"],
    ["$lang.staff.newsletter.subscribers[.]csv.ts", "/de/staff/newsletter/subscribers.csv"],
    ["$lang.staff.outbox._index.tsx", "/de/staff/outbox"],
    ["$lang.staff.people._index.tsx", "/de/staff/people"],
    ["$lang.staff.programmes._index.tsx", "/de/staff/programmes"],
    ["$lang.staff.programmes.new.tsx", "/de/staff/programmes/new"],
    ["$lang.staff.synonyms.tsx", "/de/staff/synonyms"],
  ];
  const withId: [string, string, Record<string, string>][] = [
    ["$lang.staff.articles.$id.tsx", `/de/staff/articles/${NOTHING}`, { id: NOTHING }],
    ["$lang.staff.editions.$year.tsx", "/de/staff/editions/1999", { year: "1999" }],
    ["$lang.staff.events.$id.tsx", `/de/staff/events/${NOTHING}`, { id: NOTHING }],
    ["$lang.staff.moderation.companies.$id.tsx", `/de/staff/moderation/companies/${NOTHING}`, { id: NOTHING }],
    ["$lang.staff.moderation.events.$id.tsx", `/de/staff/moderation/events/${NOTHING}`, { id: NOTHING }],
    ["$lang.staff.moderation.offers.$id.tsx", `/de/staff/moderation/offers/${NOTHING}`, { id: NOTHING }],
    ["$lang.staff.moderation.organisers.$id.tsx", `/de/staff/moderation/organisers/${NOTHING}`, { id: NOTHING }],
    ["$lang.staff.newsletter.$id._index.tsx", `/de/staff/newsletter/${NOTHING}`, { id: NOTHING }],
    ["$lang.staff.newsletter.$id.preview.ts", `/de/staff/newsletter/${NOTHING}/preview`, { id: NOTHING }],
    ["$lang.staff.outbox.$id.tsx", `/de/staff/outbox/${NOTHING}`, { id: NOTHING }],
    ["$lang.staff.people.$id.tsx", `/de/staff/people/${NOTHING}`, { id: NOTHING }],
    ["$lang.staff.programmes.$key.tsx", "/de/staff/programmes/nothing", { key: "nothing" }],
  ];
  return [
    ...plain.map(([file, page]) => ({ file, page, expected: only("STAFF") })),
    ...withId.map(([file, page, params]) => ({ file, page, params, expected: only("STAFF", "notFound") })),
    ...["$lang.staff.events.$id_.registrations.tsx", "$lang.staff.events.$id_.registrations[.]csv.ts"].map((file) => ({
      file,
      page: `/de/staff/events/${MATRIX_EVENT}/registrations${file.includes("csv") ? ".csv" : ""}`,
      params: { id: MATRIX_EVENT },
      expected: only("STAFF"),
    })),
    {
      file: "$lang.staff.moderation.company-changes.$id.tsx",
      page: `/de/staff/moderation/company-changes/${MATRIX_COMPANY}`,
      params: { id: MATRIX_COMPANY },
      expected: only("STAFF"),
    },
  ];
}

const cookies = new Map<Who, string>();

beforeAll(async () => {
  await resetAccountsAndQueue();
  const passwordHash = await hashPassword("matrix password");
  for (const role of ROLES) {
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
    if (role === "ORGANISER_MEMBER") {
      const organiser = await db().organiser.create({
        data: { name: "Matrix e. V.", kind: "TWINNING", town: "Hannover", country: "DE", verified: true },
      });
      await db().organiserMember.create({ data: { organiserId: organiser.id, userId: user.id, isOwner: true } });
      const category = await db().eventCategory.create({
        data: { key: "matrix", nameDe: "Matrix", nameFr: "Matrice", nameEn: "Matrix" },
      });
      const startsAt = new Date("2027-03-18T18:00:00Z");
      const endsAt = new Date("2027-03-18T20:00:00Z");
      await db().event.create({
        data: {
          id: MATRIX_EVENT,
          uid: "matrix@antenne.test",
          slug: "matrix",
          organiserId: organiser.id,
          categoryId: category.id,
          titleDe: "Matrixabend",
          spokenLanguage: "BILINGUAL",
          audience: "EVERYONE",
          isFree: true,
          attendance: "IN_PERSON",
          timeZone: "Europe/Berlin",
          allDay: false,
          startLocal: new Date("2027-03-18T19:00:00Z"),
          endLocal: new Date("2027-03-18T21:00:00Z"),
          startsAt,
          endsAt,
          publishedAt: new Date(),
          occurrences: { create: { originalStartsAt: startsAt, startsAt, endsAt } },
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

/** What a loader or action's answer (returned or thrown) means for the person. */
function outcomeOf(answer: unknown): Outcome {
  if (!(answer instanceof Response)) return "ok";
  if (answer.status === 403) return "forbidden";
  if (answer.status === 404) return "notFound";
  if (answer.status === 302 && answer.headers.get("Location")?.startsWith("/de/login?next=")) return "login";
  if (answer.status < 300 || answer.status === 304) return "ok";
  throw answer;
}

async function outcome(
  handler: (args: LoaderFunctionArgs) => unknown,
  page: string,
  who: Who,
  params: Record<string, string>,
  method: "GET" | "POST" = "GET",
): Promise<Outcome> {
  const headers: Record<string, string> = who === "visitor" ? {} : { Cookie: cookies.get(who) ?? "" };
  const request =
    method === "GET"
      ? new Request(`http://localhost${page}`, { headers })
      : new Request(`http://localhost${page}`, {
          method,
          headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost" },
          body: "intent=matrix",
        });
  try {
    return outcomeOf(await handler({ request, params: { lang: "de", ...params }, context: { requestId: "matrix" } }));
  } catch (thrown) {
    return outcomeOf(thrown);
  }
}

describe("access matrix", () => {
  for (const row of ACCESS_MATRIX) {
    const module = routeModule(row.file);
    for (const who of Object.keys(row.expected) as Who[]) {
      const [method, handler] = row.formOnly ? (["POST", module?.action] as const) : (["GET", module?.loader] as const);
      it(`${method === "POST" ? "POST " : ""}${row.page}: ${who} → ${row.expected[who]}`, async () => {
        expect(await outcome(handler!, row.page, who, row.params ?? {}, method)).toBe(row.expected[who]);
      });
    }
    if (row.formOnly) continue;
    // A form refuses before it reads the post: the same answer as the page for whoever may not open it.
    if (module?.action) {
      const refused = (Object.keys(row.expected) as Who[]).filter((who) => row.expected[who] !== "ok");
      for (const who of refused.filter((who) => row.expected[who] !== "notFound")) {
        it(`POST ${row.page}: ${who} → ${row.expected[who]}`, async () => {
          expect(await outcome(module.action!, row.page, who, row.params ?? {}, "POST")).toBe(row.expected[who]);
        });
      }
    }
  }

  it("has a row for every page of the signed-in areas", () => {
    const inMatrix = new Set(ACCESS_MATRIX.map((row) => row.file));
    const files = Object.keys(ROUTES).map((path) => path.replace("../../app/routes/", ""));
    const missing = files.filter(
      (file) =>
        SIGNED_IN_AREAS.test(file) && routeModule(file)?.loader && !inMatrix.has(file) && !OPEN_ON_PURPOSE[file],
    );
    expect(missing).toEqual([]);
    for (const row of ACCESS_MATRIX) expect(routeModule(row.file)?.loader, row.file).toBeTypeOf("function");
  });
});

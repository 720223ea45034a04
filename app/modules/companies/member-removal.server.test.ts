/**
 * Taking access away (issue 15, point 2): the owner removes a colleague or withdraws an
 * invitation, and staff suspend an account. Through the real loaders and actions, with cookies.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { companyInboxLoader } from "~/modules/applications/company-applications-page.server";
import { getCurrentUser } from "~/modules/accounts/current-user.server";
import { logInAction } from "~/modules/accounts/log-in-page.server";
import { hashPassword } from "~/modules/accounts/password.server";
import { personAction, personLoader } from "~/modules/staff/person-page.server";
import { db } from "~/utils/db.server";
import {
  colleague,
  companyWithOwner,
  cookieOf,
  person,
  routeArgs,
  thrownResponse,
} from "../../../test/support/company-fixtures";
import { queuedMails, resetAccountsAndQueue, tokenFromUrl } from "../../../test/support/queued-mails";
import { inviteAction } from "~/modules/teams/invite-page.server";
import { membersAction, membersLoader } from "./members-page.server";

beforeEach(resetAccountsAndQueue);

const members = "/de/company/members";

describe("an owner taking access away", () => {
  it("removes a colleague, who at once no longer sees the team or the applicants", async () => {
    const weber = await companyWithOwner("Weber Holzbau", "paul@weber.example");
    const anna = await colleague(weber.id, "anna@weber.example", { displayName: "Anna Schmidt" });
    const annaCookie = await cookieOf(anna.id);
    await db().company.update({ where: { id: weber.id }, data: { contactEmail: anna.email, contactName: "Anna" } });
    expect((await membersLoader(routeArgs(members, annaCookie))).members).toHaveLength(2);
    await companyInboxLoader(routeArgs("/de/company/applications", annaCookie));

    const answer = await membersAction(
      routeArgs(members, weber.cookie, { intent: "remove", companyId: weber.id, memberId: anna.id }),
    );
    expect(answer).toEqual({ removed: "Anna Schmidt" });
    expect((await membersLoader(routeArgs(members, weber.cookie))).members.map((member) => member.email)).toEqual([
      "paul@weber.example",
    ]);
    expect((await thrownResponse(membersLoader(routeArgs(members, annaCookie)))).status).toBe(403);
    expect((await thrownResponse(companyInboxLoader(routeArgs("/de/company/applications", annaCookie)))).status).toBe(
      404,
    );
    // The company's contact was the removed colleague: it moves to the owner.
    expect(await db().company.findUniqueOrThrow({ where: { id: weber.id } })).toMatchObject({
      contactEmail: "paul@weber.example",
    });
  });

  it("cannot remove the owner, nor anyone from another company, and a plain member removes nobody", async () => {
    const weber = await companyWithOwner("Weber Holzbau", "paul@weber.example");
    const anna = await colleague(weber.id, "anna@weber.example");
    const seine = await companyWithOwner("Seine Automatismes", "nicolas@seine.example");
    const claire = await colleague(seine.id, "claire@seine.example");

    const self = await membersAction(
      routeArgs(members, weber.cookie, { intent: "remove", companyId: weber.id, memberId: weber.owner.id }),
    );
    expect(self).toMatchObject({ data: { errors: { form: "account:members.errors.ownerStays" } } });
    const foreign = await membersAction(
      routeArgs(members, weber.cookie, { intent: "remove", companyId: weber.id, memberId: claire.id }),
    );
    expect(foreign).toMatchObject({ data: { errors: { form: "account:members.errors.noSuchMember" } } });
    const intrusion = routeArgs(members, seine.cookie, { intent: "remove", companyId: weber.id, memberId: anna.id });
    expect((await thrownResponse(membersAction(intrusion))).status).toBe(403);
    const byMember = routeArgs(members, await cookieOf(anna.id), {
      intent: "remove",
      companyId: weber.id,
      memberId: weber.owner.id,
    });
    expect((await thrownResponse(membersAction(byMember))).status).toBe(403);
    expect(await db().companyMember.count()).toBe(4);
  });

  it("withdraws an open invitation: it leaves the list and its link no longer works", async () => {
    const weber = await companyWithOwner("Weber Holzbau", "paul@weber.example");
    const seine = await companyWithOwner("Seine Automatismes", "nicolas@seine.example");
    await membersAction(
      routeArgs(members, weber.cookie, { companyId: weber.id, email: "neu@x.example", language: "de" }),
    );
    const [open] = (await membersLoader(routeArgs(members, weber.cookie))).invitations;
    if (!open) throw new Error("no invitation");
    const token = tokenFromUrl((await queuedMails())[0]?.data.url);

    const intrusion = { intent: "revoke", companyId: seine.id, invitationId: open.id };
    expect(await membersAction(routeArgs(members, seine.cookie, intrusion))).toMatchObject({
      data: { errors: { form: "account:members.errors.noSuchInvitation" } },
    });
    expect(
      await membersAction(
        routeArgs(members, weber.cookie, { intent: "revoke", companyId: weber.id, invitationId: open.id }),
      ),
    ).toEqual({ revoked: true });
    expect((await membersLoader(routeArgs(members, weber.cookie))).invitations).toEqual([]);
    const join = { token, name: "Neu", password: "une phrase assez longue", privacy: "on" };
    expect(await inviteAction(routeArgs("/de/invite", undefined, join))).toEqual({
      invite: { status: "unknown", kind: "company" },
    });
    expect(await db().user.count({ where: { email: "neu@x.example" } })).toBe(0);
  });
});

describe("staff suspending an account", () => {
  it("ends its sessions at once, refuses log-in, keeps its offers, and can be lifted", async () => {
    const staff = await person("claire@antenne.example", "STAFF");
    const staffCookie = await cookieOf(staff.id);
    const weber = await companyWithOwner("Weber Holzbau", "paul@weber.example");
    await db().user.update({
      where: { id: weber.owner.id },
      data: { passwordHash: await hashPassword("ein langes passwort für paul") },
    });
    const place = await db().place.findFirstOrThrow();
    const offer = await db().offer.create({
      data: {
        companyId: weber.id,
        slug: "tischler",
        titleDe: "Tischler",
        placeId: place.id,
        address: "x",
        minWeeks: 2,
        maxWeeks: 4,
        languageLevel: "A2",
        minorsWelcome: false,
        minAge: 18,
        hoursPerDay: 8,
        hoursPerWeek: 40,
        workDays: [1, 2, 3, 4, 5],
        accommodation: "NONE",
        tutorName: "Paul",
        status: "PUBLISHED",
      },
    });
    const path = `/de/staff/people/${weber.owner.id}`;
    const args = (form?: Record<string, string>) => routeArgs(path, staffCookie, form, { id: weber.owner.id });

    const done = (await personAction(args({ intent: "suspend" }))) as Response;
    expect(done.headers.get("Location")).toBe(`${path}?done=suspend`);
    expect(await getCurrentUser(routeArgs(members, weber.cookie).request)).toBeNull();
    expect(await db().session.count({ where: { userId: weber.owner.id } })).toBe(0);
    const logIn = await logInAction(
      routeArgs("/de/login", undefined, { email: "paul@weber.example", password: "ein langes passwort für paul" }),
    );
    expect(logIn).toMatchObject({ data: { errors: { form: "auth:login.suspended" } } });
    expect(await db().offer.findUniqueOrThrow({ where: { id: offer.id } })).toMatchObject({ status: "PUBLISHED" });
    expect((await personLoader(args())).person.suspended).not.toBeNull();
    const log = await db().auditLogEntry.findMany({ where: { action: { startsWith: "staff.suspend" } } });
    expect(log).toMatchObject([{ actorId: staff.id, targetId: weber.owner.id, details: { endedSessions: 1 } }]);

    // Suspending twice, or oneself, changes nothing.
    expect(await personAction(args({ intent: "suspend" }))).toMatchObject({ init: { status: 400 } });
    const selfArgs = routeArgs(`/de/staff/people/${staff.id}`, staffCookie, { intent: "suspend" }, { id: staff.id });
    expect(await personAction(selfArgs)).toMatchObject({ data: { errors: { form: "staff:suspension.errors.self" } } });

    expect(((await personAction(args({ intent: "reactivate" }))) as Response).status).toBe(302);
    const again = await thrownResponse(
      logInAction(
        routeArgs("/de/login", undefined, { email: "paul@weber.example", password: "ein langes passwort für paul" }),
      ),
    );
    expect(again.headers.get("Set-Cookie")).toMatch(/__session=/);
  });

  it("is for staff only", async () => {
    const weber = await companyWithOwner("Weber Holzbau", "paul@weber.example");
    const seine = await companyWithOwner("Seine Automatismes", "nicolas@seine.example");
    const args = routeArgs(
      `/de/staff/people/${weber.owner.id}`,
      seine.cookie,
      { intent: "suspend" },
      {
        id: weber.owner.id,
      },
    );
    expect((await thrownResponse(personAction(args))).status).toBe(403);
    expect((await db().user.findUniqueOrThrow({ where: { id: weber.owner.id } })).suspendedAt).toBeNull();
  });
});

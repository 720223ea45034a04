/**
 * The company pages through their real loaders and actions, with session cookies from
 * startSession, so authorization is tested the way a browser meets it.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { issueOneTimeToken } from "~/modules/accounts/one-time-tokens.server";
import { translatorFor } from "~/modules/i18n/i18n.server";
import { db } from "~/utils/db.server";
import { renderMail } from "../../../emails/templates";
import {
  colleague,
  companyWithOwner,
  cookieOf,
  person,
  routeArgs,
  thrownResponse,
} from "../../../test/support/company-fixtures";
import { queuedMails, resetAccountsAndQueue, tokenFromUrl } from "../../../test/support/queued-mails";
import { inviteAction, inviteLoader } from "~/modules/teams/invite-page.server";
import { membersAction, membersLoader } from "./members-page.server";

beforeEach(resetAccountsAndQueue);

describe("inviting a colleague", () => {
  it("queues the link in the chosen language; the colleague joins, is logged in and sees the team", async () => {
    const weber = await companyWithOwner("Weber Holzbau", "paul@weber.example");
    const page = await membersLoader(routeArgs("/de/company/members", weber.cookie));
    expect(page).toMatchObject({ company: { name: "Weber Holzbau" }, canInvite: true, invitations: [] });

    const invite = { companyId: weber.id, email: " Claire@Weber.example ", language: "fr" };
    expect(await membersAction(routeArgs("/de/company/members", weber.cookie, invite))).toEqual({
      invited: "claire@weber.example",
    });
    const [mail] = await queuedMails();
    expect(mail).toMatchObject({
      template: "company-invite",
      to: "claire@weber.example",
      language: "fr",
      data: { companyName: "Weber Holzbau", inviterName: "paul" },
    });
    expect(mail?.data.url).toMatch(/\/fr\/invite\?token=/);
    const token = tokenFromUrl(mail?.data.url);
    const stored = await db().oneTimeToken.findFirstOrThrow({ where: { purpose: "COMPANY_INVITE" } });
    expect(stored.data).toEqual({ companyId: weber.id, invitedBy: weber.owner.id });
    expect((await membersLoader(routeArgs("/de/company/members", weber.cookie))).invitations).toHaveLength(1);

    const shown = await inviteLoader(routeArgs(`/fr/invite?token=${token}`));
    expect(shown.invite).toEqual({
      status: "valid",
      kind: "company",
      email: "claire@weber.example",
      teamName: "Weber Holzbau",
      account: "new",
    });
    expect(shown.meta.path).toBe("/fr/invite");

    const join = { token, name: "Claire Dubois", password: "une phrase assez longue", privacy: "on" };
    const redirect = await thrownResponse(inviteAction(routeArgs("/fr/invite", undefined, join)));
    expect(redirect.headers.get("Location")).toBe("/fr/company/members");
    const cookie = redirect.headers.get("Set-Cookie")?.split(";")[0] ?? "";
    const team = await membersLoader(routeArgs("/fr/company/members", cookie));
    expect(team.canInvite).toBe(false);
    expect(team.members.map((member) => [member.name, member.isOwner, member.isYou])).toEqual([
      ["paul", true, false],
      ["Claire Dubois", false, true],
    ]);
    const claire = await db().user.findUniqueOrThrow({
      where: { email: "claire@weber.example" },
      include: { consents: true },
    });
    expect(claire).toMatchObject({ role: "COMPANY_MEMBER", locale: "fr" });
    expect(claire.emailVerifiedAt).not.toBeNull();
    expect(claire.consents).toMatchObject([{ kind: "PRIVACY_NOTICE", givenBy: "self", language: "fr" }]);

    // The link worked once, and the page then says what to do.
    expect(await inviteAction(routeArgs("/fr/invite", undefined, join))).toEqual({
      invite: { status: "used", kind: "company" },
    });
    expect((await inviteLoader(routeArgs(`/fr/invite?token=${token}`))).invite).toEqual({
      status: "used",
      kind: "company",
    });
  });

  it("explains an expired link and refuses addresses that already have an account", async () => {
    const weber = await companyWithOwner("Weber Holzbau", "paul@weber.example");
    const old = await issueOneTimeToken(db(), {
      purpose: "COMPANY_INVITE",
      email: "late@weber.example",
      data: { companyId: weber.id, invitedBy: weber.owner.id },
      now: new Date(Date.now() - 15 * 24 * 3_600_000),
    });
    expect((await inviteLoader(routeArgs(`/de/invite?token=${old}`))).invite).toEqual({
      status: "expired",
      kind: "company",
    });

    await person("lea@example.fr", "STUDENT");
    await colleague(weber.id, "anna@weber.example");
    const other = await companyWithOwner("Seine Automatismes", "nicolas@seine.example");
    const refusals: Record<string, string> = {
      "anna@weber.example": "account:members.errors.alreadyMember",
      "keine-adresse": "auth:errors.emailInvalid",
    };
    for (const [email, message] of Object.entries(refusals)) {
      const answer = await membersAction(
        routeArgs("/de/company/members", weber.cookie, { companyId: weber.id, email, language: "de" }),
      );
      expect(answer, email).toMatchObject({ data: { errors: { email: message } }, init: { status: 400 } });
    }
    expect(await queuedMails()).toEqual([]);
    // A student's address, or another company's, is answered like a new one: the form does not
    // tell who else is on the platform. The link then says the address already has an account.
    for (const email of ["lea@example.fr", "nicolas@seine.example", "neu@weber.example"]) {
      const answer = await membersAction(
        routeArgs("/de/company/members", weber.cookie, { companyId: weber.id, email, language: "de" }),
      );
      expect(answer, email).toEqual({ invited: email });
    }
    const invitations = (await membersLoader(routeArgs("/de/company/members", weber.cookie))).invitations;
    expect(invitations.map((invitation) => invitation.email).sort()).toEqual([
      "lea@example.fr",
      "neu@weber.example",
      "nicolas@seine.example",
    ]);
    const toLea = (await queuedMails()).find((mail) => mail.to === "lea@example.fr");
    expect((await inviteLoader(routeArgs(`/de/invite?token=${tokenFromUrl(toLea?.data.url)}`))).invite).toEqual({
      status: "taken",
      kind: "company",
    });
    expect(other.id).not.toBe(weber.id);
  });
});

describe("invitation limits", () => {
  it("are only for verified companies", async () => {
    const pending = await companyWithOwner("Neu GmbH", "chef@neu.example", { status: "PENDING" });
    const page = await membersLoader(routeArgs("/de/company/members", pending.cookie));
    expect(page.company.verified).toBe(false);
    const answer = await membersAction(
      routeArgs("/de/company/members", pending.cookie, {
        companyId: pending.id,
        email: "opfer@bank.example",
        language: "de",
      }),
    );
    expect(answer).toMatchObject({ data: { errors: { form: "account:members.errors.notVerified" } } });
    expect(await db().oneTimeToken.count()).toBe(0);
    expect(await queuedMails()).toEqual([]);
  });

  it("allow ten a day per company, with no user-typed name in the subject", async () => {
    const weber = await companyWithOwner("Weber Holzbau", "paul@weber.example", {
      owner: { displayName: "Ihre Bank: Konto gesperrt" },
    });
    for (let i = 0; i < 10; i++) {
      const form = { companyId: weber.id, email: `kollege${i}@weber.example`, language: "de" };
      expect(await membersAction(routeArgs("/de/company/members", weber.cookie, form))).toEqual({
        invited: form.email,
      });
    }
    const eleventh = { companyId: weber.id, email: "kollege10@weber.example", language: "de" };
    expect(await membersAction(routeArgs("/de/company/members", weber.cookie, eleventh))).toMatchObject({
      data: { errors: { form: "account:members.errors.dailyLimit" } },
    });
    expect(await queuedMails()).toHaveLength(10);
    // Withdrawing one frees no place for today: inviting and withdrawing is no way around the limit.
    const [open] = (await membersLoader(routeArgs("/de/company/members", weber.cookie))).invitations;
    const revoke = { companyId: weber.id, intent: "revoke", invitationId: open!.id };
    expect(await membersAction(routeArgs("/de/company/members", weber.cookie, revoke))).toEqual({ revoked: true });
    expect(await membersAction(routeArgs("/de/company/members", weber.cookie, eleventh))).toMatchObject({
      data: { errors: { form: "account:members.errors.dailyLimit" } },
    });
    expect(await db().oneTimeToken.count({ where: { email: open!.email } })).toBe(0);
    // Yesterday's invitations no longer count.
    await db().oneTimeToken.updateMany({ data: { createdAt: new Date(Date.now() - 25 * 3_600_000) } });
    expect(await membersAction(routeArgs("/de/company/members", weber.cookie, eleventh))).toEqual({
      invited: eleventh.email,
    });
    const [mail] = await queuedMails();
    const rendered = renderMail("company-invite", mail?.data ?? {}, "de", translatorFor("de"));
    expect(rendered.subject).toBe("Einladung in ein Unternehmensteam auf der Antenne Métropole");
  });
});

describe("authorization", () => {
  it("keeps each company's team to itself", async () => {
    const weber = await companyWithOwner("Weber Holzbau", "paul@weber.example");
    const seine = await companyWithOwner("Seine Automatismes", "nicolas@seine.example");

    expect(
      (await thrownResponse(membersLoader(routeArgs(`/de/company/members?company=${weber.id}`, seine.cookie)))).status,
    ).toBe(403);
    expect(
      (await thrownResponse(membersLoader(routeArgs("/de/company/members?company=not-a-uuid", seine.cookie)))).status,
    ).toBe(403);
    const intrusion = { companyId: weber.id, email: "spy@seine.example", language: "de" };
    expect(
      (await thrownResponse(membersAction(routeArgs("/de/company/members", seine.cookie, intrusion)))).status,
    ).toBe(403);
    expect(await db().oneTimeToken.count()).toBe(0);
    expect(await queuedMails()).toEqual([]);
    // Their own page shows only their own team.
    const own = await membersLoader(routeArgs("/de/company/members", seine.cookie));
    expect(own.members.map((member) => member.email)).toEqual(["nicolas@seine.example"]);
  });

  it("lets a plain member see the team but not invite, and keeps other roles and visitors out", async () => {
    const weber = await companyWithOwner("Weber Holzbau", "paul@weber.example");
    const anna = await colleague(weber.id, "anna@weber.example");
    const annaCookie = await cookieOf(anna.id);
    expect((await membersLoader(routeArgs("/de/company/members", annaCookie))).canInvite).toBe(false);
    const invite = { companyId: weber.id, email: "neu@weber.example", language: "de" };
    expect((await thrownResponse(membersAction(routeArgs("/de/company/members", annaCookie, invite)))).status).toBe(
      403,
    );

    const student = await cookieOf((await person("lea@example.fr", "STUDENT")).id);
    expect((await thrownResponse(membersLoader(routeArgs("/de/company/members", student)))).status).toBe(403);
    const visitor = await thrownResponse(membersLoader(routeArgs("/de/company/members")));
    expect(visitor.headers.get("Location")).toBe("/de/login?next=%2Fde%2Fcompany%2Fmembers");
  });
});

/**
 * An organiser's team (issue 17): the owner invites by a one-time link, withdraws it, removes
 * colleagues; members leave; an existing organiser account joins signed in. Through the real
 * loaders and actions with session cookies, against PostgreSQL.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { issueOneTimeToken } from "~/modules/accounts/one-time-tokens.server";
import { translatorFor } from "~/modules/i18n/i18n.server";
import { inviteAction, inviteLoader } from "~/modules/teams/invite-page.server";
import { db } from "~/utils/db.server";
import { renderMail } from "../../../emails/templates";
import { companyWithOwner, cookieOf, person, routeArgs, thrownResponse } from "../../../test/support/company-fixtures";
import { organiserWithTeam } from "../../../test/support/organiser-test-data";
import { queuedMails, resetAccountsAndQueue, tokenFromUrl } from "../../../test/support/queued-mails";
import { organiserMembersAction, organiserMembersLoader } from "./organiser-members-page.server";
import { organiserHomeLoader } from "./organiser-pages.server";

const page = "/de/organiser/members";

beforeEach(async () => {
  await db().organiser.deleteMany();
  await resetAccountsAndQueue();
});

/** An organiser whose first member owns it, with a cookie for each member. */
async function team(name: string, options: Parameters<typeof organiserWithTeam>[1] = {}) {
  const organiser = await organiserWithTeam(name, options);
  const cookies = await Promise.all(organiser.members.map((member) => cookieOf(member.id)));
  return { ...organiser, cookies, owner: organiser.members[0]!, ownerCookie: cookies[0]! };
}

function post(cookie: string, form: Record<string, string>) {
  return organiserMembersAction(routeArgs(page, cookie, form));
}

describe("inviting a colleague to an organiser", () => {
  it("mails a link in the chosen language; the colleague creates an account, joins and sees the team", async () => {
    const kino = await team("Kino im Sprengel");
    const before = await organiserMembersLoader(routeArgs(page, kino.ownerCookie));
    expect(before).toMatchObject({ organiser: { name: "Kino im Sprengel" }, canInvite: true, invitations: [] });

    const invite = { organiserId: kino.id, email: " Margot@Cine.example ", language: "fr" };
    expect(await post(kino.ownerCookie, invite)).toEqual({ invited: "margot@cine.example" });
    const [mail] = await queuedMails();
    expect(mail).toMatchObject({
      template: "organiser-invite",
      to: "margot@cine.example",
      language: "fr",
      data: { organiserName: "Kino im Sprengel", inviterName: "Kino im Sprengel 0" },
    });
    expect(mail?.data.url).toMatch(/\/fr\/invite\?token=/);
    const rendered = renderMail("organiser-invite", mail?.data ?? {}, "fr", translatorFor("fr"));
    expect(rendered.subject).toBe("Invitation à rejoindre l’équipe d’un organisateur sur l’Antenne Métropole");
    expect(rendered.text).toContain("la structure Kino im Sprengel");
    const stored = await db().oneTimeToken.findFirstOrThrow({ where: { purpose: "ORGANISER_INVITE" } });
    expect(stored.data).toEqual({ organiserId: kino.id, invitedBy: kino.owner.id });
    // Valid as long as a company's invitation: 14 days.
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeCloseTo(14 * 24 * 3_600_000, -4);
    const pending = (await organiserMembersLoader(routeArgs(page, kino.ownerCookie))).invitations;
    expect(pending.map((invitation) => invitation.email)).toEqual(["margot@cine.example"]);

    const token = tokenFromUrl(mail?.data.url);
    expect((await inviteLoader(routeArgs(`/fr/invite?token=${token}`))).invite).toEqual({
      status: "valid",
      kind: "organiser",
      email: "margot@cine.example",
      teamName: "Kino im Sprengel",
      account: "new",
    });
    const join = { token, name: "Margot Leclerc", password: "un mot de passe assez long", privacy: "on" };
    const joined = await thrownResponse(inviteAction(routeArgs("/fr/invite", undefined, join)));
    expect(joined.headers.get("Location")).toBe("/fr/organiser/members");
    const cookie = joined.headers.get("Set-Cookie")?.split(";")[0] ?? "";
    const seen = await organiserMembersLoader(routeArgs("/fr/organiser/members", cookie));
    expect(seen.canInvite).toBe(false);
    expect(seen.members.map((member) => [member.name, member.isOwner, member.isYou, member.removable])).toEqual([
      ["Kino im Sprengel 0", true, false, false],
      // A member may leave: their own row has the button.
      ["Margot Leclerc", false, true, true],
    ]);
    expect(seen.members[1]?.joinedOn).toBe(new Date().toISOString().slice(0, 10));
    expect(await db().user.findUniqueOrThrow({ where: { email: "margot@cine.example" } })).toMatchObject({
      role: "ORGANISER_MEMBER",
      locale: "fr",
    });
    await organiserHomeLoader(routeArgs("/fr/organiser", cookie));

    // Once only; then the page says so.
    expect(await inviteAction(routeArgs("/fr/invite", undefined, join))).toEqual({
      invite: { status: "used", kind: "organiser" },
    });
    expect((await organiserMembersLoader(routeArgs(page, kino.ownerCookie))).invitations).toEqual([]);
  });

  it("lets an organiser account without an organiser join signed in, and no other account", async () => {
    const kino = await team("Kino im Sprengel", { locales: ["de", "de"] });
    const [, anna] = kino.members;
    const annaCookie = kino.cookies[1]!;
    // Anna is taken off the team, then asked back.
    await post(kino.ownerCookie, { intent: "remove", organiserId: kino.id, memberId: anna!.id });
    const other = await team("Ciné Lumière");
    await person("lea@example.fr", "STUDENT");
    for (const email of [anna!.email, other.owner.email, "lea@example.fr"]) {
      expect(await post(kino.ownerCookie, { organiserId: kino.id, email, language: "de" })).toEqual({ invited: email });
    }
    const links = Object.fromEntries((await queuedMails()).map((mail) => [mail.to, tokenFromUrl(mail.data.url)]));
    const check = (email: string, cookie?: string) =>
      inviteLoader(routeArgs(`/de/invite?token=${links[email]}`, cookie)).then((page) => page.invite);

    // Someone else's account, a member of another organiser, a student: the address is taken.
    expect(await check(other.owner.email, other.ownerCookie)).toEqual({ status: "taken", kind: "organiser" });
    expect(await check("lea@example.fr")).toEqual({ status: "taken", kind: "organiser" });
    // Anna's account may join: first she logs in, with her own account only.
    const waiting = { kind: "organiser", email: anna!.email, teamName: "Kino im Sprengel" };
    expect(await check(anna!.email)).toEqual({ status: "logIn", ...waiting });
    expect(await check(anna!.email, other.ownerCookie)).toEqual({ status: "logIn", ...waiting });
    const byOther = await inviteAction(
      routeArgs("/de/invite", other.ownerCookie, { intent: "join", token: links[anna!.email]! }),
    );
    expect(byOther).toEqual({ invite: { status: "logIn", ...waiting } });
    expect(await check(anna!.email, annaCookie)).toEqual({ status: "valid", ...waiting, account: "signedIn" });

    const joined = await thrownResponse(
      inviteAction(routeArgs("/de/invite", annaCookie, { intent: "join", token: links[anna!.email]! })),
    );
    expect(joined.headers.get("Location")).toBe("/de/organiser/members");
    const seen = await organiserMembersLoader(routeArgs(page, annaCookie));
    expect(seen.members.find((member) => member.isYou)).toMatchObject({ email: anna!.email, isOwner: false });
    expect(await check(anna!.email, annaCookie)).toEqual({ status: "used", kind: "organiser" });
    expect(await db().organiserMember.count({ where: { userId: other.owner.id } })).toBe(1);
  });

  it("lets one account into one team only, when it opens two teams' links at once", async () => {
    const kino = await team("Kino im Sprengel", { locales: ["de", "de"] });
    const [, anna] = kino.members;
    const annaCookie = kino.cookies[1]!;
    await post(kino.ownerCookie, { intent: "remove", organiserId: kino.id, memberId: anna!.id });
    const cine = await team("Ciné Lumière");
    await post(kino.ownerCookie, { organiserId: kino.id, email: anna!.email, language: "de" });
    await organiserMembersAction(
      routeArgs(page, cine.ownerCookie, { organiserId: cine.id, email: anna!.email, language: "de" }),
    );
    const tokens = (await queuedMails()).map((mail) => tokenFromUrl(mail.data.url));
    expect(tokens).toHaveLength(2);

    const answers = await Promise.allSettled(
      tokens.map((token) => inviteAction(routeArgs("/de/invite", annaCookie, { intent: "join", token }))),
    );
    // One join redirects into its team; the other says the address is taken and keeps its link.
    const redirected = answers.filter((answer) => answer.status === "rejected" && answer.reason instanceof Response);
    const refused = answers.flatMap((answer) => (answer.status === "fulfilled" ? [answer.value] : []));
    expect(redirected).toHaveLength(1);
    expect(refused).toEqual([{ invite: { status: "taken", kind: "organiser" } }]);
    expect(await db().organiserMember.count({ where: { userId: anna!.id } })).toBe(1);
    expect(await db().oneTimeToken.count({ where: { purpose: "ORGANISER_INVITE", usedAt: null } })).toBe(1);
  });

  it("explains expired and unknown links, and refuses members, typos and unverified organisers", async () => {
    const kino = await team("Kino im Sprengel", { locales: ["de", "fr"] });
    const old = await issueOneTimeToken(db(), {
      purpose: "ORGANISER_INVITE",
      email: "late@example.org",
      data: { organiserId: kino.id, invitedBy: kino.owner.id },
      now: new Date(Date.now() - 15 * 24 * 3_600_000),
    });
    expect((await inviteLoader(routeArgs(`/de/invite?token=${old}`))).invite).toEqual({
      status: "expired",
      kind: "organiser",
    });
    expect((await inviteLoader(routeArgs("/de/invite?token=nonsense"))).invite).toMatchObject({ status: "unknown" });

    const refusals: Record<string, Record<string, string>> = {
      [kino.members[1]!.email]: { email: "account:members.errors.alreadyMember" },
      "keine-adresse": { email: "auth:errors.emailInvalid" },
    };
    for (const [email, errors] of Object.entries(refusals)) {
      const answer = await post(kino.ownerCookie, { organiserId: kino.id, email, language: "de" });
      expect(answer, email).toMatchObject({ data: { errors }, init: { status: 400 } });
    }
    expect(
      await post(kino.ownerCookie, { organiserId: kino.id, email: "x@example.org", language: "xx" }),
    ).toMatchObject({ data: { errors: { language: "account:members.errors.languageRequired" } } });

    const fresh = await team("Neuer Verein", { verified: false });
    expect((await organiserMembersLoader(routeArgs(page, fresh.ownerCookie))).organiser.verified).toBe(false);
    expect(
      await post(fresh.ownerCookie, { organiserId: fresh.id, email: "opfer@bank.example", language: "de" }),
    ).toMatchObject({ data: { errors: { form: "organisers:members.errors.notVerified" } } });
    expect(await db().oneTimeToken.count({ where: { purpose: "ORGANISER_INVITE", usedAt: null } })).toBe(1);
    expect(await queuedMails()).toEqual([]);
  });
});

describe("taking access away", () => {
  it("lets the owner remove a colleague, who at once loses the organiser pages", async () => {
    const kino = await team("Kino im Sprengel", { locales: ["de", "de"] });
    const [owner, anna] = kino.members;
    const view = await organiserMembersLoader(routeArgs(page, kino.ownerCookie));
    expect(view.members.map((member) => [member.id, member.removable])).toEqual([
      // The only owner has no button to leave; the colleague can be removed.
      [owner!.id, false],
      [anna!.id, true],
    ]);
    expect(await post(kino.ownerCookie, { intent: "remove", organiserId: kino.id, memberId: anna!.id })).toEqual({
      removed: "Kino im Sprengel 1",
    });
    // Sent to their account page (no more organiser pages), not to a dead end.
    // One after the other: a second loader started early would reject unobserved.
    for (const load of [
      () => organiserHomeLoader(routeArgs("/de/organiser", kino.cookies[1])),
      () => organiserMembersLoader(routeArgs(page, kino.cookies[1])),
    ]) {
      const answer = await thrownResponse(load());
      expect([answer.status, answer.headers.get("Location")]).toEqual([302, "/de/account"]);
    }
    expect(await db().organiserMember.count({ where: { organiserId: kino.id } })).toBe(1);
  });

  it("lets a member leave but not remove others, and never lets the last owner go", async () => {
    const kino = await team("Kino im Sprengel", { locales: ["de", "de", "fr"] });
    const [owner, anna, margot] = kino.members;
    const annaCookie = kino.cookies[1]!;
    const annaView = await organiserMembersLoader(routeArgs(page, annaCookie));
    expect(annaView.canInvite).toBe(false);
    expect(annaView.invitations).toEqual([]);
    expect(annaView.members.map((member) => member.removable)).toEqual([false, true, false]);

    for (const memberId of [owner!.id, margot!.id]) {
      const attempt = post(annaCookie, { intent: "remove", organiserId: kino.id, memberId });
      expect((await thrownResponse(attempt)).status).toBe(403);
    }
    const invite = post(annaCookie, { organiserId: kino.id, email: "neu@example.org", language: "de" });
    expect((await thrownResponse(invite)).status).toBe(403);

    const left = await thrownResponse(post(annaCookie, { intent: "remove", organiserId: kino.id, memberId: anna!.id }));
    expect(left.headers.get("Location")).toBe("/de/account");
    expect(await db().organiserMember.count({ where: { userId: anna!.id } })).toBe(0);

    const alone = await post(kino.ownerCookie, { intent: "remove", organiserId: kino.id, memberId: owner!.id });
    expect(alone).toMatchObject({ data: { errors: { form: "organisers:members.errors.lastOwner" } } });
    // With a second owner, either may go.
    await db().organiserMember.update({
      where: { organiserId_userId: { organiserId: kino.id, userId: margot!.id } },
      data: { isOwner: true },
    });
    const leaving = await thrownResponse(
      post(kino.ownerCookie, { intent: "remove", organiserId: kino.id, memberId: owner!.id }),
    );
    expect(leaving.headers.get("Location")).toBe("/de/account");
    expect(
      await post(kino.cookies[2]!, { intent: "remove", organiserId: kino.id, memberId: margot!.id }),
    ).toMatchObject({ data: { errors: { form: "organisers:members.errors.lastOwner" } } });
    expect(await db().organiserMember.findMany({ where: { organiserId: kino.id } })).toMatchObject([
      { userId: margot!.id, isOwner: true },
    ]);
  });

  it("withdraws an open invitation: it leaves the list and its link no longer works", async () => {
    const kino = await team("Kino im Sprengel");
    await post(kino.ownerCookie, { organiserId: kino.id, email: "neu@example.org", language: "de" });
    const [open] = (await organiserMembersLoader(routeArgs(page, kino.ownerCookie))).invitations;
    const token = tokenFromUrl((await queuedMails())[0]?.data.url);
    expect(await post(kino.ownerCookie, { intent: "revoke", organiserId: kino.id, invitationId: open!.id })).toEqual({
      revoked: true,
    });
    expect(
      await post(kino.ownerCookie, { intent: "revoke", organiserId: kino.id, invitationId: open!.id }),
    ).toMatchObject({ data: { errors: { form: "account:members.errors.noSuchInvitation" } } });
    expect((await organiserMembersLoader(routeArgs(page, kino.ownerCookie))).invitations).toEqual([]);
    expect((await inviteLoader(routeArgs(`/de/invite?token=${token}`))).invite).toMatchObject({ status: "unknown" });
  });
});

describe("authorization", () => {
  it("keeps each organiser's team to itself: a member of one neither sees nor changes another's", async () => {
    const kino = await team("Kino im Sprengel", { locales: ["de", "de"] });
    const cine = await team("Ciné Lumière", { locales: ["fr", "fr"] });
    await post(cine.ownerCookie, { organiserId: cine.id, email: "offen@example.org", language: "fr" });
    const [cineInvitation] = (await organiserMembersLoader(routeArgs(page, cine.ownerCookie))).invitations;
    const mailsBefore = (await queuedMails()).length;

    // Kino's owner sees Kino's team only, whatever the address asks for.
    const own = await organiserMembersLoader(routeArgs(`${page}?organiser=${cine.id}`, kino.ownerCookie));
    expect(own.organiser.id).toBe(kino.id);
    expect(own.members.map((member) => member.email).sort()).toEqual(kino.members.map((m) => m.email).sort());
    expect(own.invitations).toEqual([]);

    // Every form naming Ciné's team answers 404 and changes nothing.
    const intrusions: Record<string, string>[] = [
      { organiserId: cine.id, email: "spy@example.org", language: "de" },
      { intent: "remove", organiserId: cine.id, memberId: cine.members[1]!.id },
      { intent: "revoke", organiserId: cine.id, invitationId: cineInvitation!.id },
      { intent: "remove", organiserId: "not-a-uuid", memberId: cine.members[1]!.id },
    ];
    for (const form of intrusions) {
      expect((await thrownResponse(post(kino.ownerCookie, form))).status, JSON.stringify(form)).toBe(404);
    }
    // Through Kino's own id, Ciné's people and invitations are simply not found.
    expect(
      await post(kino.ownerCookie, { intent: "remove", organiserId: kino.id, memberId: cine.members[1]!.id }),
    ).toMatchObject({ data: { errors: { form: "account:members.errors.noSuchMember" } } });
    expect(
      await post(kino.ownerCookie, { intent: "revoke", organiserId: kino.id, invitationId: cineInvitation!.id }),
    ).toMatchObject({ data: { errors: { form: "account:members.errors.noSuchInvitation" } } });

    expect(await db().organiserMember.count({ where: { organiserId: cine.id } })).toBe(2);
    expect((await organiserMembersLoader(routeArgs(page, cine.ownerCookie))).invitations).toHaveLength(1);
    expect(await queuedMails()).toHaveLength(mailsBefore);
  });

  it("keeps other roles and visitors out", async () => {
    const kino = await team("Kino im Sprengel");
    const weber = await companyWithOwner("Weber Holzbau", "paul@weber.example");
    expect((await thrownResponse(organiserMembersLoader(routeArgs(page, weber.cookie)))).status).toBe(403);
    const form = { organiserId: kino.id, email: "neu@example.org", language: "de" };
    expect((await thrownResponse(post(weber.cookie, form))).status).toBe(403);
    const visitor = await thrownResponse(organiserMembersLoader(routeArgs(page)));
    expect(visitor.headers.get("Location")).toBe("/de/login?next=%2Fde%2Forganiser%2Fmembers");
    expect(await db().oneTimeToken.count()).toBe(0);
  });
});

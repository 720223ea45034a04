import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { queuedSearchSyncs } from "../../../test/support/company-fixtures";
import { queuedMails, resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { decideCompany, decideOffer } from "./moderation-decisions.server";
import { moderationQueue, moderationWaitingCount } from "./moderation-queue.server";
import { companyWithTeam, staffMember, submittedOffer } from "../../../test/support/moderation-test-data";

beforeEach(resetAccountsAndQueue);

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 2, 9, minutes));

/** Everything a refused decision must not have written. */
async function traces() {
  return {
    decisions: await db().moderationDecision.count(),
    audit: await db().auditLogEntry.count(),
    mails: (await queuedMails()).length,
    searchJobs: (await queuedSearchSyncs()).length,
  };
}
const NO_TRACES = { decisions: 0, audit: 0, mails: 0, searchJobs: 0 };

describe("the moderation queue", () => {
  it("merges new companies and submitted offers, oldest first, with company and verification state", async () => {
    const pending = await companyWithTeam("Neue Bäckerei", { status: "PENDING", reviewRequestedAt: at(20) });
    const verified = await companyWithTeam("Weber Holzbau", { reviewRequestedAt: at(0) });
    const oldest = await submittedOffer(pending.id, { submittedAt: at(10), titleDe: "Bäckerpraktikum" });
    const newest = await submittedOffer(verified.id, { submittedAt: at(30) });
    await submittedOffer(verified.id, { status: "DRAFT" });

    const { items, limited } = await moderationQueue();
    expect(limited).toBe(false);
    expect(items.map((item) => [item.kind, item.id])).toEqual([
      ["offer", oldest.id],
      ["company", pending.id],
      ["offer", newest.id],
    ]);
    expect(items[0]).toMatchObject({
      companyName: "Neue Bäckerei",
      companyVerified: false,
      firstPublication: true,
      titleDe: "Bäckerpraktikum",
      waitingSince: at(10),
    });
    expect(items[2]).toMatchObject({ companyName: "Weber Holzbau", companyVerified: true });
    expect(await moderationWaitingCount()).toBe(3);

    const cut = await moderationQueue(2);
    expect(cut.items.map((item) => item.id)).toEqual([oldest.id, pending.id]);
    expect(cut.limited).toBe(true);
  });
});

describe("deciding on an offer", () => {
  it("publishes a submitted offer of a verified company and tells each member in their language", async () => {
    const staff = await staffMember();
    const company = await companyWithTeam("Weber Holzbau", { locales: ["de", "fr", "en"] });
    const gone = company.members[2];
    await db().user.update({ where: { id: gone?.id ?? "" }, data: { deletedAt: new Date() } });
    const offer = await submittedOffer(company.id);

    const result = await decideOffer(staff.id, offer.id, { decision: "PUBLISH", comment: "" });
    expect(result).toEqual({ ok: true });

    const published = await db().offer.findUniqueOrThrow({ where: { id: offer.id } });
    expect(published.status).toBe("PUBLISHED");
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect(published.reviewComment).toBeNull();
    expect(published.publishedSnapshot).toMatchObject({
      titleDe: "Praktikum Tischlerei",
      periods: [{ startsOn: "2027-04-12", endsOn: "2027-04-23", places: 2 }],
      hoursPerDay: 7,
      applicationDeadline: "2027-03-01",
    });
    expect(await db().moderationDecision.findMany()).toEqual([
      expect.objectContaining({
        companyId: company.id,
        offerId: offer.id,
        staffId: staff.id,
        decision: "PUBLISH",
        comment: null,
      }),
    ]);
    expect(await db().auditLogEntry.findMany()).toEqual([
      expect.objectContaining({
        actorId: staff.id,
        action: "moderation.publish-offer",
        targetType: "offer",
        targetId: offer.id,
      }),
    ]);
    expect(await queuedSearchSyncs()).toEqual([offer.id]);

    const mails = await queuedMails();
    expect(mails.map((mail) => [mail.to, mail.language])).toEqual([
      [company.members[0]?.email, "de"],
      [company.members[1]?.email, "fr"],
    ]);
    expect(mails[0]).toMatchObject({
      template: "offer-review",
      data: {
        decision: "PUBLISHED",
        offerTitle: "Praktikum Tischlerei",
        url: expect.stringMatching(new RegExp(`/de/offers/praktikum-tischlerei-${offer.number}$`)),
      },
    });
    expect(mails[1]?.data).toMatchObject({
      offerTitle: "Stage en menuiserie",
      url: expect.stringMatching(new RegExp(`/fr/offers/stage-en-menuiserie-${offer.number}$`)),
    });
    expect(mails[1]?.data).not.toHaveProperty("comment");
  });

  it("refuses to publish while the company is not verified, and writes nothing", async () => {
    const staff = await staffMember();
    const company = await companyWithTeam("Neue Bäckerei", { status: "PENDING" });
    const offer = await submittedOffer(company.id);

    const result = await decideOffer(staff.id, offer.id, { decision: "PUBLISH" });
    expect(result).toEqual({
      ok: false,
      problem: "companyNotVerified",
      errors: { form: "moderation:errors.companyNotVerified" },
    });
    expect((await db().offer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe("SUBMITTED");
    expect(await traces()).toEqual(NO_TRACES);

    // Sending it back is possible: the company may fix the offer while it waits.
    expect(
      await decideOffer(staff.id, offer.id, { decision: "REQUEST_CHANGES", comment: "Bitte Zeiten prüfen." }),
    ).toEqual({
      ok: true,
    });
  });

  it("refuses a decision on an offer that was not submitted, and writes nothing", async () => {
    const staff = await staffMember();
    const company = await companyWithTeam("Weber Holzbau");
    const draft = await submittedOffer(company.id, { status: "DRAFT" });

    const result = await decideOffer(staff.id, draft.id, { decision: "PUBLISH" });
    expect(result).toMatchObject({ ok: false, problem: "notWaiting" });
    expect((await db().offer.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
    expect(await traces()).toEqual(NO_TRACES);
    expect(await decideOffer(staff.id, "not-a-uuid", { decision: "PUBLISH" })).toMatchObject({ problem: "notFound" });
  });

  it("needs a comment to send back or reject, and keeps it on the offer and in each mail", async () => {
    const staff = await staffMember();
    const company = await companyWithTeam("Weber Holzbau", { locales: ["fr"] });
    const offer = await submittedOffer(company.id);

    for (const decision of ["REQUEST_CHANGES", "REJECT"] as const) {
      expect(await decideOffer(staff.id, offer.id, { decision, comment: "   " })).toEqual({
        ok: false,
        problem: "invalid",
        errors: { comment: "moderation:errors.commentRequired" },
      });
    }
    expect(await decideOffer(staff.id, offer.id, { decision: "REJECT", comment: "x".repeat(2001) })).toMatchObject({
      errors: { comment: "moderation:errors.commentTooLong" },
    });
    expect(await traces()).toEqual(NO_TRACES);

    expect(await decideOffer(staff.id, offer.id, { decision: "REQUEST_CHANGES", comment: " Horaires ? " })).toEqual({
      ok: true,
    });
    const sentBack = await db().offer.findUniqueOrThrow({ where: { id: offer.id } });
    expect(sentBack).toMatchObject({
      status: "CHANGES_REQUESTED",
      reviewComment: "Horaires ?",
      publishedSnapshot: null,
    });
    const [mail] = await queuedMails();
    expect(mail).toMatchObject({
      template: "offer-review",
      language: "fr",
      data: {
        decision: "CHANGES_REQUESTED",
        comment: "Horaires ?",
        url: expect.stringMatching(new RegExp(`/fr/company/offers/${offer.id}$`)),
      },
    });
  });

  it("lets only one of two staff members deciding at once win; the other is told it was already decided", async () => {
    const [claire, lukas] = [await staffMember(), await staffMember("lukas@antenne.example")];
    const company = await companyWithTeam("Weber Holzbau");
    const offer = await submittedOffer(company.id);

    const results = await Promise.all([
      decideOffer(claire.id, offer.id, { decision: "PUBLISH" }),
      decideOffer(lukas.id, offer.id, { decision: "REJECT", comment: "Kein Praktikum." }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ problem: "alreadyDecided" });
    expect(await db().moderationDecision.count()).toBe(1);
    expect(await queuedMails()).toHaveLength(1);

    // Later attempts are refused the same way.
    expect(await decideOffer(claire.id, offer.id, { decision: "PUBLISH" })).toMatchObject({
      problem: "alreadyDecided",
    });
  });

  it("refuses a decision on a version the staff member did not see", async () => {
    const staff = await staffMember();
    const company = await companyWithTeam("Weber Holzbau");
    const offer = await submittedOffer(company.id, { submittedAt: at(0) });
    await db().offer.update({ where: { id: offer.id }, data: { submittedAt: at(5) } });

    const stale = await decideOffer(staff.id, offer.id, { decision: "PUBLISH", version: at(0).toISOString() });
    expect(stale).toMatchObject({ problem: "alreadyDecided" });
    expect(await decideOffer(staff.id, offer.id, { decision: "PUBLISH", version: at(5).toISOString() })).toEqual({
      ok: true,
    });
  });
});

describe("deciding on a company", () => {
  it("verifies a pending company, re-indexes its offers and tells each member in their language", async () => {
    const staff = await staffMember();
    const company = await companyWithTeam("Neue Bäckerei", { status: "PENDING", locales: ["en", "de"] });
    const offer = await submittedOffer(company.id);

    expect(await decideCompany(staff.id, company.id, { decision: "VERIFY" })).toEqual({ ok: true });
    const verified = await db().company.findUniqueOrThrow({ where: { id: company.id } });
    expect(verified).toMatchObject({ status: "VERIFIED", rejectionReason: null, reviewedAt: expect.any(Date) });
    expect(await db().moderationDecision.findFirst()).toMatchObject({ offerId: null, decision: "VERIFY" });
    expect(await db().auditLogEntry.findFirst()).toMatchObject({
      action: "moderation.verify-company",
      targetId: company.id,
    });
    expect(await queuedSearchSyncs()).toEqual([offer.id]);
    const mails = await queuedMails();
    expect(mails.map((mail) => [mail.template, mail.language, mail.data.decision])).toEqual([
      ["company-review", "en", "VERIFIED"],
      ["company-review", "de", "VERIFIED"],
    ]);
    expect(mails[0]?.data.url).toMatch(/\/en\/company\/profile$/);

    // Now its offer can be published.
    expect(await decideOffer(staff.id, offer.id, { decision: "PUBLISH" })).toEqual({ ok: true });
    // And the company is no longer waiting.
    expect(await decideCompany(staff.id, company.id, { decision: "REJECT", comment: "Zu spät." })).toMatchObject({
      problem: "alreadyDecided",
    });
  });

  it("rejects with a reason the company sees, and refuses a rejection without one", async () => {
    const staff = await staffMember();
    const company = await companyWithTeam("Briefkastenfirma", { status: "PENDING", locales: ["fr"] });

    expect(await decideCompany(staff.id, company.id, { decision: "REJECT" })).toMatchObject({
      problem: "invalid",
      errors: { comment: "moderation:errors.commentRequired" },
    });
    expect(await traces()).toEqual(NO_TRACES);

    const reason = "Adresse introuvable au registre du commerce.";
    expect(await decideCompany(staff.id, company.id, { decision: "REJECT", comment: reason })).toEqual({ ok: true });
    expect(await db().company.findUniqueOrThrow({ where: { id: company.id } })).toMatchObject({
      status: "REJECTED",
      rejectionReason: reason,
    });
    expect(await queuedMails()).toEqual([
      expect.objectContaining({
        template: "company-review",
        language: "fr",
        data: expect.objectContaining({ decision: "REJECTED", reason }),
      }),
    ]);
  });
});

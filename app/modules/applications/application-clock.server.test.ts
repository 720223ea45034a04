/**
 * The clock of unanswered applications with a controlled `now`: a reminder to the company after
 * 7 days (once), expiry after 14 with a kind mail to the student, nothing for answered ones.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { queuedMails, resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { remindAndExpireApplications } from "./application-clock.server";
import { applied, hostCompany, offerOf, statusOf, student } from "../../../test/support/application-test-setup";
import { moveApplication } from "./applications.server";

beforeEach(resetAccountsAndQueue);

const DAY = 86_400_000;

async function scene() {
  const company = await hostCompany();
  const offer = await offerOf(company.id);
  const chloe = await student("chloe@lycee.fr");
  const submittedAt = new Date();
  const id = await applied(chloe.id, offer, 0, submittedAt);
  await db().$executeRawUnsafe("DELETE FROM graphile_worker._private_jobs");
  const at = (days: number) => new Date(submittedAt.getTime() + days * DAY);
  return { company, chloe, id, at };
}

describe("the applications clock", () => {
  it("does nothing for six days, reminds every team member once at seven, and expires at fourteen", async () => {
    const { id, at } = await scene();

    expect(await remindAndExpireApplications(at(6))).toEqual({ reminded: [], expired: [] });
    expect(await queuedMails()).toEqual([]);

    expect(await remindAndExpireApplications(at(7))).toEqual({ reminded: [id], expired: [] });
    const reminders = await queuedMails();
    expect(reminders.map((mail) => [mail.template, mail.to, mail.language, mail.data.event])).toEqual([
      ["application-company", "chefin@werkstatt.de", "de", "REMINDER"],
      ["application-company", "fr.chefin@werkstatt.de", "fr", "REMINDER"],
    ]);
    expect(await remindAndExpireApplications(at(8))).toEqual({ reminded: [], expired: [] });
    expect(await queuedMails()).toHaveLength(2);
    expect(await statusOf(id)).toBe("SUBMITTED");

    expect(await remindAndExpireApplications(at(14))).toEqual({ reminded: [], expired: [id] });
    expect(await statusOf(id)).toBe("EXPIRED");
    const [expiry, ...others] = (await queuedMails()).slice(2);
    expect(others).toEqual([]);
    expect(expiry).toMatchObject({
      template: "application-status",
      to: "chloe@lycee.fr",
      language: "fr",
      data: { status: "EXPIRED", url: `${loadEnv().APP_URL}/fr/offers` },
    });
    const events = await db().applicationEvent.findMany({
      where: { applicationId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((event) => [event.status, event.actorId])).toEqual([
      ["SUBMITTED", expect.any(String)],
      ["EXPIRED", null],
    ]);
    expect(await remindAndExpireApplications(at(15))).toEqual({ reminded: [], expired: [] });
  });

  it("expires a forgotten application at once when the clock first sees it after fourteen days", async () => {
    const { id, at } = await scene();
    expect(await remindAndExpireApplications(at(20))).toEqual({ reminded: [], expired: [id] });
    expect((await queuedMails()).map((mail) => mail.template)).toEqual(["application-status"]);
  });

  it("leaves answered applications alone, and counts a merely opened one as unanswered", async () => {
    const { company, chloe, at } = await scene();
    const other = await offerOf(company.id, { titleDe: "Praktikum Logistik" });
    const seen = await db().application.findFirstOrThrow({ where: { studentId: chloe.id } });
    await moveApplication({ applicationId: seen.id, actorId: company.owner.id, action: "see" });
    const shortlisted = await applied(chloe.id, other, 0, at(0));
    await moveApplication({ applicationId: shortlisted, actorId: company.owner.id, action: "shortlist" });

    const result = await remindAndExpireApplications(at(14));

    expect(result).toEqual({ reminded: [], expired: [seen.id] });
    expect(await statusOf(shortlisted)).toBe("SHORTLISTED");
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { acceptedPupil, SCHOOL_PART } from "../../../test/support/agreement-test-setup";
import { queuedMails, resetAccountsAndQueue, tokenFromUrl } from "../../../test/support/queued-mails";
import { remindUnsignedParties } from "./agreement-reminders.server";
import { sendForSignature, signAgreement, updateAgreementDetails } from "./agreements.server";
import { remindersDue } from "./agreement-workflow";

beforeEach(resetAccountsAndQueue);

const DAY = 86_400_000;

describe("reminders to parties who have not signed", () => {
  it("are due after 3 and after 7 days", () => {
    const sent = new Date("2027-03-01T10:00:00Z");
    expect(remindersDue(sent, new Date(sent.getTime() + 3 * DAY - 1))).toBe(0);
    expect(remindersDue(sent, new Date(sent.getTime() + 3 * DAY))).toBe(1);
    expect(remindersDue(sent, new Date(sent.getTime() + 7 * DAY))).toBe(2);
  });

  it("go to those who have not signed, with a link that works, once per threshold", async () => {
    const { agreement } = await acceptedPupil();
    await updateAgreementDetails(agreement.id, "school", SCHOOL_PART);
    await updateAgreementDetails(agreement.id, "company", {
      tutorEmail: "tutor@groesser.de",
      dailySchedule: "08:00–15:30",
    });
    const sentAt = new Date(Date.now() - 60_000);
    await sendForSignature(agreement.id, sentAt);
    const mails = async (event: string) =>
      (await queuedMails()).filter((m) => m.template === "agreement-party" && m.data.event === event);
    const learner = tokenFromUrl((await mails("SIGN")).find((m) => m.to === "chloe@lycee.fr")?.data.url);
    await signAgreement({ token: learner, typedName: "Chloé Lefèvre", ip: "x", userId: null });

    expect(await remindUnsignedParties(new Date(sentAt.getTime() + 2 * DAY))).toEqual([]);
    expect(await remindUnsignedParties(new Date(sentAt.getTime() + 3 * DAY))).toEqual([agreement.id]);
    const first = await mails("REMINDER");
    expect(first).toHaveLength(5);
    expect(first.map((m) => m.to)).not.toContain("chloe@lycee.fr");
    // The same day again: nothing more.
    expect(await remindUnsignedParties(new Date(sentAt.getTime() + 4 * DAY))).toEqual([]);
    expect(await remindUnsignedParties(new Date(sentAt.getTime() + 7 * DAY))).toEqual([agreement.id]);
    expect(await mails("REMINDER")).toHaveLength(10);
    expect(await remindUnsignedParties(new Date(sentAt.getTime() + 20 * DAY))).toEqual([]);

    const guardianLink = tokenFromUrl(first.find((m) => m.to === "helene@example.fr")?.data.url);
    expect(
      await signAgreement(
        { token: guardianLink, typedName: "Hélène Lefèvre", ip: "x", userId: null },
        new Date(sentAt.getTime() + 3 * DAY),
      ),
    ).toEqual({ ok: true, status: "PARTLY_SIGNED" });
  });
});

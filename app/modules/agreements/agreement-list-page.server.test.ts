/**
 * Where each agreement stands, as the school's coordinator and staff see it: filtered by state and
 * by the party it waits for, and nothing of another school.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { beforeEach, describe, expect, it } from "vitest";
import { acceptedPupil, SCHOOL_PART } from "../../../test/support/agreement-test-setup";
import { answerOf, cookieOf, routeArgs } from "../../../test/support/company-fixtures";
import { staffMember } from "../../../test/support/moderation-test-data";
import { queuedMails, resetAccountsAndQueue, tokenFromUrl } from "../../../test/support/queued-mails";
import { coordinatorOf } from "../../../test/support/student-fixtures";
import { agreementListLoader } from "./agreement-list-page.server";
import { sendForSignature, signAgreement, updateAgreementDetails } from "./agreements.server";

beforeEach(resetAccountsAndQueue);

type Listed = { agreements: { id: string; status: string; waitingFor: string[] }[] };
const list = async (query: string, cookie: string) =>
  (await answerOf(
    agreementListLoader(routeArgs(`/de/agreements${query}`, cookie, undefined, { lang: "de" }) as LoaderFunctionArgs),
  )) as Listed;

describe("the list of agreements", () => {
  it("filters by whom an agreement waits for, for the school's coordinator and staff alike", async () => {
    const { agreement, teacher } = await acceptedPupil();
    await updateAgreementDetails(agreement.id, "school", SCHOOL_PART);
    await updateAgreementDetails(agreement.id, "company", {
      tutorEmail: "tutor@groesser.de",
      dailySchedule: "08:00–15:30",
    });
    await sendForSignature(agreement.id);
    const mail = (await queuedMails()).find((m) => m.to === "helene@example.fr");
    expect(
      await signAgreement({ token: tokenFromUrl(mail?.data.url), typedName: "Hélène Lefèvre", ip: "x", userId: null }),
    ).toEqual({ ok: true, status: "PARTLY_SIGNED" });

    const staffCookie = await cookieOf((await staffMember()).id);
    for (const cookie of [teacher.cookie, staffCookie]) {
      const all = await list("", cookie);
      expect(all.agreements).toHaveLength(1);
      expect(all.agreements[0]?.waitingFor).not.toContain("GUARDIAN");
      expect(all.agreements[0]?.waitingFor).toContain("LEARNER");
      expect((await list("?waiting=LEARNER", cookie)).agreements.map((a) => a.id)).toEqual([agreement.id]);
      expect((await list("?waiting=GUARDIAN", cookie)).agreements).toEqual([]);
      expect((await list("?status=PARTLY_SIGNED&waiting=TUTOR", cookie)).agreements).toHaveLength(1);
      expect((await list("?status=SIGNED", cookie)).agreements).toEqual([]);
    }
    // Another school's coordinator sees nothing of it.
    const other = await coordinatorOf("bbs-1-hannover", "lehrer@bbs.de");
    expect((await list("?waiting=LEARNER", other.cookie)).agreements).toEqual([]);
  });
});

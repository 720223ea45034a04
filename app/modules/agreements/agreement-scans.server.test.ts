/**
 * Scans of hand-signed copies against a real PostgreSQL, through the pages' loaders and actions:
 * a party uploads one through their signing link instead of typing their name; a fake file or a
 * stranger changes nothing; the school or staff confirm it (it counts as the signature and can
 * complete the agreement) or reject it (reason and a new link by mail); a change withdraws scans
 * like signatures.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { acceptedPupil, SCHOOL_PART } from "../../../test/support/agreement-test-setup";
import { answerOf, companyWithOwner, multipartArgs, routeArgs } from "../../../test/support/company-fixtures";
import { staffMember } from "../../../test/support/moderation-test-data";
import { pdfText } from "../../../test/support/pdf-text";
import { queuedMails, resetAccountsAndQueue, tokenFromUrl } from "../../../test/support/queued-mails";
import { coordinatorOf } from "../../../test/support/student-fixtures";
import { agreementAction, agreementLoader, agreementScanLoader } from "./agreement-page.server";
import { agreementListLoader } from "./agreement-list-page.server";
import { remindUnsignedParties } from "./agreement-reminders.server";
import { sha256Hex } from "./agreement-pdf.server";
import { MAX_SCAN_BYTES } from "./agreement-scans.server";
import {
  cancelAgreement,
  openSigningLink,
  sendForSignature,
  signAgreement,
  updateAgreementDetails,
} from "./agreements.server";
import { signAction } from "./sign-page.server";

beforeEach(resetAccountsAndQueue);

type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => Promise<unknown>;
type Refused = { init: { status: number }; data: { errors: Record<string, string> } };

/** A loader or action for /:lang/agreements/:id(/scans/:scanId). */
function call(handler: Handler, url: string, cookie?: string, form?: Record<string, string>) {
  const [, , , id = "", , scanId = ""] = url.split("/");
  return answerOf(handler(routeArgs(url, cookie, form, { id, scanId })));
}

const statusOf = (answer: unknown) => (answer instanceof Response ? answer.status : 200);

/** The smallest file whose bytes say PDF. */
const SCAN_BYTES = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n");
const pdfScan = (name = "convention-signee.pdf") => new File([SCAN_BYTES], name, { type: "application/pdf" });

/** A party posts the scan form of their signing page, as a browser sends it. */
function uploadScan(
  token: string,
  scan: File,
  { cookie, consent = true }: { cookie?: string; consent?: boolean } = {},
) {
  const fields = { intent: "scan", token, scan, ...(consent ? { scanConsent: "on" } : {}) };
  return answerOf(signAction(multipartArgs("/fr/agreements/sign", cookie, fields)));
}

/** The agreement completed by both sides and sent out: every party has a link. */
async function sentAgreement() {
  const setup = await acceptedPupil();
  await updateAgreementDetails(setup.agreement.id, "school", SCHOOL_PART);
  await updateAgreementDetails(setup.agreement.id, "company", {
    tutorEmail: "tutor@groesser.de",
    dailySchedule: "08:00–15:30",
  });
  expect((await sendForSignature(setup.agreement.id)).ok).toBe(true);
  return setup;
}

const mailsTo = async (email: string, template = "agreement-party") =>
  (await queuedMails()).filter((mail) => mail.template === template && mail.to === email);
const linkOf = async (email: string, template = "agreement-party") =>
  tokenFromUrl((await mailsTo(email, template)).at(-1)?.data.url);

const scans = (agreementId: string) => db().agreementScan.findMany({ where: { agreementId } });
const agreementOf = (id: string) => db().agreement.findUniqueOrThrow({ where: { id } });

describe("uploading a scan", () => {
  it("refuses a fake scan, a missing confirmation and a file over 10 MB, changing nothing", async () => {
    const { agreement } = await sentAgreement();
    const link = await linkOf("helene@example.fr");

    // Text bytes named .pdf and declared as a PDF: the bytes decide.
    const fake = new File(["Ceci n’est pas une convention signée."], "convention.pdf", { type: "application/pdf" });
    const refused = (await uploadScan(link, fake)) as Refused;
    expect(refused.init.status).toBe(400);
    expect(refused.data.errors).toEqual({ scan: "agreements:errors.scanType" });

    const unconfirmed = (await uploadScan(link, pdfScan(), { consent: false })) as Refused;
    expect(unconfirmed.data.errors).toEqual({ scanConsent: "agreements:errors.scanConsent" });

    const big = new Uint8Array(MAX_SCAN_BYTES + 1);
    big.set(SCAN_BYTES);
    const tooLarge = (await uploadScan(link, new File([big], "gros.pdf", { type: "application/pdf" }))) as Refused;
    expect(tooLarge.data.errors).toEqual({ scan: "agreements:errors.scanTooLarge" });

    expect(await scans(agreement.id)).toEqual([]);
    expect((await agreementOf(agreement.id)).status).toBe("OUT_FOR_SIGNATURE");
    expect(await openSigningLink(link)).toMatchObject({ status: "valid", scanPending: false });
  }, 60_000);

  it("lets no one outside the agreement upload or download a scan, nor a party's side decide on it", async () => {
    const { agreement, company, chloe, teacher } = await sentAgreement();
    const rival = await companyWithOwner("Andere GmbH", "chef@andere.de");
    const otherTeacher = await coordinatorOf("bbs-1-hannover", "lehrer@bbs.de");

    // The referent teacher's link is bound to their account: nobody else can use it.
    const teacherLink = await linkOf("prof@lycee.fr");
    const stranger = (await uploadScan(teacherLink, pdfScan(), { cookie: rival.cookie })) as Refused;
    expect(stranger.data.errors).toEqual({ form: "agreements:errors.logInToSign" });
    const forged = (await uploadScan("x".repeat(43), pdfScan(), { cookie: rival.cookie })) as Refused;
    expect(forged.data.errors).toEqual({ form: "agreements:errors.link.unknown" });
    expect(await scans(agreement.id)).toEqual([]);

    // The guardian's upload, through her own link, waits for confirmation; the link is used up.
    const guardianLink = await linkOf("helene@example.fr");
    const uploaded = await uploadScan(guardianLink, pdfScan());
    expect((uploaded as Response).headers.get("Location")).toBe("/fr/agreements/sign/done?status=SCAN");
    const [scan] = await scans(agreement.id);
    expect(scan).toMatchObject({
      role: "GUARDIAN",
      status: "PENDING",
      contentType: "application/pdf",
      size: SCAN_BYTES.byteLength,
      sha256: sha256Hex(SCAN_BYTES),
      email: "helene@example.fr",
    });
    expect((await openSigningLink(guardianLink)).status).toBe("used");
    // The school finds it in its list under "hand-signed copy to confirm".
    const list = (await answerOf(agreementListLoader(routeArgs("/fr/agreements?waiting=SCAN", teacher.cookie)))) as {
      agreements: { id: string; scansToConfirm: string[] }[];
    };
    expect(list.agreements).toEqual([expect.objectContaining({ id: agreement.id, scansToConfirm: ["GUARDIAN"] })]);

    const scanUrl = `/de/agreements/${agreement.id}/scans/${scan!.id}`;
    for (const cookie of [rival.cookie, otherTeacher.cookie]) {
      expect(statusOf(await call(agreementScanLoader as Handler, scanUrl, cookie))).toBe(404);
    }
    const elsewhere = `/de/agreements/00000000-0000-4000-8000-00000000dead/scans/${scan!.id}`;
    expect(statusOf(await call(agreementScanLoader as Handler, elsewhere, chloe.cookie))).toBe(404);
    expect(
      await db().auditLogEntry.count({ where: { action: "agreement.download-scan", targetId: agreement.id } }),
    ).toBe(0);

    // The parties' sides may look at it, each download logged.
    for (const cookie of [chloe.cookie, company.cookie, teacher.cookie]) {
      const download = (await call(agreementScanLoader as Handler, scanUrl, cookie)) as Response;
      expect(download.headers.get("Content-Type")).toBe("application/pdf");
      expect(download.headers.get("Content-Security-Policy")).toContain("sandbox");
      expect(new Uint8Array(await download.arrayBuffer())).toEqual(SCAN_BYTES);
    }
    const log = await db().auditLogEntry.findMany({
      where: { action: "agreement.download-scan", targetId: agreement.id },
    });
    expect(log.map((entry) => entry.actorId).sort()).toEqual([chloe.id, company.owner.id, teacher.id].sort());

    // Only the school and staff decide; the learner and the company get a 404, strangers too.
    const page = `/de/agreements/${agreement.id}`;
    for (const cookie of [chloe.cookie, company.cookie, rival.cookie, otherTeacher.cookie]) {
      const answer = await call(agreementAction as Handler, page, cookie, { intent: "confirm-scan", scanId: scan!.id });
      expect(statusOf(answer)).toBe(404);
    }
    expect((await scans(agreement.id))[0]?.status).toBe("PENDING");
    expect(await db().agreementSignature.count({ where: { agreementId: agreement.id } })).toBe(0);
  }, 60_000);
});

describe("deciding on a scan", () => {
  it("counts a confirmed scan as the party's signature, which completes the agreement", async () => {
    const { agreement, company, teacher } = await sentAgreement();
    const typed: [email: string, name: string, userId: string | null][] = [
      ["chloe@lycee.fr", "Chloé Lefèvre", null],
      ["prof@lycee.fr", "Amélie Garçon", teacher.id],
      ["chefin@groesser.de", "Jana Kühn", company.owner.id],
      ["tutor@groesser.de", "Jens Meyer", null],
      ["proviseur@lycee.fr", "François Œillet", null],
    ];
    for (const [email, typedName, userId] of typed) {
      const signed = await signAgreement({ token: await linkOf(email), typedName, ip: "198.51.100.2", userId });
      expect(signed).toEqual({ ok: true, status: "PARTLY_SIGNED" });
    }
    expect(statusOf(await uploadScan(await linkOf("helene@example.fr"), pdfScan()))).toBe(302);

    // A waiting scan is the party's part done: no reminder for her.
    await remindUnsignedParties(new Date(Date.now() + 4 * 86_400_000));
    expect((await mailsTo("helene@example.fr")).map((mail) => mail.data.event)).toEqual(["SIGN"]);

    const url = `/fr/agreements/${agreement.id}`;
    const page = (await call(agreementLoader as Handler, url, teacher.cookie)) as {
      parties: { role: string; scanPending: boolean; signedAt: string | null }[];
      scans: { id: string; role: string; status: string; type: string }[];
      canDecideScans: boolean;
    };
    expect(page.canDecideScans).toBe(true);
    expect(page.parties.find((p) => p.role === "GUARDIAN")).toMatchObject({ scanPending: true, signedAt: null });
    expect(page.scans).toEqual([expect.objectContaining({ role: "GUARDIAN", status: "PENDING", type: "PDF" })]);

    const confirmed = await call(agreementAction as Handler, url, teacher.cookie, {
      intent: "confirm-scan",
      scanId: page.scans[0]!.id,
    });
    expect((confirmed as Response).headers.get("Location")).toBe(`${url}?done=scanConfirmed`);

    const signed = await agreementOf(agreement.id);
    expect(signed.status).toBe("SIGNED");
    const signature = await db().agreementSignature.findFirstOrThrow({ where: { role: "GUARDIAN" } });
    expect(signature).toMatchObject({
      method: "SCAN",
      typedName: "Hélène Lefèvre",
      scanId: page.scans[0]!.id,
      documentSha256: signed.documentSha256,
    });
    expect((await scans(agreement.id))[0]).toMatchObject({ status: "CONFIRMED", decidedByName: "Amélie Garçon" });

    const { pages } = await pdfText(signed.signedDocument!);
    const signaturePage = pages.slice(pages.findIndex((p) => p.startsWith("Unterschriften / Signatures"))).join("\n");
    expect(signaturePage).toContain("Handschriftlich unterschriebene Kopie / Copie signée à la main");
    expect(signaturePage).toMatch(/bestätigt von Amélie Garçon am \d{2}\.\d{2}\.\d{4}/);
    expect(signaturePage).toMatch(/confirmée par Amélie Garçon le \d{2}\/\d{2}\/\d{4}/);
    expect(signaturePage).toContain(sha256Hex(SCAN_BYTES));
    expect(signaturePage).toContain("Hélène Lefèvre");
    expect((await mailsTo("helene@example.fr")).at(-1)?.data.event).toBe("SIGNED");
    expect(await db().auditLogEntry.count({ where: { action: "agreement.confirm-scan", actorId: teacher.id } })).toBe(
      1,
    );
  }, 60_000);

  it("leaves a rejected scan's party unsigned, with the reason and a new link in their language", async () => {
    const { agreement } = await sentAgreement();
    const staff = await staffMember();
    await uploadScan(await linkOf("helene@example.fr"), pdfScan());
    const [scan] = await scans(agreement.id);
    const url = `/de/agreements/${agreement.id}`;
    const reject = (form: Record<string, string>) =>
      call(agreementAction as Handler, url, staff.cookie, { intent: "reject-scan", scanId: scan!.id, ...form });

    expect(((await reject({ note: "Bitte neu." })) as Refused).data.errors).toEqual({
      reason: "agreements:errors.rejectionReason",
    });
    expect(((await reject({ reason: "other", note: " " })) as Refused).data.errors).toEqual({
      note: "agreements:errors.rejectionNote",
    });
    expect((await scans(agreement.id))[0]?.status).toBe("PENDING");
    expect(await mailsTo("helene@example.fr", "agreement-scan-rejected")).toEqual([]);

    const rejected = await reject({ reason: "notSigned", note: "La page 4 n’est pas signée." });
    expect((rejected as Response).headers.get("Location")).toBe(`${url}?done=scanRejected`);
    expect((await scans(agreement.id))[0]).toMatchObject({
      status: "REJECTED",
      rejectionReason: "notSigned",
      decidedById: staff.id,
    });
    const [mail] = await mailsTo("helene@example.fr", "agreement-scan-rejected");
    expect(mail).toMatchObject({
      language: "fr",
      data: { reason: "notSigned", note: "La page 4 n’est pas signée.", learnerName: "Chloé Lefèvre" },
    });
    const newLink = tokenFromUrl(mail?.data.url);
    expect(await openSigningLink(newLink)).toMatchObject({
      status: "valid",
      role: "GUARDIAN",
      alreadySigned: false,
      scanPending: false,
    });
    expect(await db().agreementSignature.count({ where: { agreementId: agreement.id } })).toBe(0);
    // Decided once: a second decision is refused.
    const again = (await call(agreementAction as Handler, url, staff.cookie, {
      intent: "confirm-scan",
      scanId: scan!.id,
    })) as Refused;
    expect(again.data.errors).toEqual({ form: "agreements:errors.scanDecided" });
    expect(await db().auditLogEntry.count({ where: { action: "agreement.reject-scan", actorId: staff.id } })).toBe(1);

    // With the new link she signs by name after all.
    expect(await signAgreement({ token: newLink, typedName: "Hélène Lefèvre", ip: "x", userId: null })).toEqual({
      ok: true,
      status: "PARTLY_SIGNED",
    });
  }, 60_000);

  it("withdraws scans, waiting or confirmed, with the signatures when the agreement changes", async () => {
    const { agreement, teacher } = await sentAgreement();
    await uploadScan(await linkOf("tutor@groesser.de"), pdfScan("tutor.pdf"));
    const tutorScan = (await scans(agreement.id))[0]!;
    const url = `/de/agreements/${agreement.id}`;
    await call(agreementAction as Handler, url, teacher.cookie, { intent: "confirm-scan", scanId: tutorScan.id });
    await uploadScan(await linkOf("helene@example.fr"), pdfScan("parent.pdf"));
    expect((await agreementOf(agreement.id)).status).toBe("PARTLY_SIGNED");

    expect(await updateAgreementDetails(agreement.id, "company", { dailySchedule: "08:30–16:00" })).toEqual({
      ok: true,
      status: "READY",
    });
    expect((await scans(agreement.id)).map((scan) => scan.status)).toEqual(["WITHDRAWN", "WITHDRAWN"]);
    expect(await db().agreementSignature.count({ where: { withdrawnAt: null } })).toBe(0);
    const told = (await queuedMails()).filter((m) => m.template === "agreement-party" && m.data.event === "WITHDRAWN");
    expect(told.map((m) => m.to).sort()).toEqual(["helene@example.fr", "tutor@groesser.de"]);

    // Nothing left to decide on the new revision.
    const page = (await call(agreementLoader as Handler, url, teacher.cookie)) as { scans: unknown[] };
    expect(page.scans).toEqual([]);
    const late = (await call(agreementAction as Handler, url, teacher.cookie, {
      intent: "confirm-scan",
      scanId: tutorScan.id,
    })) as Refused;
    expect(late.data.errors).toEqual({ form: "agreements:errors.scanDecided" });
  }, 60_000);

  it("takes a waiting scan off the to-do list when the agreement is cancelled", async () => {
    const { agreement } = await sentAgreement();
    await uploadScan(await linkOf("tutor@groesser.de"), pdfScan("tutor.pdf"));
    expect((await cancelAgreement(agreement.id)).ok).toBe(true);
    expect((await scans(agreement.id)).map((scan) => scan.status)).toEqual(["WITHDRAWN"]);
  }, 60_000);
});

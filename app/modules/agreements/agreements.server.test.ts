/**
 * An agreement's life against a real PostgreSQL: written when the company accepts, completed by
 * the school and the company, sent, signed through the mailed links, withdrawn by a change, and
 * kept as a signed PDF whose text pdf.js reads back.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { queuedMails, resetAccountsAndQueue, tokenFromUrl } from "../../../test/support/queued-mails";
import { acceptedPupil, SCHOOL_PART } from "../../../test/support/agreement-test-setup";
import { detailsOf, missingFields } from "./agreement-details";
import { openSigningLink, sendForSignature, signAgreement, updateAgreementDetails } from "./agreements.server";
import { pdfText } from "../../../test/support/pdf-text";
import { publishClauseVersion } from "./agreement-clause-versions.server";
import { FIRST_CLAUSES } from "./agreement-clauses";
import { staffMember } from "../../../test/support/moderation-test-data";

beforeEach(resetAccountsAndQueue);

const mailsOf = async (event: string) =>
  (await queuedMails()).filter((mail) => mail.template === "agreement-party" && mail.data.event === event);

async function statusOf(id: string) {
  return (await db().agreement.findUniqueOrThrow({ where: { id } })).status;
}

describe("writing the agreement", () => {
  it("is written when the company accepts, with what the platform knows, and lists what is missing", async () => {
    const { agreement, teacher } = await acceptedPupil();
    const details = detailsOf(agreement.details);
    expect(agreement.status).toBe("DRAFT");
    expect(details).toMatchObject({
      learnerName: "Chloé Lefèvre",
      learnerCountry: "FR",
      companyName: "Größer & Söhne",
      referentTeacherName: "Amélie Garçon",
      referentTeacherEmail: teacher.email,
      companyRepresentativeName: "Jana Kühn",
      tutorName: "Jens Meyer",
      hoursPerDay: "7",
      hoursPerWeek: "35",
      languageOfWork: "de",
    });
    expect(missingFields(details).map((f) => f.key)).toEqual([
      "schoolAddress",
      "schoolHeadName",
      "schoolHeadEmail",
      "guardianName",
      "guardianEmail",
      "objectives",
      "travelCosts",
      "tutorEmail",
      "dailySchedule",
    ]);
  });

  it("keeps the clause version it was written with when staff publish a new one", async () => {
    const { agreement } = await acceptedPupil();
    const staff = await staffMember();
    const published = await publishClauseVersion(staff.id, {
      clauses: FIRST_CLAUSES.map((c) => (c.key === "purpose" ? { ...c, textDe: `${c.textDe} Neu.` } : c)),
      note: "Neu",
    });
    expect(published).toEqual({ ok: true, version: 2 });
    const kept = await db().agreement.findUniqueOrThrow({
      where: { id: agreement.id },
      include: { clauseVersion: true },
    });
    expect(kept.clauseVersion.version).toBe(1);
  });

  it("lets each side fill only its own fields", async () => {
    const { agreement } = await acceptedPupil();
    await updateAgreementDetails(agreement.id, "company", { schoolHeadName: "Someone", dailySchedule: "08:00–15:30" });
    const details = detailsOf((await db().agreement.findUniqueOrThrow({ where: { id: agreement.id } })).details);
    expect(details.schoolHeadName).toBe("");
    expect(details.dailySchedule).toBe("08:00–15:30");
  });
});

describe("signing", () => {
  async function readyAgreement(setup?: Awaited<ReturnType<typeof acceptedPupil>>) {
    setup ??= await acceptedPupil();
    expect((await updateAgreementDetails(setup.agreement.id, "school", SCHOOL_PART)).ok).toBe(true);
    const result = await updateAgreementDetails(setup.agreement.id, "company", {
      tutorEmail: "tutor@groesser.de",
      dailySchedule: "08:00–15:30",
    });
    expect(result).toEqual({ ok: true, status: "READY" });
    return setup;
  }

  const linkOf = async (email: string, event = "SIGN") => {
    const mail = (await mailsOf(event)).filter((m) => m.to === email).at(-1);
    return tokenFromUrl(mail?.data.url);
  };

  it("refuses to send a draft, and mails every party a link in their language once ready", async () => {
    const setup = await acceptedPupil();
    expect(await sendForSignature(setup.agreement.id)).toEqual({ ok: false, error: "agreements:errors.notReady" });
    expect(await mailsOf("SIGN")).toEqual([]);

    const ready = await readyAgreement(setup);
    expect((await sendForSignature(ready.agreement.id)).ok).toBe(true);
    const sent = await mailsOf("SIGN");
    expect(sent.map((m) => [m.to, m.language]).sort()).toEqual(
      [
        ["chefin@groesser.de", "de"],
        ["chloe@lycee.fr", "fr"],
        ["helene@example.fr", "fr"],
        ["prof@lycee.fr", "fr"],
        ["proviseur@lycee.fr", "fr"],
        ["tutor@groesser.de", "de"],
      ].sort(),
    );
    const kept = await db().agreement.findUniqueOrThrow({ where: { id: ready.agreement.id } });
    expect(kept.status).toBe("OUT_FOR_SIGNATURE");
    expect(kept.documentSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("collects every signature, then keeps the signed PDF with its signature page and mails it to all", async () => {
    const { agreement, company, teacher } = await readyAgreement();
    await sendForSignature(agreement.id);

    // A wrong name signs nothing, and the link still works.
    const learnerLink = await linkOf("chloe@lycee.fr");
    expect(await signAgreement({ token: learnerLink, typedName: "Chloe L.", ip: "203.0.113.7", userId: null })).toEqual(
      {
        ok: false,
        error: "agreements:errors.nameMismatch",
      },
    );
    expect(await db().agreementSignature.count()).toBe(0);
    expect(
      await signAgreement({ token: learnerLink, typedName: "  chloé   lefèvre ", ip: "203.0.113.7", userId: null }),
    ).toEqual({ ok: true, status: "PARTLY_SIGNED" });
    // The link is single-use.
    expect((await signAgreement({ token: learnerLink, typedName: "Chloé Lefèvre", ip: "x", userId: null })).ok).toBe(
      false,
    );

    // People with an account sign logged in to it.
    const teacherLink = await linkOf("prof@lycee.fr");
    expect(await signAgreement({ token: teacherLink, typedName: "Amélie Garçon", ip: "x", userId: null })).toEqual({
      ok: false,
      error: "agreements:errors.logInToSign",
    });
    expect(
      (await signAgreement({ token: teacherLink, typedName: "Amélie Garçon", ip: "x", userId: teacher.id })).ok,
    ).toBe(true);
    expect(
      (
        await signAgreement({
          token: await linkOf("chefin@groesser.de"),
          typedName: "Jana Kühn",
          ip: "x",
          userId: company.owner.id,
        })
      ).ok,
    ).toBe(true);
    for (const [email, name] of [
      ["tutor@groesser.de", "Jens Meyer"],
      ["helene@example.fr", "Hélène Lefèvre"],
    ] as const) {
      expect(
        (await signAgreement({ token: await linkOf(email), typedName: name, ip: "198.51.100.2", userId: null })).ok,
      ).toBe(true);
    }
    expect(await statusOf(agreement.id)).toBe("PARTLY_SIGNED");
    expect(
      await signAgreement({
        token: await linkOf("proviseur@lycee.fr"),
        typedName: "François Œillet",
        ip: "x",
        userId: null,
      }),
    ).toEqual({ ok: true, status: "SIGNED" });

    const signed = await db().agreement.findUniqueOrThrow({ where: { id: agreement.id } });
    expect(signed.signedSha256).toMatch(/^[0-9a-f]{64}$/);
    const signatures = await db().agreementSignature.findMany({ where: { agreementId: agreement.id } });
    expect(signatures).toHaveLength(6);
    expect(new Set(signatures.map((s) => s.documentSha256))).toEqual(new Set([signed.documentSha256]));
    expect(signatures.find((s) => s.role === "LEARNER")?.ipHash).not.toContain("203.0.113.7");
    expect(signatures.find((s) => s.role === "REFERENT_TEACHER")?.method).toBe("ACCOUNT");

    const { pages } = await pdfText(signed.signedDocument!);
    const last = pages.slice(pages.findIndex((page) => page.startsWith("Unterschriften / Signatures"))).join("\n");
    expect(last).toContain("Unterschriften / Signatures");
    // Each name as its party typed it.
    for (const name of [
      "chloé lefèvre",
      "Amélie Garçon",
      "Jana Kühn",
      "Jens Meyer",
      "Hélène Lefèvre",
      "François Œillet",
    ]) {
      expect(last).toContain(name);
    }
    expect(last).toContain(signed.documentSha256!);

    const done = await mailsOf("SIGNED");
    expect(done).toHaveLength(6);
    // Each party's mail, in their language, carries the signed PDF itself (stored beside the queue).
    expect(Object.fromEntries(done.map((mail) => [mail.to, mail.language]))).toMatchObject({
      "chloe@lycee.fr": "fr",
      "proviseur@lycee.fr": "fr",
    });
    const attachments = await db().mailAttachment.findMany();
    expect(attachments).toHaveLength(6);
    for (const file of attachments) {
      expect(file.contentType).toBe("application/pdf");
      expect(Buffer.from(file.content).equals(Buffer.from(signed.signedDocument!))).toBe(true);
    }
    expect(new Set(done.map((mail) => (mail as unknown as { attachmentIds: string[] }).attachmentIds[0]))).toEqual(
      new Set(attachments.map((file) => file.id)),
    );
    const download = await openSigningLink(tokenFromUrl(done[0]?.data.url));
    expect(download).toMatchObject({ status: "valid", kind: "download" });
  });

  it("withdraws the signatures when a party changes the data before the last signature, and tells those who signed", async () => {
    const { agreement, company } = await readyAgreement();
    await sendForSignature(agreement.id);
    const learnerLink = await linkOf("chloe@lycee.fr");
    await signAgreement({ token: learnerLink, typedName: "Chloé Lefèvre", ip: "x", userId: null });
    await signAgreement({ token: await linkOf("tutor@groesser.de"), typedName: "Jens Meyer", ip: "x", userId: null });
    const staleLink = await linkOf("helene@example.fr");

    // A second party (the company) changes the hours after two signatures.
    expect(await updateAgreementDetails(agreement.id, "company", { dailySchedule: "08:30–16:00" })).toEqual({
      ok: true,
      status: "READY",
    });
    const after = await db().agreement.findUniqueOrThrow({ where: { id: agreement.id } });
    expect(after).toMatchObject({ revision: 2, sentAt: null, documentSha256: null });
    const signatures = await db().agreementSignature.findMany({ where: { agreementId: agreement.id } });
    expect(signatures.every((s) => s.withdrawnAt !== null)).toBe(true);
    const withdrawn = await mailsOf("WITHDRAWN");
    expect(withdrawn.map((m) => [m.to, m.language]).sort()).toEqual([
      ["chloe@lycee.fr", "fr"],
      ["tutor@groesser.de", "de"],
    ]);
    // Links of the old revision no longer sign.
    expect(await signAgreement({ token: staleLink, typedName: "Hélène Lefèvre", ip: "x", userId: null })).toEqual({
      ok: false,
      error: "agreements:errors.link.outdated",
    });
    void company;
  });

  it("refuses hours that break the minors' rules: the agreement stays a draft", async () => {
    const { agreement } = await readyAgreement();
    expect(await updateAgreementDetails(agreement.id, "company", { dailySchedule: "12:00–21:00" })).toEqual({
      ok: true,
      status: "DRAFT",
    });
    expect((await sendForSignature(agreement.id)).ok).toBe(false);
  });
});

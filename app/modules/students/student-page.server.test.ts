/**
 * Who sees a student: the profile page and the CV download through their real loaders, with the
 * session cookies of each kind of visitor. Not allowed looks exactly like not there: a 404.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { staffMember } from "../../../test/support/moderation-test-data";
import { db } from "~/utils/db.server";
import { answerOf, companyWithOwner, routeArgs } from "../../../test/support/company-fixtures";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { coordinatorOf, publishedOffer, studentWithProfile } from "../../../test/support/student-fixtures";
import { studentCvLoader } from "./student-cv.server";
import { studentPageLoader } from "./student-page.server";
import { storeCv, tinyPdf } from "../../../test/support/student-test-data";

beforeEach(resetAccountsAndQueue);

type Page = Awaited<ReturnType<typeof studentPageLoader>>;

async function page(studentId: string, cookie?: string, language = "de") {
  return answerOf(
    studentPageLoader(routeArgs(`/${language}/students/${studentId}`, cookie, undefined, { id: studentId })),
  );
}

async function cv(studentId: string, cookie?: string) {
  return answerOf(studentCvLoader(routeArgs(`/students/${studentId}/cv`, cookie, undefined, { id: studentId })));
}

const status = (answer: unknown) => (answer instanceof Response ? answer.status : 200);

/** A student of Rouen with a CV, and a verified company in Wolfsburg with a published offer. */
async function setting(options: { discoverable?: boolean; companyStatus?: "VERIFIED" | "PENDING" } = {}) {
  const noe = await studentWithProfile("noe@example.fr", { discoverable: options.discoverable ?? false });
  await storeCv(noe.id);
  const company = await companyWithOwner("Autowerk Wolfsburg", "jens@autowerk.example", {
    status: options.companyStatus ?? "VERIFIED",
    placeKey: "wolfsburg",
  });
  const offer = await publishedOffer(company.id);
  return { noe, company, offer };
}

async function apply(studentId: string, offer: Awaited<ReturnType<typeof publishedOffer>>, includeCv: boolean) {
  const period = offer.periods[0];
  if (!period) throw new Error("offer without period");
  await db().application.create({
    data: {
      studentId,
      offerId: offer.id,
      periodId: period.id,
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      motivation: "Je voudrais découvrir la maintenance en Allemagne.",
      motivationLanguage: "fr",
      includeCv,
    },
  });
}

describe("a student's page and CV", () => {
  it("shows the student their own page, with the CV as a safe download", async () => {
    const { noe } = await setting();
    const own = (await page(noe.id, noe.cookie, "fr")) as Page;
    expect(own).toMatchObject({
      isSelf: true,
      meta: { noindex: true },
      student: {
        school: "Lycée professionnel des métiers de l’industrie, Rouen",
        training: "Bac pro MSPC",
        trainingYear: 2,
        levelGerman: "B1",
        introFr: "J’aime réparer les machines.",
        places: [{ name: "Braunschweig", radiusKm: 50 }],
        endorsedOn: null,
        cvUrl: `/students/${noe.id}/cv`,
      },
    });
    expect(own.student.availability).toHaveLength(1);

    const file = (await cv(noe.id, noe.cookie)) as Response;
    expect(file.status).toBe(200);
    expect(file.headers.get("Content-Type")).toBe("application/pdf");
    expect(file.headers.get("Content-Disposition")).toBe(
      "attachment; filename=\"CV Noe.pdf\"; filename*=UTF-8''CV%20No%C3%A9.pdf",
    );
    expect(file.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(file.headers.get("Cache-Control")).toBe("private, no-store");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(tinyPdf());
  });

  it("keeps a company without any tie to the student out, as if the student did not exist", async () => {
    const { noe, company } = await setting();
    expect(status(await page(noe.id, company.cookie))).toBe(404);
    expect(status(await cv(noe.id, company.cookie))).toBe(404);
    expect(status(await page("00000000-0000-4000-8000-000000000000", company.cookie))).toBe(404);
    expect(status(await page("not-an-id", company.cookie))).toBe(404);
  });

  it("shows an applicant to the company, and the CV only when it was sent with the application", async () => {
    const { noe, company, offer } = await setting();
    await apply(noe.id, offer, false);
    const seen = (await page(noe.id, company.cookie)) as Page;
    expect(seen.student).toMatchObject({ name: "noe", cvUrl: null });
    expect(status(await cv(noe.id, company.cookie))).toBe(404);

    await db().application.updateMany({ where: { studentId: noe.id }, data: { status: "WITHDRAWN" } });
    await apply(noe.id, offer, true);
    expect(((await page(noe.id, company.cookie)) as Page).student.cvUrl).toBe(`/students/${noe.id}/cv`);
    const file = (await cv(noe.id, company.cookie)) as Response;
    expect(file.status).toBe(200);
    expect(file.headers.get("Content-Type")).toBe("application/pdf");
  });

  it("shows a discoverable student to verified companies only", async () => {
    const { noe, company } = await setting({ discoverable: true });
    expect(status(await page(noe.id, company.cookie))).toBe(200);
    expect(status(await cv(noe.id, company.cookie))).toBe(200);
    const pending = await companyWithOwner("Neu GmbH", "neu@neu.example", { status: "PENDING" });
    expect(status(await page(noe.id, pending.cookie))).toBe(404);
    expect(status(await cv(noe.id, pending.cookie))).toBe(404);
  });

  it("lets the school's coordinators in, not those of another school, nor other students", async () => {
    const { noe } = await setting({ discoverable: true });
    const ownTeacher = await coordinatorOf("lp-industrie-rouen", "prof@lycee-rouen.example");
    const otherTeacher = await coordinatorOf("bbs-1-hannover", "lehrer@bbs1.example");
    const classmate = await studentWithProfile("camille@example.fr");
    expect(status(await page(noe.id, ownTeacher.cookie))).toBe(200);
    expect(status(await cv(noe.id, ownTeacher.cookie))).toBe(200);
    for (const other of [otherTeacher, classmate]) {
      expect(status(await page(noe.id, other.cookie))).toBe(404);
      expect(status(await cv(noe.id, other.cookie))).toBe(404);
    }
  });

  it("keeps out a coordinator whom staff have not confirmed yet, or have revoked", async () => {
    const { noe } = await setting();
    const teacher = await coordinatorOf("lp-industrie-rouen", "prof@lycee-rouen.example");
    await db().coordinatorProfile.update({ where: { userId: teacher.id }, data: { verifiedAt: null } });
    expect(status(await page(noe.id, teacher.cookie))).toBe(404);
    expect(status(await cv(noe.id, teacher.cookie))).toBe(404);
  });

  it("lets staff in, and writes each look into the audit log", async () => {
    const { noe } = await setting();
    const staff = await staffMember();
    expect(status(await page(noe.id, staff.cookie))).toBe(200);
    expect(status(await cv(noe.id, staff.cookie))).toBe(200);
    const entries = await db().auditLogEntry.findMany({ where: { targetId: noe.id }, orderBy: { createdAt: "asc" } });
    expect(entries.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["staff.view-student", staff.id],
      ["staff.download-cv", staff.id],
    ]);
  });

  it("shows the endorsement badge with its date", async () => {
    const { noe } = await setting();
    await db().studentProfile.update({
      where: { userId: noe.id },
      data: { endorsedAt: new Date("2026-11-10T09:00:00Z") },
    });
    expect(((await page(noe.id, noe.cookie)) as Page).student.endorsedOn).toEqual({
      iso: "2026-11-10",
      text: "10. November 2026",
    });
  });

  it("sends visitors to log in and opens a deleted account to nobody", async () => {
    const { noe, company, offer } = await setting({ discoverable: true });
    await apply(noe.id, offer, true);
    const visitor = (await page(noe.id)) as Response;
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get("Location")).toBe(`/de/login?next=${encodeURIComponent(`/de/students/${noe.id}`)}`);

    await db().user.update({ where: { id: noe.id }, data: { deletedAt: new Date() } });
    const staff = await staffMember();
    for (const cookie of [company.cookie, staff.cookie]) {
      expect(status(await page(noe.id, cookie))).toBe(404);
      expect(status(await cv(noe.id, cookie))).toBe(404);
    }
  });
});

/**
 * The profile page through its real loader and action, with multipart requests and session
 * cookies as a browser sends them. The clock stands on 29 November 2026.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "~/utils/db.server";
import { companyWithOwner, routeArgs, thrownResponse } from "../../../test/support/company-fixtures";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { studentWithProfile } from "../../../test/support/student-fixtures";
import { tinyPng } from "../../../test/support/image-bytes";
import { MAX_CV_BYTES } from "./cv-file";
import { MAX_PROFILE_REQUEST_BYTES } from "./cv-upload.server";
import { studentProfileAction, studentProfileLoader } from "./student-profile-page.server";
import { knownHolidays, multipartForm, noFile, pdfFile } from "../../../test/support/student-test-data";

let holidays: Record<string, string>;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-11-29T10:00:00Z"));
  await resetAccountsAndQueue();
  holidays = await knownHolidays();
});

afterEach(() => {
  vi.useRealTimers();
});

const PATH = "/fr/student/profile";

/** The whole form as the browser posts it, with one empty row after each group. */
function form(changes: Record<string, string | string[] | File> = {}): Record<string, string | string[] | File> {
  return {
    schoolKey: "lp-industrie-rouen",
    training: "Bac pro MELEC",
    trainingYear: "3",
    birthDate: "2009-09-01",
    fields: ["electrical", "mechatronics"],
    levelGerman: "A2",
    levelFrench: "C2",
    "availability.0.startsOn": "2027-04-17",
    "availability.0.endsOn": "2027-05-02",
    "availability.1.startsOn": "",
    "availability.1.endsOn": "",
    "places.0.placeKey": "hannover",
    "places.0.radiusKm": "30",
    "places.1.placeKey": "wolfsburg",
    "places.1.radiusKm": "0",
    "places.2.placeKey": "",
    "places.2.radiusKm": "",
    introDe: "Ich mag Elektrotechnik.",
    introFr: "J’aime l’électricité.",
    discoverable: "on",
    cv: noFile(),
    ...changes,
  };
}

function stored(userId: string) {
  return db().studentProfile.findUniqueOrThrow({
    where: { userId },
    include: {
      school: { select: { key: true } },
      fields: { orderBy: { fieldKey: "asc" } },
      availability: { orderBy: { startsOn: "asc" } },
      places: { include: { place: { select: { key: true } } }, orderBy: { radiusKm: "asc" } },
    },
  });
}

const day = (date: Date) => date.toISOString().slice(0, 10);

describe("the student profile page", () => {
  it("shows the stored profile, the holidays of the student's side still ahead as presets, and no CV", async () => {
    const noe = await studentWithProfile("noe@example.fr");
    const page = await studentProfileLoader(routeArgs(PATH, noe.cookie));
    expect(page).toMatchObject({
      saved: false,
      waitsForGuardian: false,
      cv: null,
      values: {
        schoolKey: "lp-industrie-rouen",
        training: "Bac pro MSPC",
        trainingYear: "2",
        birthDate: "2009-09-01",
        fields: ["mechatronics"],
        levelGerman: "B1",
        levelFrench: "C2",
        accommodationNeeded: "on",
        "availability.0.startsOn": "2027-05-03",
        "availability.0.endsOn": "2027-06-25",
        "places.0.placeKey": "braunschweig",
        "places.0.radiusKm": "50",
      },
      meta: { title: "Mon profil", noindex: true },
    });
    expect(page.presets.map((preset) => preset.name)).toEqual(["Noël", "Été"]);
    expect(page.context).toMatchObject({ today: "2026-11-29", guardianConsent: true });
  });

  it("saves everything in one go, ticked holidays and CV included, and reads it back", async () => {
    const noe = await studentWithProfile("noe@example.fr");
    const answer = await thrownResponse(
      studentProfileAction(
        multipartForm(PATH, noe.cookie, form({ holidayPresets: [holidays["Noël"] ?? ""], cv: pdfFile() })),
      ),
    );
    expect(answer.status).toBe(302);
    expect(answer.headers.get("Location")).toBe("/fr/student/profile?saved=1");

    const after = await stored(noe.id);
    expect(after).toMatchObject({
      training: "Bac pro MELEC",
      trainingYear: 3,
      levelGerman: "A2",
      levelFrench: "C2",
      introDe: "Ich mag Elektrotechnik.",
      introFr: "J’aime l’électricité.",
      discoverable: true,
      accommodationNeeded: false,
      cvName: "Lebenslauf.pdf",
      country: "FR",
      school: { key: "lp-industrie-rouen" },
    });
    expect(after.cv?.subarray(0, 5)).toEqual(new Uint8Array(Buffer.from("%PDF-")));
    expect(after.fields.map((field) => field.fieldKey)).toEqual(["electrical", "mechatronics"]);
    expect(after.availability.map((window) => [day(window.startsOn), day(window.endsOn)])).toEqual([
      ["2026-12-19", "2027-01-03"],
      ["2027-04-17", "2027-05-02"],
    ]);
    expect(after.places.map((wish) => [wish.place.key, wish.radiusKm])).toEqual([
      ["wolfsburg", 0],
      ["hannover", 30],
    ]);

    const page = await studentProfileLoader(routeArgs(`${PATH}?saved=1`, noe.cookie));
    expect(page.saved).toBe(true);
    expect(page.cv).toMatchObject({ name: "Lebenslauf.pdf" });
    // A holiday that is now a window is not offered again.
    expect(page.presets.map((preset) => preset.name)).toEqual(["Été"]);
    // Places come back in alphabetical order (the table keeps no order of its own).
    expect(page.values).toMatchObject({ "availability.0.startsOn": "2026-12-19", "places.1.placeKey": "wolfsburg" });
  });

  it("keeps the CV when no file is sent, and removes it when asked", async () => {
    const noe = await studentWithProfile("noe@example.fr");
    await thrownResponse(studentProfileAction(multipartForm(PATH, noe.cookie, form({ cv: pdfFile("mon cv.pdf") }))));
    await thrownResponse(studentProfileAction(multipartForm(PATH, noe.cookie, form({ training: "Bac pro MSPC" }))));
    expect(await stored(noe.id)).toMatchObject({ training: "Bac pro MSPC", cvName: "mon cv.pdf" });
    await thrownResponse(studentProfileAction(multipartForm(PATH, noe.cookie, form({ removeCv: "on" }))));
    expect(await stored(noe.id)).toMatchObject({ cv: null, cvName: null, cvUpdatedAt: null });
  });

  it("changes nothing when the form is wrong, and names each problem under its field", async () => {
    const noe = await studentWithProfile("noe@example.fr");
    const before = await stored(noe.id);
    const wrong = form({
      training: "",
      fields: ["metal", "wood", "it", "media"],
      "availability.0.startsOn": "2027-05-02",
      "availability.0.endsOn": "2027-04-17",
      "places.1.placeKey": "hannover",
      "places.1.radiusKm": "500",
      cv: pdfFile(),
    });
    const answer = await studentProfileAction(multipartForm(PATH, noe.cookie, wrong));
    expect(answer).toMatchObject({
      data: {
        errors: {
          training: "profile:errors.trainingRequired",
          fields: "profile:errors.fieldsTooMany",
          "availability.0.endsOn": "profile:errors.endBeforeStart",
          "places.1.radiusKm": "profile:errors.radiusInvalid",
        },
        values: { introDe: "Ich mag Elektrotechnik.", "places.1.placeKey": "hannover" },
      },
      init: { status: 400 },
    });
    expect(await stored(noe.id)).toEqual(before);
  });

  it("refuses a file that is not a PDF whatever its name, and one over 5 MB", async () => {
    const noe = await studentWithProfile("noe@example.fr");
    const before = await stored(noe.id);
    const disguised = new File([tinyPng()], "cv.pdf", { type: "application/pdf" });
    expect(await studentProfileAction(multipartForm(PATH, noe.cookie, form({ cv: disguised })))).toMatchObject({
      data: { errors: { cv: "profile:errors.cvType" } },
      init: { status: 400 },
    });
    const large = new Uint8Array(MAX_CV_BYTES + 1);
    large.set(Buffer.from("%PDF-1.4\n"));
    const tooLarge = await studentProfileAction(
      multipartForm(PATH, noe.cookie, form({ cv: pdfFile("cv.pdf", large) })),
    );
    // Read through and dropped: what was typed comes back with the message.
    expect(tooLarge).toMatchObject({
      data: { errors: { cv: "profile:errors.cvTooLarge" }, values: { training: "Bac pro MELEC" } },
      init: { status: 400 },
    });
    // Larger than any profile: refused unread.
    const huge = multipartForm(PATH, noe.cookie, form());
    huge.request.headers.set("Content-Length", String(MAX_PROFILE_REQUEST_BYTES + 1));
    expect(await studentProfileAction(huge)).toMatchObject({
      data: { errors: { cv: "profile:errors.cvTooLarge" }, values: {} },
      init: { status: 400 },
    });
    expect(await stored(noe.id)).toEqual(before);
  });

  it("tells a minor whose guardian has not agreed yet why the profile waits, and saves nothing", async () => {
    const lea = await studentWithProfile("lea@example.fr", { birthDate: "2012-03-02", guardianConsentAt: null });
    const before = await stored(lea.id);
    const page = await studentProfileLoader(routeArgs(PATH, lea.cookie));
    expect(page.waitsForGuardian).toBe(true);
    const answer = await studentProfileAction(
      multipartForm(PATH, lea.cookie, form({ birthDate: "2008-03-02", cv: pdfFile() })),
    );
    expect(answer).toMatchObject({
      data: { errors: { form: "profile:errors.guardianConsentPending" } },
      init: { status: 403 },
    });
    expect(await stored(lea.id)).toEqual(before);
  });

  it("does not let a new birth date or school get around the guardian's consent", async () => {
    // 15 in France: no consent needed, so none was asked for; at a German school it would be.
    const tom = await studentWithProfile("tom@example.fr", { birthDate: "2011-05-03", guardianConsentAt: null });
    const before = await stored(tom.id);
    const german = await studentProfileAction(
      multipartForm(PATH, tom.cookie, form({ birthDate: "2011-05-03", schoolKey: "bbs-1-hannover" })),
    );
    expect(german).toMatchObject({ data: { errors: { schoolKey: "profile:errors.guardianConsentNeeded" } } });
    const younger = await studentProfileAction(multipartForm(PATH, tom.cookie, form({ birthDate: "2012-01-10" })));
    expect(younger).toMatchObject({ data: { errors: { birthDate: "profile:errors.guardianConsentNeeded" } } });
    expect(await stored(tom.id)).toEqual(before);
  });

  it("is for students only", async () => {
    const visitor = await thrownResponse(studentProfileLoader(routeArgs(PATH)));
    expect(visitor.headers.get("Location")).toBe(`/fr/login?next=${encodeURIComponent(PATH)}`);
    const company = await companyWithOwner("Weber Holzbau", "paul@weber.example");
    expect((await thrownResponse(studentProfileLoader(routeArgs(PATH, company.cookie)))).status).toBe(403);
    expect((await thrownResponse(studentProfileAction(multipartForm(PATH, company.cookie, form())))).status).toBe(403);
  });
});

import { describe, expect, it } from "vitest";
import { validateForm } from "~/utils/forms";
import { studentProfileSchema, type StudentProfileContext } from "./student-profile.schema";

const TODAY = "2026-11-29";

const context: StudentProfileContext = {
  schools: [
    { key: "lp-industrie-rouen", country: "FR" },
    { key: "bbs-1-hannover", country: "DE" },
  ],
  placeKeys: ["braunschweig", "wolfsburg", "rouen"],
  presets: [
    { id: "7", country: "FR", startsOn: "2027-04-17", endsOn: "2027-05-02" },
    { id: "8", country: "FR", startsOn: "2027-07-03", endsOn: "2027-08-31" },
  ],
  today: TODAY,
  guardianConsent: false,
  stored: { schoolKey: "lp-industrie-rouen", birthDate: "2009-09-01" },
};

/** A complete, valid form as the browser posts it; `changes` replace or remove (undefined) fields. */
function form(changes: Record<string, string | string[] | undefined> = {}) {
  const values: Record<string, string | string[] | undefined> = {
    schoolKey: "lp-industrie-rouen",
    training: "Bac pro MSPC",
    trainingYear: "2",
    birthDate: "2009-09-01",
    fields: ["mechatronics", "metal"],
    levelGerman: "B1",
    levelFrench: "none",
    "availability.0.startsOn": "2027-05-03",
    "availability.0.endsOn": "2027-06-25",
    "availability.1.startsOn": "",
    "availability.1.endsOn": "",
    "places.0.placeKey": "braunschweig",
    "places.0.radiusKm": "50",
    "places.1.placeKey": "",
    "places.1.radiusKm": "",
    accommodationNeeded: "on",
    introDe: "Ich repariere gern Maschinen.",
    introFr: "",
    ...changes,
  };
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

function check(changes: Record<string, string | string[] | undefined> = {}, ctx = context) {
  return validateForm(studentProfileSchema(ctx), form(changes));
}

function errorsOf(changes: Record<string, string | string[] | undefined>, ctx = context) {
  const result = check(changes, ctx);
  return result.ok ? {} : result.errors;
}

describe("studentProfileSchema", () => {
  it("accepts a complete profile; the country follows the school and empty rows are left out", () => {
    const result = check();
    expect(result).toEqual({
      ok: true,
      data: {
        schoolKey: "lp-industrie-rouen",
        country: "FR",
        training: "Bac pro MSPC",
        trainingYear: 2,
        birthDate: "2009-09-01",
        fields: ["mechatronics", "metal"],
        levelGerman: "B1",
        levelFrench: null,
        availability: [{ startsOn: "2027-05-03", endsOn: "2027-06-25" }],
        places: [{ placeKey: "braunschweig", radiusKm: 50 }],
        accommodationNeeded: true,
        introDe: "Ich repariere gern Maschinen.",
        introFr: null,
        discoverable: false,
        removeCv: false,
      },
    });
    const german = check({ schoolKey: "bbs-1-hannover" });
    expect(german.ok && german.data.country).toBe("DE");
  });

  it("needs a school from the list", () => {
    expect(errorsOf({ schoolKey: "" }).schoolKey).toBe("profile:errors.schoolRequired");
    expect(errorsOf({ schoolKey: "lycee-inconnu" }).schoolKey).toBe("profile:errors.schoolUnknown");
  });

  it("needs the training and a year from 1 to 4", () => {
    expect(errorsOf({ training: " " }).training).toBe("profile:errors.trainingRequired");
    expect(errorsOf({ training: "x".repeat(121) }).training).toBe("profile:errors.trainingTooLong");
    expect(errorsOf({ trainingYear: "0" }).trainingYear).toBe("profile:errors.trainingYearInvalid");
    expect(errorsOf({ trainingYear: "5" }).trainingYear).toBe("profile:errors.trainingYearInvalid");
    expect(errorsOf({ trainingYear: "zwei" }).trainingYear).toBe("profile:errors.trainingYearInvalid");
  });

  it("needs one to three known occupational fields", () => {
    expect(errorsOf({ fields: undefined }).fields).toBe("profile:errors.fieldsRequired");
    expect(errorsOf({ fields: ["metal", "wood", "it", "media"] }).fields).toBe("profile:errors.fieldsTooMany");
    expect(errorsOf({ fields: ["metal", "astronautics"] }).fields).toBe("profile:errors.fieldUnknown");
  });

  it("takes a CEFR level or none for each language", () => {
    const result = check({ levelGerman: "none", levelFrench: "C2" });
    expect(result.ok && [result.data.levelGerman, result.data.levelFrench]).toEqual([null, "C2"]);
    expect(errorsOf({ levelGerman: "B3" }).levelGerman).toBe("profile:errors.levelInvalid");
  });

  it("checks each availability window: real days, end after start, not over, within a year", () => {
    const at = (startsOn: string, endsOn: string) =>
      errorsOf({ "availability.0.startsOn": startsOn, "availability.0.endsOn": endsOn });
    expect(at("2027-02-30", "2027-03-10")["availability.0.startsOn"]).toBe("profile:errors.dateInvalid");
    expect(at("2027-03-01", "")["availability.0.endsOn"]).toBe("profile:errors.dateInvalid");
    expect(at("2027-03-10", "2027-03-01")["availability.0.endsOn"]).toBe("profile:errors.endBeforeStart");
    expect(at("2026-11-01", "2026-11-28")["availability.0.endsOn"]).toBe("profile:errors.availabilityPast");
    expect(at("2027-11-01", "2027-11-30")["availability.0.endsOn"]).toBe("profile:errors.availabilityTooFar");
    // A window that is already running may stay; one that ends on the last day of the year ahead too.
    expect(at("2026-11-02", "2026-11-29")).toEqual({});
    expect(at("2027-11-02", "2027-11-29")).toEqual({});
  });

  it("allows at most six windows, ticked holiday presets included", () => {
    const rows = Object.fromEntries(
      [1, 2, 3, 4, 5].flatMap((month) => [
        [`availability.${month}.startsOn`, `2027-0${month}-01`],
        [`availability.${month}.endsOn`, `2027-0${month}-10`],
      ]),
    );
    expect(check(rows).ok).toBe(true);
    expect(errorsOf({ ...rows, holidayPresets: "8" }).availability).toBe("profile:errors.availabilityTooMany");
  });

  it("adds ticked holiday presets as windows, once each, in calendar order", () => {
    // A half-filled row is not a window: it is pointed out, not dropped.
    expect(errorsOf({ "availability.1.startsOn": "2027-07-03" })["availability.1.endsOn"]).toBe(
      "profile:errors.dateInvalid",
    );
    const same = check({
      holidayPresets: ["8", "7"],
      "availability.1.startsOn": "2027-07-03",
      "availability.1.endsOn": "2027-08-31",
    });
    expect(same.ok && same.data.availability).toEqual([
      { startsOn: "2027-04-17", endsOn: "2027-05-02" },
      { startsOn: "2027-05-03", endsOn: "2027-06-25" },
      { startsOn: "2027-07-03", endsOn: "2027-08-31" },
    ]);
    expect(errorsOf({ holidayPresets: "99" }).holidayPresets).toBe("profile:errors.presetUnknown");
  });

  it("takes up to three different places from the list, each with a radius of 0 to 300 km", () => {
    const place = (index: number, placeKey: string, radiusKm: string) => ({
      [`places.${index}.placeKey`]: placeKey,
      [`places.${index}.radiusKm`]: radiusKm,
    });
    expect(errorsOf(place(0, "atlantis", "50"))["places.0.placeKey"]).toBe("profile:errors.placeUnknown");
    expect(errorsOf(place(0, "", "50"))["places.0.placeKey"]).toBe("profile:errors.placeRequired");
    expect(errorsOf(place(0, "rouen", "301"))["places.0.radiusKm"]).toBe("profile:errors.radiusInvalid");
    expect(errorsOf(place(0, "rouen", ""))["places.0.radiusKm"]).toBe("profile:errors.radiusInvalid");
    expect(errorsOf(place(0, "rouen", "-1"))["places.0.radiusKm"]).toBe("profile:errors.radiusInvalid");
    expect(check(place(0, "rouen", "0")).ok).toBe(true);
    expect(errorsOf(place(1, "braunschweig", "20"))["places.1.placeKey"]).toBe("profile:errors.placeDuplicate");
    const four = { ...place(1, "wolfsburg", "10"), ...place(2, "rouen", "10"), ...place(3, "rouen", "20") };
    expect(errorsOf(four).places).toBe("profile:errors.placesTooMany");
  });

  it("keeps introductions to 1000 characters each", () => {
    expect(errorsOf({ introFr: "é".repeat(1001) }).introFr).toBe("profile:errors.introTooLong");
    expect(check({ introDe: "ä".repeat(1000) }).ok).toBe(true);
  });

  it("needs a real birth date of someone aged 14 to 30", () => {
    expect(errorsOf({ birthDate: "01.09.2009" }).birthDate).toBe("profile:errors.birthDateInvalid");
    expect(errorsOf({ birthDate: "2012-11-30" }).birthDate).toBe("profile:errors.birthDateAge");
    expect(check({ birthDate: "1996-11-29" }).ok).toBe(true);
    expect(errorsOf({ birthDate: "1995-11-28" }).birthDate).toBe("profile:errors.birthDateAge");
  });

  it("refuses a birth date or a school that would need a guardian's consent nobody gave", () => {
    // 15 in France needs no consent; the same 15-year-old at a German school would (16 there).
    const fifteen = { ...context, stored: { schoolKey: "lp-industrie-rouen", birthDate: "2011-05-03" } };
    expect(check({ birthDate: "2011-05-03" }, fifteen).ok).toBe(true);
    expect(errorsOf({ birthDate: "2011-05-03", schoolKey: "bbs-1-hannover" }, fifteen).schoolKey).toBe(
      "profile:errors.guardianConsentNeeded",
    );
    expect(errorsOf({ birthDate: "2012-01-10" }).birthDate).toBe("profile:errors.guardianConsentNeeded");
    // Once a guardian has agreed, both are free to change.
    const agreed = { ...fifteen, guardianConsent: true };
    expect(check({ birthDate: "2012-01-10", schoolKey: "bbs-1-hannover" }, agreed).ok).toBe(true);
  });

  it("reads the checkboxes", () => {
    const result = check({ discoverable: "on", removeCv: "on", accommodationNeeded: undefined });
    expect(result.ok && [result.data.discoverable, result.data.removeCv, result.data.accommodationNeeded]).toEqual([
      true,
      true,
      false,
    ]);
  });
});

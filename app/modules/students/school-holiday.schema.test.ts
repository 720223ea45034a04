import { describe, expect, it } from "vitest";
import { validateForm } from "~/utils/forms";
import { holidayIdSchema, schoolHolidaySchema } from "./school-holiday.schema";

const valid = {
  nameDe: "Osterferien",
  nameFr: "Vacances de Pâques",
  nameEn: "Easter holidays",
  country: "DE",
  startsOn: "2027-03-22",
  endsOn: "2027-04-03",
};

const errorsOf = (changes: Record<string, string>) => {
  const result = validateForm(schoolHolidaySchema, { ...valid, ...changes });
  return result.ok ? {} : result.errors;
};

describe("schoolHolidaySchema", () => {
  it("accepts a holiday with three names, a side and its days", () => {
    expect(validateForm(schoolHolidaySchema, { ...valid, nameDe: "  Osterferien " })).toEqual({
      ok: true,
      data: { ...valid, country: "DE" },
    });
    expect(validateForm(schoolHolidaySchema, { ...valid, endsOn: "2027-03-22" }).ok).toBe(true);
  });

  it("needs every name, a side and real days in order, no longer than 100 days", () => {
    expect(errorsOf({ nameFr: " " }).nameFr).toBe("profile:holidays.errors.nameRequired");
    expect(errorsOf({ nameEn: "x".repeat(81) }).nameEn).toBe("profile:holidays.errors.nameTooLong");
    expect(errorsOf({ country: "BE" }).country).toBe("profile:holidays.errors.countryRequired");
    expect(errorsOf({ startsOn: "2027-02-29" }).startsOn).toBe("profile:holidays.errors.dateInvalid");
    expect(errorsOf({ endsOn: "3.4.2027" }).endsOn).toBe("profile:holidays.errors.dateInvalid");
    expect(errorsOf({ endsOn: "2027-03-21" }).endsOn).toBe("profile:holidays.errors.endBeforeStart");
    expect(errorsOf({ endsOn: "2027-06-30" }).endsOn).toBe("profile:holidays.errors.tooLong");
  });
});

describe("holidayIdSchema", () => {
  it("takes database ids only", () => {
    expect(holidayIdSchema.safeParse("12").success).toBe(true);
    expect(holidayIdSchema.safeParse("0").success).toBe(false);
    expect(holidayIdSchema.safeParse("1; DROP").success).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { addDays, ageOn, EmailRegistry, emailLocalPart, frenchAt, frenchOf, isoWeekday, slugify } from "./demo-text";

describe("demo text helpers", () => {
  it("makes ASCII slugs and addresses the way each country transliterates", () => {
    expect(slugify("Stage en menuiserie : fabrication de mobilier")).toBe(
      "stage-en-menuiserie-fabrication-de-mobilier",
    );
    expect(slugify("Praktikum Warenein- und -ausgang – Frühjahr 2027")).toBe(
      "praktikum-warenein-und-ausgang-fruehjahr-2027",
    );
    expect(slugify("Crèche Les P’tits Mousses")).toBe("creche-les-p-tits-mousses");
    expect(emailLocalPart("Léa", "Da Silva")).toBe("lea.da-silva");
    expect(emailLocalPart("Jörg", "Yılmaz")).toBe("joerg.yilmaz");
    expect(emailLocalPart("Hélène", "Lœuillet")).toBe("helene.loeuillet");
  });

  it("writes French prepositions before town names", () => {
    expect(frenchOf("Le Havre")).toBe("du Havre");
    expect(frenchOf("Évreux")).toBe("d’Évreux");
    expect(frenchOf("Alençon")).toBe("d’Alençon");
    expect(frenchOf("Hanovre")).toBe("de Hanovre");
    expect(frenchAt("Le Havre")).toBe("au Havre");
    expect(frenchAt("Caen")).toBe("à Caen");
  });

  it("counts calendar days in UTC across month, year and leap-day boundaries", () => {
    expect(addDays("2027-05-17", 7 * 6 - 3)).toBe("2027-06-25");
    expect(addDays("2027-12-31", 1)).toBe("2028-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(isoWeekday("2027-05-17")).toBe(1);
    expect(isoWeekday("2027-05-23")).toBe(7);
    expect(ageOn("2009-09-14", "2026-11-26")).toBe(17);
    expect(ageOn("2009-11-26", "2026-11-26")).toBe(17);
    expect(ageOn("2009-11-27", "2026-11-26")).toBe(16);
  });

  it("hands out each address once", () => {
    const registry = new EmailRegistry();
    expect(registry.claim("lena.meyer", "mail.example")).toBe("lena.meyer@mail.example");
    expect(registry.claim("Lena.Meyer", "mail.example")).toBe("lena.meyer2@mail.example");
    expect(() => registry.reserve("lena.meyer@mail.example")).toThrow(/twice/);
  });
});

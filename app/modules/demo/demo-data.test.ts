import { describe, expect, it } from "vitest";
import { CEFR_LEVELS, meetsLevel } from "~/modules/reference/cefr";
import { FIELD_KEYS } from "~/modules/reference/occupational-fields";
import { PLACES } from "~/modules/reference/places";
import { SCHOOLS } from "~/modules/reference/schools";
import { COMPANY_CATALOGUE } from "./company-catalogue";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { allDemoUsers, generateAtBaseDate, type DemoOffer } from "./demo-data";
import { slugify } from "./demo-text";

const data = generateAtBaseDate();
const companyBySlug = new Map(data.companies.map((company) => [company.slug, company]));
const placeByKey = new Map(PLACES.map((place) => [place.key, place]));
const schoolByKey = new Map(SCHOOLS.map((school) => [school.key, school]));
const users = allDemoUsers(data);

const DAY = 86_400_000;
const time = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`);
/** Age on a day, computed independently of the generator's helpers. */
function age(birthDate: string, onDay: string): number {
  const birth = new Date(`${birthDate}T00:00:00Z`);
  const today = new Date(`${onDay}T00:00:00Z`);
  const hadBirthday =
    today.getUTCMonth() > birth.getUTCMonth() ||
    (today.getUTCMonth() === birth.getUTCMonth() && today.getUTCDate() >= birth.getUTCDate());
  return today.getUTCFullYear() - birth.getUTCFullYear() - (hadBirthday ? 0 : 1);
}
function company(offer: DemoOffer) {
  const found = companyBySlug.get(offer.companySlug);
  if (!found) throw new Error(`offer of unknown company ${offer.companySlug}`);
  return found;
}

describe("the demo data as written (for 26 November 2026; demo-shift.test.ts moves it)", () => {
  it("gives the same data for the same seed and other data for another seed", () => {
    expect(generateAtBaseDate(20260122)).toEqual(data);
    const other = generateAtBaseDate(7);
    expect(other.offers.map((offer) => offer.titleDe)).not.toEqual(data.offers.map((offer) => offer.titleDe));
    expect(other.students.map((student) => student.user.email)).not.toEqual(
      data.students.map((student) => student.user.email),
    );
  });

  it("keeps its rules for other seeds too", () => {
    for (const seed of [1, 42, 20270522]) {
      const other = generateAtBaseDate(seed);
      expect(other.offers).toHaveLength(200);
      const emails = allDemoUsers(other).map((user) => user.email);
      expect(new Set(emails).size).toBe(emails.length);
      for (const offer of other.offers) {
        if (offer.minorsWelcome) {
          expect(offer.hoursPerDay).toBeLessThanOrEqual(8);
          expect(offer.hoursPerWeek).toBeLessThanOrEqual(35);
          expect(offer.workDays.every((day) => day <= 5)).toBe(true);
        }
        expect(offer.periods.length).toBeGreaterThanOrEqual(1);
        const owner = other.companies.find((c) => c.slug === offer.companySlug);
        if (offer.status === "PUBLISHED") expect(owner?.status).toBe("VERIFIED");
      }
      for (const account of DEMO_ACCOUNTS) expect(emails).toContain(account.email);
    }
  });

  it("has about 40 companies, half in each country, mostly verified, some pending and one rejected with a reason", () => {
    expect(data.companies.length).toBeGreaterThanOrEqual(36);
    expect(data.companies.length).toBeLessThanOrEqual(44);
    const german = data.companies.filter((c) => c.country === "DE").length;
    expect(Math.abs(german - (data.companies.length - german))).toBeLessThanOrEqual(4);
    expect(data.companies.filter((c) => c.status === "PENDING").length).toBeGreaterThanOrEqual(2);
    expect(data.companies.filter((c) => c.status === "PENDING").length).toBeLessThanOrEqual(3);
    const rejected = data.companies.filter((c) => c.status === "REJECTED");
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.rejectionReason?.length).toBeGreaterThan(20);
    expect(data.companies.filter((c) => c.status !== "REJECTED").every((c) => c.rejectionReason === null)).toBe(true);
    expect(new Set(data.companies.map((c) => c.slug)).size).toBe(data.companies.length);
  });

  it("places companies in towns of their own country with a real-looking address and example domains", () => {
    for (const c of data.companies) {
      const place = placeByKey.get(c.placeKey);
      expect(place?.country, c.name).toBe(c.country);
      expect(c.address, c.name).toMatch(c.country === "DE" ? /^\D+ \d+, \d{5} .+$/ : /^\d+ .+, \d{5} .+$/);
      expect(c.contactEmail, c.name).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+\.example$/);
      if (c.website) expect(c.website).toMatch(/^https:\/\/www\.[a-z0-9-]+\.example$/);
      expect(c.descriptionDe ?? c.descriptionFr, c.name).toBeTruthy();
      expect(
        c.members.filter((member) => member.isOwner),
        c.name,
      ).toHaveLength(1);
    }
    expect(data.companies.some((c) => c.descriptionDe && !c.descriptionFr)).toBe(true);
    expect(data.companies.some((c) => c.descriptionFr && !c.descriptionDe)).toBe(true);
  });

  it("has exactly 200 offers; only verified companies publish, the others have drafts or submitted offers", () => {
    expect(data.offers).toHaveLength(200);
    for (const offer of data.offers) {
      const owner = company(offer);
      if (offer.status === "PUBLISHED") expect(owner.status, offer.slug).toBe("VERIFIED");
      if (owner.status !== "VERIFIED") expect(["DRAFT", "SUBMITTED"]).toContain(offer.status);
      expect(offer.publishedAt !== null).toBe(offer.status === "PUBLISHED");
    }
    expect(data.offers.filter((o) => o.status === "PUBLISHED").length).toBeGreaterThan(150);
    for (const c of data.companies)
      expect(
        data.offers.some((o) => o.companySlug === c.slug),
        c.name,
      ).toBe(true);
  });

  it("tags offers with known fields that belong to the company's sector, at the company's place", () => {
    for (const offer of data.offers) {
      const owner = company(offer);
      const blueprint = COMPANY_CATALOGUE.find((entry) => entry.name === owner.name);
      const sector = new Set([...Object.keys(blueprint?.offers ?? {}), ...(blueprint?.relatedFields ?? [])]);
      expect(offer.fieldKeys.length).toBeGreaterThanOrEqual(1);
      expect(offer.fieldKeys.length).toBeLessThanOrEqual(3);
      expect(new Set(offer.fieldKeys).size).toBe(offer.fieldKeys.length);
      for (const field of offer.fieldKeys) {
        expect(FIELD_KEYS).toContain(field);
        expect(sector.has(field), `${owner.name}: ${field}`).toBe(true);
      }
      expect(placeByKey.has(offer.placeKey)).toBe(true);
      expect(offer.placeKey).toBe(owner.placeKey);
    }
  });

  it("keeps offers open to minors within the stricter working-time rules and sets the minimum age", () => {
    const minors = data.offers.filter((o) => o.minorsWelcome);
    expect(minors.length).toBeGreaterThan(40);
    for (const offer of minors) {
      expect(offer.minAge).toBe(16);
      expect(offer.hoursPerDay).toBeLessThanOrEqual(8);
      expect(offer.hoursPerWeek).toBeLessThanOrEqual(35);
      expect(offer.workDays.length).toBeLessThanOrEqual(5);
      expect(
        offer.workDays.some((day) => day >= 6),
        offer.slug,
      ).toBe(false);
    }
    for (const offer of data.offers.filter((o) => !o.minorsWelcome)) expect(offer.minAge).toBe(18);
    // Adults do work weekends in hotels and care homes.
    expect(data.offers.some((o) => !o.minorsWelcome && o.workDays.includes(7))).toBe(true);
    for (const offer of data.offers) {
      expect(offer.workDays).toEqual([...new Set(offer.workDays)].sort());
      expect(offer.workDays.every((day) => day >= 1 && day <= 7)).toBe(true);
      expect(offer.hoursPerWeek).toBeLessThanOrEqual(offer.hoursPerDay * offer.workDays.length + 1e-9);
      expect(offer.hoursPerWeek).toBeLessThanOrEqual(40);
    }
  });

  it("writes every offer in German, French or both, with a matching description and an ASCII slug", () => {
    for (const offer of data.offers) {
      expect(offer.titleDe ?? offer.titleFr).toBeTruthy();
      expect(offer.descriptionDe !== null).toBe(offer.titleDe !== null);
      expect(offer.descriptionFr !== null).toBe(offer.titleFr !== null);
      expect(offer.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const ownTitle =
        company(offer).country === "DE" ? (offer.titleDe ?? offer.titleFr) : (offer.titleFr ?? offer.titleDe);
      expect(offer.slug).toBe(slugify(ownTitle ?? ""));
      expect(CEFR_LEVELS).toContain(offer.languageLevel);
    }
    expect(data.offers.filter((o) => o.titleDe && !o.titleFr).length).toBeGreaterThan(5);
    expect(data.offers.filter((o) => o.titleFr && !o.titleDe).length).toBeGreaterThan(5);
    expect(data.offers.filter((o) => o.titleDe && o.titleFr).length).toBeGreaterThan(140);
    // One company does not publish the same title twice.
    const titles = data.offers.map((o) => `${o.companySlug}|${o.titleDe ?? ""}|${o.titleFr ?? ""}`);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it("plans periods after the reference date that fit the offer's length, mostly in spring 2027", () => {
    let inSpringWindow = 0;
    for (const offer of data.offers) {
      expect(offer.minWeeks).toBeGreaterThanOrEqual(2);
      expect(offer.maxWeeks).toBeGreaterThanOrEqual(offer.minWeeks);
      expect(offer.periods.length).toBeGreaterThanOrEqual(1);
      expect(offer.periods.length).toBeLessThanOrEqual(3);
      offer.periods.forEach((period, index) => {
        const start = time(period.startsOn);
        const end = time(period.endsOn);
        expect(end).toBeGreaterThan(start);
        expect(start).toBeGreaterThan(time(data.referenceDate));
        expect(new Date(start).getUTCDay(), period.startsOn).toBe(1);
        const weeks = Math.ceil(((end - start) / DAY + 1) / 7);
        expect(weeks, offer.slug).toBeGreaterThanOrEqual(offer.minWeeks);
        expect(weeks, offer.slug).toBeLessThanOrEqual(offer.maxWeeks);
        expect(period.places).toBeGreaterThanOrEqual(1);
        expect(period.places).toBeLessThanOrEqual(4);
        const previous = offer.periods[index - 1];
        if (previous) expect(start).toBeGreaterThan(time(previous.endsOn));
      });
      if (offer.periods.some((p) => p.startsOn >= "2027-05-10" && p.startsOn <= "2027-06-07")) inSpringWindow++;
      if (offer.applicationDeadline) {
        expect(time(offer.applicationDeadline)).toBeGreaterThan(time(data.referenceDate));
        expect(time(offer.applicationDeadline)).toBeLessThan(time(offer.periods[0]?.startsOn ?? ""));
      }
      if (offer.publishedAt) {
        expect(Date.parse(offer.publishedAt)).toBeLessThan(time(data.referenceDate));
        expect(Date.parse(offer.createdAt)).toBeLessThanOrEqual(Date.parse(offer.publishedAt));
      }
      expect(Date.parse(offer.createdAt)).toBeGreaterThan(Date.parse(company(offer).createdAt));
    }
    expect(inSpringWindow).toBeGreaterThan(data.offers.length / 2);
    const periods = data.offers.flatMap((o) => o.periods);
    expect(periods.filter((p) => p.startsOn.startsWith("2027")).length).toBeGreaterThan(periods.length * 0.8);
  });

  it("gives every user a unique lowercase address on an example domain and the locale of their country", () => {
    const emails = users.map((user) => user.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails) expect(email).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+\.example$/);
    for (const student of data.students) expect(student.user.locale).toBe(student.country === "DE" ? "de" : "fr");
    for (const c of data.companies)
      for (const member of c.members) {
        expect(users.find((user) => user.email === member.email)?.locale).toBe(c.country === "DE" ? "de" : "fr");
      }
  });

  it("has about 30 pupils of both countries, aged 15 to 22, at schools of their own country", () => {
    expect(data.students.length).toBeGreaterThanOrEqual(26);
    expect(data.students.length).toBeLessThanOrEqual(34);
    expect(data.students.filter((s) => s.country === "DE").length).toBeGreaterThanOrEqual(12);
    expect(data.students.filter((s) => s.country === "FR").length).toBeGreaterThanOrEqual(12);
    for (const student of data.students) {
      const years = age(student.birthDate, data.referenceDate);
      expect(years, student.user.displayName).toBeGreaterThanOrEqual(15);
      expect(years, student.user.displayName).toBeLessThanOrEqual(22);
      expect(schoolByKey.get(student.schoolKey)?.country).toBe(student.country);
      expect(student.fieldKeys.length).toBeGreaterThanOrEqual(1);
      for (const field of student.fieldKeys) expect(FIELD_KEYS).toContain(field);
      expect(student.country === "DE" ? student.introFr : student.introDe).toBeNull();
      expect(student.trainingYear).toBeGreaterThanOrEqual(1);
      expect(student.trainingYear).toBeLessThanOrEqual(3);
    }
    expect(data.students.some((s) => s.discoverable)).toBe(true);
    expect(data.students.some((s) => !s.discoverable)).toBe(true);
    expect(new Set(data.students.map((s) => age(s.birthDate, data.referenceDate) < 18)).size).toBe(2);
  });

  it("gives every pupil a window of at least three weeks after the reference date and a town abroad", () => {
    const placeCountry = new Map(PLACES.map((place) => [place.key, place.country]));
    for (const student of data.students) {
      expect(student.availability.length, student.user.email).toBeGreaterThan(0);
      for (const window of student.availability) {
        expect(window.startsOn > data.referenceDate).toBe(true);
        const days = (Date.parse(window.endsOn) - Date.parse(window.startsOn)) / 86_400_000;
        expect(days, student.user.email).toBeGreaterThanOrEqual(20);
      }
      for (const wish of student.places) expect(placeCountry.get(wish.placeKey)).not.toBe(student.country);
    }
  });

  it("has a coordinator at about every other school and one staff account", () => {
    const schools = data.coordinators.map((c) => c.schoolKey);
    expect(new Set(schools).size).toBe(schools.length);
    expect(schools.length).toBeGreaterThanOrEqual(Math.floor(SCHOOLS.length / 2) - 1);
    expect(schools.length).toBeLessThanOrEqual(Math.ceil(SCHOOLS.length / 2) + 1);
    for (const key of schools) expect(schoolByKey.has(key)).toBe(true);
    expect(data.staff.map((user) => user.role)).toEqual(["STAFF"]);
  });

  it("contains every documented demo account with its role, name and locale", () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = users.find((candidate) => candidate.email === account.email);
      expect(user, account.email).toMatchObject({
        role: account.role,
        displayName: account.displayName,
        locale: account.locale,
      });
    }
  });

  it("shapes the demo personas as documented", () => {
    const lea = data.students.find((s) => s.user.email === "eleve.demo@antenne.example");
    expect(lea && age(lea.birthDate, "2026-11-26")).toBe(17);
    expect(lea && schoolByKey.get(lea.schoolKey)).toMatchObject({ kind: "LYCEE_PRO", country: "FR" });
    expect(lea?.fieldKeys).toContain("mechatronics");
    const jonas = data.students.find((s) => s.user.email === "schueler.demo@antenne.example");
    expect(jonas && age(jonas.birthDate, "2026-11-26")).toBe(18);
    expect(jonas && schoolByKey.get(jonas.schoolKey)).toMatchObject({ kind: "BBS", placeKey: "braunschweig" });
    const owned = (email: string) => data.companies.find((c) => c.members.some((m) => m.email === email && m.isOwner));
    expect(owned("firma.demo@antenne.example")).toMatchObject({ country: "DE", status: "VERIFIED" });
    expect(owned("entreprise.demo@antenne.example")).toMatchObject({ country: "FR", status: "VERIFIED" });
    const coordinator = data.coordinators.find((c) => c.user.email === "lehrkraft.demo@antenne.example");
    expect(coordinator && schoolByKey.get(coordinator.schoolKey)?.kind).toBe("BBS");
    const prof = data.coordinators.find((c) => c.user.email === "prof.demo@antenne.example");
    expect(prof?.schoolKey).toBe(lea?.schoolKey);
    // The demo company shows its offers in several states.
    const statuses = new Set(
      data.offers.filter((o) => o.companySlug === owned("firma.demo@antenne.example")?.slug).map((o) => o.status),
    );
    expect([...statuses]).toEqual(expect.arrayContaining(["PUBLISHED", "DRAFT", "SUBMITTED"]));
  });

  it("gives both demo pupils published offers abroad that fit their field, level, age and the spring window", () => {
    for (const email of ["eleve.demo@antenne.example", "schueler.demo@antenne.example"]) {
      const student = data.students.find((s) => s.user.email === email);
      if (!student) throw new Error(`missing ${email}`);
      const minorInSpring = age(student.birthDate, "2027-05-17") < 18;
      const matches = data.offers.filter((offer) => {
        const host = company(offer).country;
        const level = host === "DE" ? student.levelGerman : student.levelFrench;
        return (
          offer.status === "PUBLISHED" &&
          host !== student.country &&
          offer.fieldKeys.some((field) => student.fieldKeys.includes(field)) &&
          meetsLevel(level, offer.languageLevel) &&
          (!minorInSpring || offer.minorsWelcome) &&
          offer.periods.some((p) => p.startsOn >= "2027-05-03" && p.endsOn <= "2027-07-09")
        );
      });
      expect(matches.length, email).toBeGreaterThanOrEqual(2);
    }
  });
});

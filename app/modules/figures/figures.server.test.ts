import { beforeAll, describe, expect, it } from "vitest";
import { ensureProgrammes } from "~/modules/programmes/programmes.server";
import { translatorFor } from "~/modules/i18n/i18n.server";
import { db } from "~/utils/db.server";
import { cookieOf, routeArgs, thrownResponse } from "../../../test/support/company-fixtures";
import { FIGURES_2025_26 as KNOWN, FIGURES_TODAY, seedFiguresYear } from "../../../test/support/figures-year";
import { tableCsv } from "./figure-csv";
import { chartSvg } from "./figure-charts.server";
import { figureTables, type FigureTable } from "./figure-tables";
import { periodOf } from "./figure-year";
import { figuresCsvLoader, figuresLoader } from "./figures-page.server";
import { yearFigures, type YearFigures } from "./figures.server";

let current: YearFigures;
let previous: YearFigures;
let staffCookie: string;
let studentCookie: string;

beforeAll(async () => {
  await ensureProgrammes(db());
  const seeded = await seedFiguresYear();
  staffCookie = await cookieOf(seeded.staff.id);
  studentCookie = seeded.german[0]!.cookie;
  current = await yearFigures(periodOf({ kind: "school", start: 2025 }), FIGURES_TODAY);
  previous = await yearFigures(periodOf({ kind: "school", start: 2024 }), FIGURES_TODAY);
});

function tables(language: "de" | "fr" | "en" = "en"): FigureTable[] {
  const t = translatorFor(language);
  return figureTables({
    language,
    t: (key, options) => t(key, options) as string,
    current,
    previous,
    currentLabel: "2025/26",
    previousLabel: "2024/25",
  });
}

const table = (id: string, language?: "de" | "fr" | "en") => tables(language).find((entry) => entry.id === id)!;
const texts = (found: FigureTable, key: string) =>
  found.rows.find((row) => row.key === key)?.cells.map((cell) => cell.text);

describe("the figures of a seeded school year", () => {
  it("counts placements by direction, completed ones as of today, and their median length", () => {
    expect(current.placements.total).toBe(KNOWN.placements);
    expect(current.placements.byDirection).toEqual([
      { direction: "toGermany", ...KNOWN.toGermany },
      { direction: "toFrance", ...KNOWN.toFrance },
    ]);
    expect(current.placements.medianWeeks).toBe(4);
    expect(previous.placements.byDirection).toEqual([
      { direction: "toGermany", accepted: 0, completed: 0 },
      { direction: "toFrance", accepted: 5, completed: 5 },
    ]);
  });

  it("counts an erased pupil's placement through the anonymized record", async () => {
    expect(await db().user.count({ where: { deletedAt: { not: null } } })).toBe(1);
    expect(current.placements.bySchool.find((school) => school.name.includes("Rouen"))?.count).toBe(7);
  });

  it("breaks placements down by field, school type, host town and month of start", () => {
    const fields = Object.fromEntries(
      current.placements.byField.filter((f) => f.count > 0).map((f) => [f.key, f.count]),
    );
    expect(fields).toEqual({ mechatronics: 7, hospitality: 3 });
    expect(current.placements.bySchoolKind).toEqual([
      { kind: "BBS", count: 3 },
      { kind: "LYCEE_PRO", count: 7 },
      { kind: "CFA", count: 0 },
    ]);
    expect(current.placements.byTown.map((town) => [town.nameDe, town.count])).toEqual([
      ["Braunschweig", 7],
      ["Rouen", 3],
    ]);
    expect(current.placements.byMonth).toHaveLength(12);
    expect(current.placements.byMonth.filter((month) => month.count > 0)).toEqual([
      { month: "2026-05-01", count: 7 },
      { month: "2026-06-01", count: 3 },
    ]);
  });

  it("follows applications from offer to answer", () => {
    expect(current.funnel).toMatchObject({
      publishedOffers: KNOWN.publishedOffers,
      applications: KNOWN.applications,
      answeredWithin7Days: KNOWN.answeredWithin7Days,
      accepted: KNOWN.accepted,
      expiredUnanswered: KNOWN.expired,
      medianDaysToFirstAnswer: KNOWN.medianDaysToFirstAnswer,
      offersThatFoundNobody: KNOWN.offersThatFoundNobody,
      studentsWithNothing: KNOWN.studentsWithNothing,
    });
    expect(previous.funnel).toMatchObject({ publishedOffers: 1, applications: 5, accepted: 5 });
  });

  it("counts active and new companies, schools with a placement and confirmed coordinators", () => {
    expect(current.companies.active).toEqual(
      expect.arrayContaining([
        { country: "DE", size: "SMALL", count: 1 },
        { country: "FR", size: "MICRO", count: 1 },
      ]),
    );
    expect(current.companies.active).toHaveLength(2);
    expect(current.companies.newCompanies).toBe(1);
    expect(current.companies.schoolsWithPlacement).toBe(2);
    expect(current.companies.activeCoordinators).toBe(1);
    expect(previous.companies.active).toEqual([{ country: "FR", size: "MICRO", count: 1 }]);
  });

  it("counts published events by category and organiser, and the 22 January's", () => {
    const categories = Object.fromEntries(current.events.byCategory.map((c) => [c.key, c.events]));
    expect(categories).toMatchObject({ film: 2, talk: 1 });
    expect(current.events.byOrganiser.map((o) => [o.name, o.events])).toEqual([
      ["Institut français Hannover", 2],
      ["Städtepartnerschaft Hannover–Rouen", 1],
    ]);
    expect(current.events.januaryTwentySecond).toHaveLength(1);
    expect(current.events.januaryTwentySecond[0]?.town?.nameDe).toBe("Hannover");
  });

  it("counts confirmed registrations, their people and check-ins, erased registrants included", () => {
    expect(current.events.registrations.all).toEqual({
      registrations: 10,
      people: 23,
      pupilsInClasses: 12,
      checkIns: 16,
    });
    expect(current.events.registrations.januaryTwentySecond).toEqual({
      registrations: 4,
      people: 17,
      pupilsInClasses: 12,
      checkIns: 16,
    });
    expect(previous.events.registrations.all.registrations).toBe(0);
  });

  it("follows newsletter subscribers by language month by month, and bounces per edition", () => {
    const month = (key: string) => current.newsletter.months.find((entry) => entry.month === key);
    expect(month("2025-08-01")).toMatchObject({ de: 1, fr: 0, both: 0, confirmations: 1, unsubscribes: 0 });
    expect(month("2025-10-01")).toMatchObject({ de: 1, fr: 1, both: 0 });
    expect(month("2025-11-01")).toMatchObject({ de: 1, fr: 0, unsubscribes: 1 });
    expect(current.newsletter.editions).toEqual([{ month: "2025-10", sent: 1, bounced: 1 }]);
  });

  it("counts accepted placements for which a programme was eligible", () => {
    expect(current.programmes.placements).toBe(KNOWN.placements);
    expect(current.programmes.withEligible).toBeGreaterThan(0);
    expect(current.programmes.withEligible).toBeLessThanOrEqual(KNOWN.placements);
    for (const entry of current.programmes.byProgramme)
      expect(entry.count).toBeLessThanOrEqual(current.programmes.withEligible);
  });
});

describe("the small-number rule", () => {
  it("hides 3 placements to France and, since the total is shown, the 7 to Germany as well", () => {
    const placements = table("placements");
    expect(texts(placements, "accepted.toFrance")).toEqual(["< 5", "5"]);
    expect(texts(placements, "accepted.toGermany")).toEqual(["< 5", "0"]);
    expect(texts(placements, "accepted.total")).toEqual(["10", "5"]);
  });

  it("hides small counts of people but not of offers", () => {
    const funnel = table("funnel");
    expect(texts(funnel, "studentsWithNothing")?.[0]).toBe("< 5");
    expect(texts(funnel, "expiredUnanswered")?.[0]).toBe("< 5");
    expect(texts(funnel, "offersThatFoundNobody")?.[0]).toBe("1");
    expect(texts(funnel, "applications")?.[0]).toBe("14");
  });

  it("writes numbers in the reader's format and labels in the reader's language", () => {
    const funnel = table("funnel", "de");
    expect(funnel.rows.find((row) => row.key === "applications")?.label).toBe("Gesendete Bewerbungen");
    expect(table("placements", "fr").rows.find((row) => row.key === "medianWeeks")?.label).toBe(
      "Durée médiane (semaines)",
    );
  });

  it('shows hidden counts as "< 5" in the CSV file, after a byte-order mark and localized headers', () => {
    const csv = tableCsv(table("placements", "de"), "de");
    expect(csv.startsWith("\uFEFFKennzahl;2025/26;2024/25\r\n")).toBe(true);
    expect(csv).toContain("Zugesagt, nach Frankreich;< 5;5\r\n");
    expect(csv).not.toMatch(/;3;/);
  });

  it("labels a chart with the table's texts and draws no bar for a hidden count", () => {
    const placements = table("placements");
    const svg = chartSvg(placements, { title: "Placements (2025/26)", description: "Bar chart.", locale: "en-GB" })!;
    expect(svg).toMatch(/^<svg[^>]*\brole="img"/);
    expect(svg).toMatch(/^<svg[^>]*\baria-labelledby="chart-placements-title chart-placements-desc"/);
    expect(svg).toContain('<title id="chart-placements-title">Placements (2025/26)</title>');
    expect(svg).toContain("&lt; 5");
    // Both bars are hidden: no bar has a length, and no label says 7 or 3.
    expect(svg.match(/<rect [^>]*width="0"/g)).toHaveLength(2);
    expect(svg).not.toMatch(/<rect [^>]*width="(?!0")/);
    expect(svg).not.toMatch(/y="0.32em">[37]</);
  });

  it("escapes names in charts", () => {
    const fields = table("fields");
    const svg = chartSvg(
      { ...fields, rows: [{ key: "x", label: "<script>alert(1)</script>", cells: [{ text: "9", value: 9 }] }] },
      { title: "t", description: "d", locale: "en-GB" },
    )!;
    expect(svg).not.toContain("<script>");
  });
});

describe("the figures page and its CSV files", () => {
  it("is for staff only", async () => {
    const page = await thrownResponse(figuresLoader(routeArgs("/en/staff/figures?year=2025-26", studentCookie)));
    expect(page.status).toBe(403);
    const csv = await thrownResponse(
      figuresCsvLoader(routeArgs("/en/staff/figures.csv?table=fields&year=2025-26", studentCookie)),
    );
    expect(csv.status).toBe(403);
  });

  it("shows the chosen year beside the one before, each chart with its table and CSV link", async () => {
    const data = await figuresLoader(routeArgs("/fr/staff/figures?year=2025-26", staffCookie));
    expect(data.year.label).toBe("2025/26");
    expect(data.previous).toEqual({ param: "2024-25", label: "2024/25" });
    const fields = data.tables.find((entry) => entry.id === "fields")!;
    expect(fields.csv).toBe("/fr/staff/figures.csv?table=fields&year=2025-26");
    expect(fields.svg).toContain("Hôtellerie-restauration");
    expect(data.points.map((point) => point.href)).toHaveLength(2);
  });

  it("says so and shows the current school year when the year asked for does not exist", async () => {
    const data = await figuresLoader(routeArgs("/en/staff/figures?year=1850", staffCookie));
    expect(data.refused).toBe("1850");
  });

  it("exports a table as CSV in the reader's language, and answers 404 for a table that does not exist", async () => {
    const response = await figuresCsvLoader(routeArgs("/fr/staff/figures.csv?table=fields&year=2025-26", staffCookie));
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toContain("antenne-fields-2025-26.csv");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split("\r\n")[0]).toBe("Indicateur;2025/26;2024/25");
    expect(text).toContain("Hôtellerie-restauration;< 5;0");
    const missing = await thrownResponse(
      figuresCsvLoader(routeArgs("/fr/staff/figures.csv?table=salaries&year=2025-26", staffCookie)),
    );
    expect(missing.status).toBe(404);
  });
});

import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/**
 * Issue 20 end to end: a visitor finds the programmes from the home page in one click and
 * filters them; the demo student with an accepted four-week placement in Caen sees the programmes
 * that fund it, with reasons and the next deadline; staff change a grant and the public page shows
 * the new figure and its date. Every visited page is checked with axe (fixtures.ts).
 */
const DEMO_PASSWORD = "antenne-demo-2026";

async function logIn(page: Page, email: string, next: string) {
  await page.goto(`/de/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

test("a visitor finds the programmes from the home page and filters them: apprentice, to France", async ({ page }) => {
  await page.goto("/de");
  await page
    .getByRole("navigation", { name: "Hauptnavigation" })
    .getByRole("link", { name: "Förderprogramme" })
    .click();
  await expect(page).toHaveURL(/\/de\/programmes$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Austausch- und Förderprogramme");

  await page.getByLabel("Wer ich bin").selectOption({ label: "Auszubildende" });
  await page.getByLabel("Richtung").selectOption({ label: "Von Deutschland nach Frankreich" });
  await page.getByRole("button", { name: "Programme zeigen" }).click();
  await expect(page).toHaveURL(/who=apprentice/);
  await expect(page).toHaveURL(/direction=toFrance/);
  const list = page.locator(".programme-cards");
  await expect(list.getByRole("link", { name: "ProTandem" })).toBeVisible();
  await expect(list.getByRole("link", { name: "DFJW-Praktikum in Frankreich" })).toBeVisible();
  await expect(list.getByRole("link", { name: /Stage OFAJ en Allemagne|in Deutschland/ })).toHaveCount(0);

  await list.getByRole("link", { name: "ProTandem" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ProTandem");
  await expect(page.getByText("mindestens 8 Lernende")).toBeVisible();
  await page.goBack();

  await list.getByRole("link", { name: "DFJW-Praktikum in Frankreich" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("DFJW-Praktikum in Frankreich");
  await expect(page.locator(".programme-grant")).toHaveText(/300\s€ je vier Wochen, höchstens 900\s€/);
  await expect(page.locator(".programme-as-of")).toHaveText("1. Januar 2025");
  await expect(page.getByText("16 bis 30 Jahre")).toBeVisible();
});

test("a student with an accepted four-week placement in Caen sees the programmes that fit, with reasons and the next deadline", async ({
  page,
}) => {
  await logIn(page, "schueler.demo@antenne.example", "/de/student/applications");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meine Bewerbungen");
  await page.getByRole("main").getByRole("row").filter({ hasText: "Zugesagt" }).getByRole("link").first().click();
  const funding = page.getByRole("region", { name: "Förderung für dieses Praktikum" });
  await expect(funding).toBeVisible();
  const dfjw = funding
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "DFJW-Praktikum in Frankreich" }) });
  await expect(dfjw.getByText("Passt", { exact: true })).toBeVisible();
  await expect(dfjw.getByText("4 Wochen: mindestens 4 Wochen")).toBeVisible();
  await expect(dfjw.getByText(/Du bist 1\d: 16–30 Jahre verlangt/)).toBeVisible();
  await expect(
    dfjw.getByText(/Über deine Schule beantragen, mindestens 8 Wochen vor der Abreise: bis \d+\. \S+ 20\d\d/),
  ).toBeVisible();
  await expect(dfjw.getByText("Nächste Frist")).toBeVisible();
  await expect(dfjw.getByText(/Etwa 300\s€ für 4 Wochen plus Fahrtkostenzuschuss/)).toBeVisible();
  // A group programme does not fit a single placement and is not offered.
  await expect(funding.getByRole("link", { name: "ProTandem" })).toHaveCount(0);

  // The checker, filled in from the profile.
  await funding.getByRole("link", { name: "Andere Fälle prüfen" }).click();
  await expect(page.getByText("Aus deinem Profil ausgefüllt.", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Wer ich bin")).toHaveValue("bbsPupil");
});

test("staff change a grant amount and the programme's page shows the new figure and its date", async ({ page }) => {
  await logIn(page, "staff.demo@antenne.example", "/de/staff/programmes");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programme");
  const row = page.getByRole("row").filter({ hasText: "Job in der Partnerstadt" });
  await expect(row.getByText(/Angaben älter als 12 Monate|Aktuell/)).toBeVisible();
  await row.getByRole("link", { name: "Job in der Partnerstadt" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programm bearbeiten: Job in der Partnerstadt");
  await page.getByLabel("Betrag in Euro (oberes Ende einer Spanne)").fill("320");
  await page.getByLabel("Was sich geändert hat (für den Versionsverlauf)").fill("Neuer Höchstsatz");
  await page.getByRole("button", { name: "Als neue Version speichern" }).click();
  await expect(page.getByRole("status")).toHaveText(/Als Version \d+ gespeichert\./);
  await expect(page.getByRole("region", { name: "Versionsverlauf" }).getByRole("row").nth(1)).toContainText(
    "Neuer Höchstsatz",
  );

  await page.getByRole("link", { name: "Öffentliche Seite" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Job in der Partnerstadt");
  await expect(page.locator(".programme-grant")).toHaveText(/150\s€ bis 320\s€/);
  const today = new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeZone: "Europe/Berlin" }).format(new Date());
  await expect(page.locator(".programme-as-of")).toHaveText(today);
});

test("staff add a programme, correct a wrong grant by restoring the first version, and readers see it", async ({
  page,
}) => {
  const stamp = Date.now().toString(36);
  const name = `Lehrkräfteaustausch ${stamp}`;
  await logIn(page, "staff.demo@antenne.example", "/de/staff/programmes");
  await page.getByRole("link", { name: "Neues Programm" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Neues Programm");
  await page.getByLabel("Adresse der Seite").fill(`lehrkraefte-${stamp}`);
  await page.getByLabel("Name (Deutsch)").fill(name);
  await page.getByLabel("Name (Französisch)").fill(`Échange d’enseignants ${stamp}`);
  await page.getByLabel("Zusammenfassung (Deutsch)").fill("Zwei Wochen Hospitation an einer Partnerschule.");
  await page.getByLabel("Zusammenfassung (Französisch)").fill("Deux semaines d’observation dans une école partenaire.");
  await page.getByRole("group", { name: "Wer sich bewerben kann" }).getByLabel("Lehrkräfte und Gruppen").check();
  await page.getByLabel("Betrag in Euro (oberes Ende einer Spanne)").fill("400");
  await page.getByLabel("Wie und wo (Deutsch)").fill("Über die Schulleitung beim DFJW.");
  await page.getByLabel("Wie und wo (Französisch)").fill("Par la direction de l’établissement auprès de l’OFAJ.");
  await page.getByLabel("Offizieller Link").fill("https://www.dfjw.org/programme");
  await page.getByRole("button", { name: "Als neue Version speichern" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Programm bearbeiten: ${name}`);
  await expect(page.getByRole("status")).toHaveText("Als Version 1 gespeichert.");

  // A typo in the amount, saved as version 2, then version 1 brought back.
  await page.getByLabel("Betrag in Euro (oberes Ende einer Spanne)").fill("4000");
  await page.getByRole("button", { name: "Als neue Version speichern" }).click();
  await expect(page.getByRole("status")).toHaveText("Als Version 2 gespeichert.");
  await page.getByRole("button", { name: "Version 1 wiederherstellen" }).click();
  await expect(page.getByRole("status")).toHaveText(/Version 1 ist als Version 3 wiederhergestellt/);
  const history = page.getByRole("region", { name: "Versionsverlauf" });
  await expect(history.getByRole("row").nth(1)).toContainText("Wiederhergestellt aus Version 1.");

  await page.goto("/fr/programmes?who=teacher");
  await page.getByRole("link", { name: `Échange d’enseignants ${stamp}` }).click();
  await expect(page.locator(".programme-grant")).toHaveText(/400\s€/);
});

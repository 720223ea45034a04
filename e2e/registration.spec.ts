import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { waitForMail } from "./mailbox";
import { editions } from "./demo-dates";

/**
 * Issue 18, "done when": a 22 January session with 20 seats; a class of 12, a student, a second
 * class of 10 on the waiting list; the first class shrinks to 9 and the waiting class is
 * confirmed and mailed; staff check the student in on a phone, and a second scan says so.
 */
const DEMO_PASSWORD = "antenne-demo-2026";
const LOGIN_LABELS = {
  de: { email: "E-Mail-Adresse", password: "Passwort", submit: "Anmelden" },
  fr: { email: "Adresse e-mail", password: "Mot de passe", submit: "Se connecter" },
} as const;

async function asUser(browser: Browser, email: string, language: "de" | "fr", phone = false): Promise<Page> {
  const context = await browser.newContext(phone ? { viewport: { width: 390, height: 844 }, isMobile: true } : {});
  const page = await context.newPage();
  const labels = LOGIN_LABELS[language];
  await page.goto(`/${language}/login`);
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(DEMO_PASSWORD);
  await page.locator("main").getByRole("button", { name: labels.submit }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/login"));
  return page;
}

/** An organiser, a category and the published session, posted as the staff forms post them. */
async function seedSession(staff: Page): Promise<string> {
  const origin = { Origin: new URL(staff.url()).origin };
  await staff.request.post("/de/staff/events/settings", {
    headers: origin,
    form: { intent: "organiser", name: "Antenne Métropole", kind: "ANTENNE", town: "Hannover", country: "DE" },
  });
  await staff.request.post("/de/staff/events/settings", {
    headers: origin,
    form: { intent: "category", key: "journee", nameDe: "22. Januar", nameFr: "22 janvier", nameEn: "22 January" },
  });
  await staff.goto("/de/staff/events/new");
  const value = async (select: string, text: string) =>
    (await staff.locator(`select[name=${select}] option`, { hasText: text }).first().getAttribute("value")) ?? "";
  const response = await staff.request.post("/de/staff/events/new", {
    headers: origin,
    form: {
      intent: "publish",
      titleDe: "22. Januar: Deutsch-französischer Vormittag für Schulklassen",
      titleFr: "22 janvier : matinée franco-allemande pour les classes",
      categoryId: await value("categoryId", "22. Januar"),
      organiserId: await value("organiserId", "Antenne Métropole"),
      spokenLanguage: "BILINGUAL",
      audience: "PUPILS",
      isFree: "on",
      attendance: "IN_PERSON",
      placeId: await value("placeId", "Hannover"),
      venueName: "Neues Rathaus",
      address: "Trammplatz 2, 30159 Hannover",
      timeZone: "Europe/Berlin",
      start: `${editions().next}-01-22T10:00`,
      end: `${editions().next}-01-22T12:00`,
      repeat: "none",
    },
  });
  expect(response.url()).toMatch(/\/de\/staff\/events\/[0-9a-f-]{36}/);
  return new URL(response.url()).pathname;
}

test("a 22 January session fills with classes, moves its waiting list and checks in at the door", async ({
  browser,
}) => {
  const staff = await asUser(browser, "staff.demo@antenne.example", "de");
  const eventPage = await seedSession(staff);

  // Staff open registration here: 20 seats, freed seats confirmed at once.
  await staff.goto(eventPage);
  await staff.getByRole("link", { name: "Anmeldungen" }).click();
  await staff.getByLabel("Anmeldung", { exact: true }).selectOption("HERE");
  await staff.getByLabel("Plätze pro Termin").fill("20");
  await staff.getByLabel("Frei gewordene Plätze sofort an die Warteliste vergeben, ohne Nachfrage").check();
  await staff.getByRole("button", { name: "Einstellungen speichern" }).click();
  await expect(staff.getByRole("status")).toHaveText("Die Einstellungen sind gespeichert.");
  await staff.goto(eventPage);
  const publicPath = (await staff.getByRole("link", { name: "Öffentliche Seite ansehen" }).getAttribute("href")) ?? "";
  const frenchPath = publicPath.replace(/^\/de\//, "/fr/");

  // The first coordinator registers a class of 12 (11 pupils, 1 adult).
  const prof = await asUser(browser, "prof.demo@antenne.example", "fr");
  await prof.goto(frenchPath);
  await expect(prof.getByText("encore 20 places libres")).toBeVisible();
  await prof.getByLabel("Classe", { exact: true }).fill("2nde B");
  await prof.getByLabel("Élèves").fill("11");
  await prof.getByLabel("Accompagnateurs").fill("1");
  await prof.getByRole("button", { name: "Inscrire la classe" }).click();
  await expect(prof.getByRole("status")).toHaveText("Vous êtes inscrit(e). La confirmation est en route.");
  const profRegistration = prof.url();

  // A student registers.
  const student = await asUser(browser, "schueler.demo@antenne.example", "de");
  await student.goto(publicPath);
  await expect(student.getByText("noch 8 Plätze frei")).toBeVisible();
  await student.getByRole("button", { name: "Anmelden", exact: true }).click();
  await expect(student.getByRole("status")).toHaveText("Sie sind angemeldet. Die Bestätigung ist unterwegs.");
  const ticketPath = (await student.getByRole("link", { name: "Adresse des Tickets" }).getAttribute("href")) ?? "";
  expect(ticketPath).toMatch(/\/tickets\//);

  // A second class of 10 does not fit in the 7 seats left: waiting list.
  const sabine = await asUser(browser, "lehrkraft.demo@antenne.example", "de");
  await sabine.goto(publicPath);
  await sabine.getByLabel("Klasse", { exact: true }).fill("BFS Technik 1");
  await sabine.getByLabel("Schüler:innen").fill("9");
  await sabine.getByLabel("Begleitpersonen").fill("1");
  await sabine.getByRole("button", { name: "Klasse anmelden" }).click();
  await expect(sabine.getByRole("status")).toHaveText(
    "Die Veranstaltung ist ausgebucht: Sie stehen auf der Warteliste.",
  );

  // The first class shrinks to 9: 10 seats free, the waiting class is confirmed and mailed.
  await prof.goto(profRegistration);
  await prof.getByLabel("Élèves").fill("8");
  await prof.getByRole("button", { name: "Enregistrer la taille" }).click();
  await expect(prof.getByRole("status")).toHaveText(
    "La classe est plus petite ; les places libérées passent à la liste d’attente.".replace(" ;", "\u202f;"),
  );
  const mail = await waitForMail("lehrkraft.demo@antenne.example", /^Anmeldung bestätigt: 22\. Januar/);
  expect(mail.attachments.map((file) => file.filename).sort()).toEqual(["event.ics", "ticket.png"]);
  await sabine.reload();
  await expect(sabine.getByText("Angemeldet", { exact: true })).toBeVisible();

  // At the door, on a phone: staff open the student's ticket and check in with one tap.
  const door = await asUser(browser, "staff.demo@antenne.example", "de", true);
  await door.goto(ticketPath);
  await expect(door.getByRole("heading", { level: 1 })).toHaveText("Jonas Becker");
  await door.getByRole("button", { name: "Einlassen" }).click();
  await expect(door.getByRole("status")).toContainText("Eingelassen um");
  await door.goto(ticketPath);
  await expect(door.getByRole("status")).toHaveText(/^Schon eingelassen um \d{1,2}:\d{2} von .+\.$/);
  await expect(door.locator(".door-counts")).toContainText("Eingelassen1");
});

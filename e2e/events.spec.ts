import type { APIRequestContext, Page } from "@playwright/test";
import ICAL from "ical.js";
import { tinyPng } from "../test/support/image-bytes";
import { expect, test } from "./fixtures";
import { inviteColleague } from "./journeys";
import { linkTo, waitForMail } from "./mailbox";

/**
 * Issue 17, "done when": an organiser signs up, is verified by staff, invites a colleague (who
 * joins from the mail and is removed again) and sends a bilingual event with a picture to
 * review; staff publish it; it is listed in /fr/events and /de/events, on the map and in both
 * language feeds with one UID, and its page shows the picture; the organiser moves it by an hour
 * and, once staff publish the change, the feed's SEQUENCE grows; staff cancel it and the page and
 * the feed say so.
 */
const STAFF = { email: "staff.demo@antenne.example", password: "antenne-demo-2026" };
const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;
const DAY = 86_400_000;

async function logIn(page: Page, email: string, password: string, next?: string) {
  await page.goto(next ? `/de/login?next=${encodeURIComponent(next)}` : "/de/login");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

async function logOut(page: Page) {
  await page.getByRole("banner").getByRole("button", { name: "Abmelden" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Anmelden" })).toBeVisible();
}

/** The VEVENT of our event in a language's feed, as ical.js (not the library that wrote it) reads it. */
async function feedEntry(request: APIRequestContext, language: "de" | "fr", stamp: string) {
  const response = await request.get(`/${language}/events.ics`);
  expect(response.ok()).toBe(true);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const vevent = calendar
    .getAllSubcomponents("vevent")
    .find((component) => String(component.getFirstPropertyValue("summary")).includes(stamp));
  if (!vevent) throw new Error(`no event ${stamp} in the ${language} feed`);
  const event = new ICAL.Event(vevent);
  return {
    uid: event.uid,
    summary: event.summary,
    sequence: Number(vevent.getFirstPropertyValue("sequence") ?? 0),
    status: String(vevent.getFirstPropertyValue("status") ?? ""),
    start: event.startDate.toString(),
    zone: String(vevent.getFirstProperty("dtstart")?.getParameter("tzid") ?? ""),
  };
}

/**
 * One journey in four steps, run in order; each step gets its own axe check of the pages it
 * visited (one long test would outlast the fixture's time for checking them all).
 */
test.describe.configure({ mode: "serial" });

const stamp = unique();
const email = `kino.${stamp}@example.de`;
const password = "Filmabend am Raschplatz 2027";
const organiserName = `Kinoverein Hannover ${stamp}`;
const titleDe = `Filmabend ${stamp}`;
const titleFr = `Soirée cinéma ${stamp}`;
const day = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10);
const altDe = `Leinwand und rote Kinosessel ${stamp}`;
/** A picture as large as a photo (150 KB): more than plain forms may post. */
const POSTER = Buffer.from(tinyPng([0xb0, 0x20, 0x30, 0xff], 150 * 1024));
let organiserEventUrl = "";
let publicPath = "";
let first: Awaited<ReturnType<typeof feedEntry>>;
let moved: Awaited<ReturnType<typeof feedEntry>>;

test("an organiser signs up from the chooser, confirms the address and is verified by staff", async ({ page }) => {
  // 1. The organiser signs up from the sign-up chooser and confirms the address.
  await page.goto("/de/signup");
  await page.getByRole("link", { name: "Veranstalter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Veranstalter");
  await page.getByLabel("Vor- und Nachname").fill("Jonas Weber");
  await page.getByLabel("E-Mail-Adresse", { exact: true }).fill(email);
  await page.getByLabel("Passwort").fill(password);
  await page.getByLabel("Name der Organisation").fill(organiserName);
  await page.getByLabel("Art der Organisation").selectOption("CINEMA");
  await page.getByLabel("Ort", { exact: true }).fill("Hannover");
  await page.getByLabel("Land", { exact: true }).selectOption("DE");
  await page.getByLabel(/Datenschutzerklärung/).check();
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  await page.goto(linkTo(await waitForMail(email, /bestätigen/i), "de/verify-email"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Adresse bestätigt");

  // 2. Staff add a category for it and verify the organiser from the moderation queue.
  await logIn(page, STAFF.email, STAFF.password, "/de/staff/events/settings");
  await page.getByLabel("Schlüssel (Buchstaben, Ziffern und Bindestriche)").fill(`film-${stamp}`);
  await page.getByLabel("Name auf Deutsch").last().fill(`Film ${stamp}`);
  await page.getByLabel("Name auf Französisch").last().fill(`Cinéma ${stamp}`);
  await page.getByLabel("Name auf Englisch").last().fill(`Film ${stamp}`);
  await page.getByRole("button", { name: "Speichern" }).last().click();
  await expect(page.getByRole("status")).toContainText("Gespeichert.");
  await page.goto("/de/staff/moderation");
  await page.getByRole("link", { name: organiserName }).click();
  await page.getByRole("button", { name: "Veranstalter bestätigen" }).click();
  await expect(page.getByRole("status")).toContainText("Der Veranstalter ist bestätigt.");
  await logOut(page);
});

test("the verified organiser invites a colleague, who joins in French from the mail, and removes them again", async ({
  page,
}) => {
  const colleague = `equipe.${stamp}@example.fr`;
  await logIn(page, email, password);
  await page.getByRole("link", { name: "Team und Einladungen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Team von ${organiserName}`);
  await inviteColleague(page, colleague, "fr");
  const mail = await waitForMail(colleague, /Invitation à rejoindre l’équipe d’un organisateur/);
  expect(mail.text).toContain(organiserName);
  await logOut(page);

  const link = linkTo(mail, "fr/invite");
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rejoindre l’équipe de votre structure");
  await page.getByLabel("Prénom et nom").fill("Margot Leclerc");
  await page.getByLabel("Mot de passe").fill("cinéma en version originale 2027");
  await page.getByLabel(/J’ai lu la/).check();
  await page.getByRole("button", { name: "Créer le compte et rejoindre l’équipe" }).click();
  await expect(page).toHaveURL(/\/fr\/organiser\/members$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${organiserName}\u00a0: l’équipe`);
  await expect(page.getByRole("list", { name: "Membres" })).toContainText("Margot Leclerc (vous)");
  await expect(page.getByText("Seul(e) le ou la propriétaire de la structure")).toBeVisible();
  await page.getByRole("banner").getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter" })).toBeVisible();
  await page.goto(link);
  await expect(page.getByRole("alert")).toHaveText(
    "Ce lien a déjà été utilisé. Chaque lien ne fonctionne qu’une fois.",
  );

  await logIn(page, email, password, "/de/organiser/members");
  await page.getByRole("button", { name: /^Aus dem Team entfernen\s?: Margot Leclerc$/ }).click();
  await expect(page.getByRole("status")).toContainText("Aus dem Team entfernt: Margot Leclerc.");
  await expect(page.getByRole("list", { name: "Mitglieder" })).not.toContainText("Margot Leclerc");
  await logOut(page);
});

test("the verified organiser sends a bilingual event; once published it is listed, mapped and in both feeds", async ({
  page,
  request,
}) => {
  // 3. The organiser lands on their start page and sends a bilingual event to review.
  await logIn(page, email, password);
  await expect(page).toHaveURL(/\/de\/organiser$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(organiserName);
  await page.getByRole("link", { name: "Neue Veranstaltung" }).click();
  await page.getByLabel("Titel auf Deutsch").fill(titleDe);
  await page.getByLabel("Beschreibung auf Deutsch").fill("Französischer Film mit deutschen Untertiteln.");
  await page.getByLabel("Titel auf Französisch").fill(titleFr);
  await page.getByLabel("Beschreibung auf Französisch").fill("Film français sous-titré en allemand.");
  await page.getByLabel("Bilddatei").setInputFiles({ name: "plakat.png", mimeType: "image/png", buffer: POSTER });
  await page.getByLabel("Bildbeschreibung (Deutsch)").fill(altDe);
  await page.getByLabel("Bildbeschreibung (Französisch)").fill(`Écran et fauteuils rouges ${stamp}`);
  await page.getByLabel("Kategorie", { exact: true }).selectOption({ label: `Film ${stamp}` });
  await page.getByLabel("Sprache der Veranstaltung").selectOption("BILINGUAL");
  await page.getByLabel("Ort", { exact: true }).selectOption({ label: "Hannover" });
  await page.getByLabel("Veranstaltungsort").fill("Kino am Raschplatz");
  await page.getByLabel("Beginn", { exact: true }).fill(`${day}T19:00`);
  await page.getByLabel("Ende", { exact: true }).fill(`${day}T21:00`);
  await page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  await expect(page.getByRole("status")).toContainText("Eingereicht.");
  organiserEventUrl = new URL(page.url()).pathname;
  await logOut(page);

  // Not public before review.
  await page.goto("/de/events");
  await expect(page.getByRole("link", { name: titleDe })).toHaveCount(0);

  // 4. Staff publish it.
  await logIn(page, STAFF.email, STAFF.password, "/de/staff/moderation");
  await page.getByRole("link", { name: titleDe }).click();
  await expect(page.getByText("Diese Veranstaltung war noch nie veröffentlicht", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Veröffentlichen" }).click();
  await expect(page.getByRole("status")).toContainText("Die Veranstaltung ist veröffentlicht.");
  await logOut(page);

  // 5. Listed in both languages, on the map, and in both feeds with one UID.
  // The demo calendar fills the first pages and shares its places: filter as a visitor would.
  await page.goto(`/fr/events?category=film-${stamp}`);
  await expect(page.getByRole("link", { name: titleFr })).toBeVisible();
  await page.goto(`/de/events?category=film-${stamp}`);
  const link = page.getByRole("link", { name: titleDe });
  await expect(link).toBeVisible();
  publicPath = (await link.getAttribute("href")) ?? "";
  await page.getByRole("button", { name: "Karte zeigen" }).click();
  const map = page.getByRole("region", { name: "Karte der Veranstaltungen dieser Seite" });
  await expect(map.locator(`.leaflet-marker-icon[title*="${titleDe}"]`)).toHaveCount(1);

  const de = await feedEntry(request, "de", stamp);
  const fr = await feedEntry(request, "fr", stamp);
  expect(de.summary).toBe(titleDe);
  expect(fr.summary).toBe(titleFr);
  expect(fr.uid).toBe(de.uid);
  expect(de.start).toBe(`${day}T19:00:00`);
  expect(de.zone).toBe("Europe/Berlin");
  first = de;

  // The page shows the picture, loaded, with its German description.
  await page.goto(publicPath);
  const picture = page.getByRole("img", { name: altDe });
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
});

test("the organiser moves it by an hour; after review the feed has the new time and a higher SEQUENCE", async ({
  page,
  request,
}) => {
  // 6. The organiser moves it by one hour; the feed changes only once staff publish the change.
  await logIn(page, email, password, organiserEventUrl);
  await page.getByLabel("Beginn", { exact: true }).fill(`${day}T20:00`);
  await page.getByLabel("Ende", { exact: true }).fill(`${day}T22:00`);
  await page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  await expect(page.getByRole("status")).toContainText("Eingereicht.");
  await expect(page.getByText("Ihre Änderungen sind noch nicht öffentlich")).toBeVisible();
  await logOut(page);
  expect((await feedEntry(request, "de", stamp)).start).toBe(`${day}T19:00:00`);

  await logIn(page, STAFF.email, STAFF.password, "/de/staff/moderation");
  await page.getByRole("link", { name: titleDe }).click();
  const changes = page.getByRole("table", { name: "Änderungen seit der letzten veröffentlichten Fassung" });
  await expect(changes.getByRole("row", { name: /Beginn/ })).toContainText(`${day}T20:00`);
  await page.getByRole("button", { name: "Veröffentlichen" }).click();
  await expect(page.getByRole("status")).toContainText("Die Veranstaltung ist veröffentlicht.");

  moved = await feedEntry(request, "de", stamp);
  expect(moved.uid).toBe(first.uid);
  expect(moved.start).toBe(`${day}T20:00:00`);
  expect(moved.sequence).toBeGreaterThan(first.sequence);
});

test("staff cancel it: the page keeps its URL and says so, the feed says CANCELLED", async ({ page, request }) => {
  await logIn(page, STAFF.email, STAFF.password, "/de/staff/events");

  await page.getByRole("link", { name: titleDe }).click();
  await page.getByLabel("Status", { exact: true }).selectOption("CANCELLED");
  await page.getByRole("button", { name: "Status ändern" }).click();
  await expect(page.getByRole("status")).toContainText("Der Status ist geändert.");
  await logOut(page);

  await page.goto(publicPath);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(titleDe);
  await expect(page.getByText("Diese Veranstaltung findet nicht statt.")).toBeVisible();
  const cancelled = await feedEntry(request, "fr", stamp);
  expect(cancelled.status).toBe("CANCELLED");
  expect(cancelled.uid).toBe(first.uid);
  expect(cancelled.sequence).toBeGreaterThan(moved.sequence);
});

import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, logIn, unique } from "./journeys";
import { linkTo, waitForMail } from "./mailbox";

/**
 * Issue 22, the staff journey, on companies, offers and accounts of its own (the demo data stays
 * as other specs expect it): staff verify one new company and reject another with a reason its
 * owner reads in the mail; send one offer back and reject another; read that mail in the outbox;
 * find the rejected owner among the people and see their consent; add a search synonym and see
 * the search use it; add and move a school holiday and see a pupil's profile offer it; and find
 * all of it in the audit log.
 *
 * One journey in steps, run in order; each step gets its own axe check of the pages it visited.
 */
test.describe.configure({ mode: "serial" });

const STAFF_EMAIL = "staff.demo@antenne.example";
const STAFF_NAME = "Claire Vautier";
const DAY = 86_400_000;
/** An ISO date n days from today, so the journey does not age. */
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
/** A day range as the pages write it. */
const dateRange = (locale: string, from: string, to: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).formatRange(
    new Date(`${from}T00:00:00Z`),
    new Date(`${to}T00:00:00Z`),
  );

const stamp = unique();
/** The stamp in letters (two alphabets), for words that a search must treat as plain words. */
const spelled = (letters: string) => stamp.replace(/\d/g, (digit) => letters[Number(digit)] ?? "");
const password = "Werkbank und Hobel 2027";

const verified = {
  owner: `Jana Kühn ${stamp}`,
  email: `tischlerei.${stamp}@example.de`,
  company: `Tischlerei Leinetal ${stamp}`,
  id: "",
};
const rejected = {
  owner: `Paul Lemaire ${stamp}`,
  email: `atelier.${stamp}@example.fr`,
  company: `Atelier Côte Fleurie ${stamp}`,
  id: "",
};
const reason = `Nous ne trouvons pas cette entreprise au registre du commerce (${stamp}) : merci d’indiquer le SIRET.`;
const sentBack = { title: `Praktikum Möbeltischlerei ${stamp}`, id: "" };
const refused = { title: `Praktikum Wochenendschreinerei ${stamp}`, id: "" };
const sendBackComment = `Bitte beschreiben Sie die Schutzausrüstung und die Maschinen, an denen gearbeitet wird (${stamp}).`;
const rejectComment = `Ein Praktikum nur an Wochenenden ist für Schüler:innen nicht erlaubt (${stamp}).`;
let outboxMessageId = "";

async function signUpCompany(
  page: Page,
  language: "de" | "fr",
  who: { owner: string; email: string; company: string },
  place: string,
) {
  const de = language === "de";
  await page.context().clearCookies();
  await page.goto(`/${language}/signup/company`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(de ? "Als Unternehmen" : "Entreprise");
  await page.getByLabel(de ? "Vor- und Nachname" : "Prénom et nom").fill(who.owner);
  await page.getByLabel(de ? "E-Mail-Adresse" : "Adresse e-mail", { exact: true }).fill(who.email);
  await page.getByLabel(de ? "Passwort" : "Mot de passe").fill(password);
  await page.getByLabel(de ? "Name des Unternehmens" : "Nom de l’entreprise").fill(who.company);
  await page.getByLabel(de ? "Land des Unternehmens" : "Pays de l’entreprise").selectOption(de ? "DE" : "FR");
  await page.getByLabel(de ? "Ort" : "Ville", { exact: true }).selectOption({ label: place });
  await page.getByLabel(de ? /Datenschutzerklärung/ : /J’ai lu la/).check();
  await page.getByRole("button", { name: de ? "Konto anlegen" : "Créer le compte" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    de ? "Bitte bestätige deine E-Mail-Adresse" : "Confirme ton adresse e-mail",
    { timeout: 30_000 },
  );
  const mail = await waitForMail(who.email, de ? /^Bitte bestätigen Sie/ : /^Confirmez votre adresse/);
  await page.goto(linkTo(mail, `${language}/verify-email`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(de ? "Adresse bestätigt" : "Adresse confirmée");
}

/**
 * From the company's list of offers, its owner writes an offer in German in the five steps,
 * submits it and goes back to the list.
 */
async function writeOffer(page: Page, title: string, description: string) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihre Praktikumsangebote");
  await page.getByRole("link", { name: "Neues Angebot anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Neues Praktikumsangebot");
  await page.getByLabel("Ort", { exact: true }).selectOption({ label: "Göttingen" });
  await page.getByLabel("Adresse des Praktikumsorts").fill("Weender Landstraße 12, 37073 Göttingen");
  await page.getByLabel("Betreuer:in").fill("Jana Kühn");
  await page.getByRole("button", { name: "Speichern und weiter", exact: true }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Praktikum");
  await page.getByLabel("Titel (Deutsch)").fill(title);
  await page.getByLabel("Beschreibung (Deutsch)").fill(description);
  await page.getByLabel("Holz, Möbel, Innenausbau").check();
  await page.getByLabel("Erforderliches Sprachniveau in der Landessprache").selectOption("A2");
  await page.getByRole("button", { name: "Speichern und weiter", exact: true }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zeiträume");
  await page.getByLabel("Beginn (Zeitraum 1)").fill(inDays(70));
  await page.getByLabel("Ende (Zeitraum 1)").fill(inDays(97));
  await page.getByLabel("Plätze (Zeitraum 1)").fill("1");
  await page.getByLabel("Mindestdauer in Wochen").fill("2");
  await page.getByLabel("Höchstdauer in Wochen").fill("4");
  await page.getByRole("button", { name: "Speichern und weiter", exact: true }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bedingungen");
  await page.getByLabel("Stunden pro Tag").fill("7");
  await page.getByRole("button", { name: "Speichern und weiter", exact: true }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Prüfen und einreichen");
  await page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  await expect(page.getByRole("status")).toHaveText("Eingereicht. Wir melden uns per E-Mail.");
  await expect(page.locator(".status-badge")).toHaveText("In Prüfung");
  await page.getByRole("link", { name: "Ihre Praktikumsangebote" }).click();
}

/** The last path segment of the page's address: the id of what it shows. */
const idOf = (page: Page) => new URL(page.url()).pathname.split("/").pop() ?? "";

test("staff verify one new company and reject another with a reason, which its owner reads in the mail", async ({
  page,
}) => {
  test.setTimeout(150_000);
  await signUpCompany(page, "de", verified, "Göttingen");
  await signUpCompany(page, "fr", rejected, "Caen");

  // Staff, in French, find both in the moderation queue.
  await logIn(page, "fr", STAFF_EMAIL, DEMO_PASSWORD, "/fr/staff/moderation");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Modération");
  const queue = page.getByRole("table", { name: "En attente de relecture, les plus anciennes d’abord" });
  await expect(queue.getByRole("row").filter({ hasText: verified.company })).toContainText("Nouvelle entreprise");
  await expect(queue.getByRole("row").filter({ hasText: rejected.company })).toContainText("Nouvelle entreprise");

  // The first is verified.
  await queue.getByRole("link", { name: verified.company, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(verified.company);
  verified.id = idOf(page);
  await page.getByRole("button", { name: "Vérifier l’entreprise" }).click();
  await expect(page.getByRole("status")).toHaveText("L’entreprise est vérifiée. Son équipe a été informée par e-mail.");
  await expect(queue.getByRole("link", { name: verified.company, exact: true })).toHaveCount(0);

  // The second is refused: not without a reason, then with one.
  await queue.getByRole("link", { name: rejected.company, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(rejected.company);
  rejected.id = idOf(page);
  await page.getByRole("button", { name: "Refuser" }).click();
  await expect(page.getByRole("alert")).toContainText("Merci d’écrire un commentaire pour l’entreprise");
  await expect(page.getByLabel("Commentaire pour l’entreprise")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Commentaire pour l’entreprise").fill(reason);
  await page.getByRole("button", { name: "Refuser" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "L’entreprise a été refusée. Son équipe a été informée par e-mail, avec votre motif.",
  );
  await expect(queue).not.toContainText(rejected.company);

  // Both owners are told, each in their language; the refused one reads the reason.
  const welcome = await waitForMail(verified.email, /ist auf der Antenne Métropole bestätigt$/);
  expect(welcome.subject).toBe(`${verified.company} ist auf der Antenne Métropole bestätigt`);
  const refusal = await waitForMail(rejected.email, /^Nous n’avons pas pu vérifier /);
  expect(refusal.subject).toBe(`Nous n’avons pas pu vérifier ${rejected.company}`);
  expect(refusal.text).toContain("Motif indiqué par l’équipe de l’Antenne");
  expect(refusal.text).toContain(reason);

  // The review page keeps the decision and the reason.
  await page.goto(`/fr/staff/moderation/companies/${rejected.id}`);
  await expect(page.getByText("Cette entreprise n’attend pas de vérification")).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: reason })).toBeVisible();
});

test("the verified company submits two offers; staff send one back and reject the other, and it reads why", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await logIn(page, "de", verified.email, password, "/de/company/offers");
  await writeOffer(
    page,
    sentBack.title,
    "Sie bauen mit uns Küchen und Einbaumöbel nach Maß, vom Zuschnitt bis zur Montage beim Kunden.",
  );
  await writeOffer(page, refused.title, "Sie helfen samstags und sonntags in unserer Werkstatt beim Schleifen.");

  // Staff, in German, send the first back and reject the second, each with a comment.
  await logIn(page, "de", STAFF_EMAIL, DEMO_PASSWORD, "/de/staff/moderation");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moderation");
  await page.getByRole("link", { name: sentBack.title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(sentBack.title);
  sentBack.id = idOf(page);
  await page.getByRole("button", { name: "Zur Überarbeitung zurückgeben" }).click();
  await expect(page.getByRole("alert")).toContainText("Bitte schreiben Sie einen Kommentar für das Unternehmen");
  await page.getByLabel("Kommentar für das Unternehmen").fill(sendBackComment);
  await page.getByRole("button", { name: "Zur Überarbeitung zurückgeben" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Das Angebot wurde zur Überarbeitung zurückgegeben. Das Team des Unternehmens wurde per E-Mail informiert, mit Ihrem Kommentar.",
  );

  await page.getByRole("link", { name: refused.title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(refused.title);
  refused.id = idOf(page);
  await page.getByLabel("Kommentar für das Unternehmen").fill(rejectComment);
  await page.getByRole("button", { name: "Ablehnen" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Das Angebot wurde abgelehnt. Das Team des Unternehmens wurde per E-Mail informiert, mit Ihrem Kommentar.",
  );
  await expect(page.getByRole("link", { name: sentBack.title, exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: refused.title, exact: true })).toHaveCount(0);

  // The company is mailed about each, with the comment.
  const changes = await waitForMail(
    verified.email,
    new RegExp(`^Änderungen an Ihrem Angebot „${sentBack.title}“ erbeten$`),
  );
  expect(changes.text).toContain(sendBackComment);
  const no = await waitForMail(
    verified.email,
    new RegExp(`^Ihr Angebot „${refused.title}“ kann nicht veröffentlicht werden$`),
  );
  expect(no.text).toContain(rejectComment);

  // And sees both on its list and the comment with the offer.
  await logIn(page, "de", verified.email, password, "/de/company/offers");
  await expect(page.getByRole("row").filter({ hasText: sentBack.title })).toContainText("Änderungen erbeten");
  await expect(page.getByRole("row").filter({ hasText: refused.title })).toContainText("Abgelehnt");
  await page.getByRole("link", { name: sentBack.title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(sentBack.title);
  await expect(page.getByText("Das Antenne-Team bittet um Änderungen.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Kommentar des Antenne-Teams" })).toBeVisible();
  await expect(page.getByText(sendBackComment).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Zur Prüfung einreichen" })).toBeVisible();
});

test("the outbox has the refusal mail as its reader got it", async ({ page }) => {
  await logIn(page, "fr", STAFF_EMAIL, DEMO_PASSWORD, "/fr/staff");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Équipe de l’Antenne");
  await page
    .getByRole("navigation", { name: "Espace de l’équipe de l’Antenne" })
    .getByRole("link", { name: "Boîte d’envoi" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Boîte d’envoi");
  // The owner got two mails: the address confirmation, then the refusal.
  const mails = page.getByRole("row").filter({ hasText: rejected.email });
  await expect(mails).toHaveCount(2);
  await expect(mails.nth(1)).toContainText("Confirmez votre adresse e-mail");
  await mails
    .first()
    .getByRole("link", { name: `Nous n’avons pas pu vérifier ${rejected.company}` })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Nous n’avons pas pu vérifier ${rejected.company}`);
  outboxMessageId = idOf(page);
  await expect(page.getByText("L’ouverture de cet e-mail a été inscrite au journal.")).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: rejected.email })).toBeVisible();
  await expect(page.locator("pre.mail-text")).toContainText(reason);
  await expect(page.locator("pre.mail-text")).toContainText(`Bonjour ${rejected.owner}`);
  await expect(page.frameLocator("iframe.mail-html").getByText(reason)).toBeVisible();
});

test("staff find the refused owner among the people and see the consent they gave", async ({ page }) => {
  await logIn(page, "de", STAFF_EMAIL, DEMO_PASSWORD, "/de/staff/people");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Personen");
  // Both owners carry the stamp in their names and addresses.
  await page.getByLabel("Name oder E-Mail-Adresse").fill(stamp);
  await page.getByRole("button", { name: "Suchen" }).click();
  await expect(page.getByRole("status")).toHaveText("2 Konten gefunden.");
  await page.getByLabel("Name oder E-Mail-Adresse").fill(rejected.email);
  await page.getByRole("button", { name: "Suchen" }).click();
  await expect(page.getByRole("status")).toHaveText("1 Konto gefunden.");
  const table = page.getByRole("table", { name: `Konten zu „${rejected.email}“, neueste zuerst` });
  await table.getByRole("link", { name: rejected.owner }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(rejected.owner);
  await expect(page.getByText("Dieser Aufruf wurde im Protokoll vermerkt.")).toBeVisible();
  const consents = page.getByRole("table", { name: `Einwilligungen von ${rejected.owner}, neueste zuerst` });
  await expect(consents.getByRole("row")).toHaveCount(2);
  const consent = consents.getByRole("row").nth(1);
  await expect(consent.getByRole("rowheader")).toHaveText("Datenschutzerklärung");
  // Given by the owner themselves, on the French sign-up form.
  await expect(consent.getByRole("cell").nth(0)).toHaveText(rejected.owner);
  await expect(consent.getByRole("cell").nth(2)).toHaveText("Français");
});

test("staff add a search synonym, the search finds an offer by the new word, and no longer once it is deleted", async ({
  page,
}) => {
  test.setTimeout(150_000);
  // A published offer with a word nobody else uses, and a second word that means the same.
  const word = `drechselkunst${spelled("abcdefghij")}`;
  const synonym = `wirbelholz${spelled("klmnopqrst")}`;
  const title = `Praktikum ${word} ${stamp}`;
  await logIn(page, "de", verified.email, password, "/de/company/offers");
  await writeOffer(page, title, `Sie lernen bei uns ${word}: Schalen und Leuchter aus heimischem Holz.`);
  await logIn(page, "de", STAFF_EMAIL, DEMO_PASSWORD, "/de/staff/moderation");
  await page.getByRole("link", { name: title, exact: true }).click();
  await page.getByRole("button", { name: "Veröffentlichen" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Das Angebot ist veröffentlicht. Das Team des Unternehmens wurde per E-Mail informiert.",
  );

  // The search finds it by its own word (once indexed), and nothing by the other.
  const search = (q: string) => `/de/offers?q=${encodeURIComponent(q)}`;
  await expect(async () => {
    await page.goto(search(word));
    await expect(page.getByRole("status")).toHaveText("1 Angebot", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.goto(search(synonym));
  await expect(page.getByRole("status")).toHaveText("0 Angebote");
  await expect(page.getByText("Keine passenden Angebote")).toBeVisible();

  // Staff add the group; a single term is refused first.
  await page.goto("/de/staff/synonyms");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Synonyme");
  await page.getByLabel("Begriffe der neuen Gruppe").fill(synonym);
  await page.getByRole("button", { name: "Gruppe hinzufügen" }).click();
  const terms = page.getByLabel("Begriffe der neuen Gruppe");
  await expect(terms).toHaveAttribute("aria-invalid", "true");
  await expect(terms).toHaveAccessibleDescription(/Bitte mindestens zwei verschiedene Begriffe eingeben/);
  await expect(terms).toBeFocused();
  await terms.fill(`${synonym}, ${word}`);
  await page.getByRole("button", { name: "Gruppe hinzufügen" }).click();
  await expect(page.getByRole("status")).toHaveText("Die Gruppe wurde hinzugefügt.");
  await expect(page.getByLabel(`Gruppe „${synonym}“`)).toHaveValue(`${synonym}, ${word}`);

  // Within seconds the search finds the offer by the synonym.
  await expect(async () => {
    await page.goto(search(synonym));
    await expect(page.getByRole("status")).toHaveText("1 Angebot", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Suchbegriff" })).toHaveValue(synonym);

  // Deleted again, the synonym finds nothing any more.
  await page.goto("/de/staff/synonyms");
  await page.getByRole("button", { name: `Löschen – Gruppe „${synonym}“` }).click();
  await expect(page.getByRole("status")).toHaveText("Die Gruppe wurde gelöscht.");
  await expect(page.getByLabel(`Gruppe „${synonym}“`)).toHaveCount(0);
  await expect(async () => {
    await page.goto(search(synonym));
    await expect(page.getByRole("status")).toHaveText("0 Angebote", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
});

test("staff add a school holiday, move it, and a pupil of that side is offered it in the profile", async ({
  browser,
  page,
}) => {
  test.setTimeout(150_000);
  const names = { de: `Leineferien ${stamp}`, fr: `Vacances de la Leine ${stamp}`, en: `Leine holidays ${stamp}` };
  const first = { from: inDays(45), to: inDays(52) };
  const moved = { from: inDays(59), to: inDays(68) };

  // Staff, in French, add holidays for Lower Saxony.
  await logIn(page, "fr", STAFF_EMAIL, DEMO_PASSWORD, "/fr/staff/holidays");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vacances scolaires");
  await page.getByLabel("Nom en allemand").fill(names.de);
  await page.getByLabel("Nom en français").fill(names.fr);
  await page.getByLabel("Nom en anglais").fill(names.en);
  await page.getByLabel("Région", { exact: true }).selectOption("DE");
  await page.getByLabel("Premier jour de vacances").fill(first.to);
  await page.getByLabel("Dernier jour de vacances").fill(first.from);
  await page.getByRole("button", { name: "Ajouter les vacances" }).click();
  await expect(page.getByRole("alert")).toContainText("Le dernier jour ne peut pas précéder le premier.");
  await page.getByLabel("Premier jour de vacances").fill(first.from);
  await page.getByLabel("Dernier jour de vacances").fill(first.to);
  await page.getByRole("button", { name: "Ajouter les vacances" }).click();
  await expect(page.getByRole("status")).toHaveText("Les vacances ont été ajoutées.");
  const row = page.getByRole("row").filter({ hasText: names.fr });
  await expect(row).toContainText("Basse-Saxe");
  await expect(row.locator("time")).toHaveAttribute("datetime", first.from);
  await expect(row.locator("time")).toHaveText(dateRange("fr-FR", first.from, first.to));

  // A pupil from Lower Saxony, in German, is offered them as a ready-made period.
  const pupilContext = await browser.newContext({ locale: "de-DE" });
  const pupil = await pupilContext.newPage();
  await logIn(pupil, "de", "schueler.demo@antenne.example", DEMO_PASSWORD, "/de/student/profile");
  await expect(pupil.getByRole("heading", { level: 1 })).toHaveText("Mein Profil");
  const presets = pupil.getByRole("group", { name: "Schulferien als Zeiträume übernehmen" });
  await expect(
    presets.getByRole("checkbox", { name: `${names.de} (${dateRange("de-DE", first.from, first.to)})` }),
  ).toBeVisible();

  // Staff move them by two weeks; the pupil sees the new days.
  await row.getByRole("link", { name: `Modifier – ${names.fr}` }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Modifier des vacances" })).toBeVisible();
  await expect(page.getByLabel("Nom en allemand")).toHaveValue(names.de);
  await page.getByLabel("Premier jour de vacances").fill(moved.from);
  await page.getByLabel("Dernier jour de vacances").fill(moved.to);
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByRole("status")).toHaveText("Les vacances ont été modifiées.");
  await expect(row.locator("time")).toHaveAttribute("datetime", moved.from);

  await pupil.reload();
  await expect(
    presets.getByRole("checkbox", { name: `${names.de} (${dateRange("de-DE", moved.from, moved.to)})` }),
  ).toBeVisible();
  await expect(presets.getByText(dateRange("de-DE", first.from, first.to))).toHaveCount(0);

  // A pupil from Normandy is not offered Lower Saxony's holidays.
  const normandyContext = await browser.newContext({ locale: "fr-FR" });
  const eleve = await normandyContext.newPage();
  await logIn(eleve, "fr", "eleve.demo@antenne.example", DEMO_PASSWORD, "/fr/student/profile");
  await expect(eleve.getByRole("heading", { level: 1 })).toHaveText("Mon profil");
  await expect(eleve.getByText(names.fr)).toHaveCount(0);
  await normandyContext.close();

  // Removed again, they are gone from the pupil's profile (and other journeys never see them).
  await row.getByRole("button", { name: new RegExp(`^Supprimer – ${names.fr}`) }).click();
  await expect(page.getByRole("status")).toHaveText("Les vacances ont été supprimées.");
  await expect(page.getByRole("row").filter({ hasText: names.fr })).toHaveCount(0);
  await pupil.reload();
  await expect(pupil.getByRole("heading", { level: 1 })).toHaveText("Mein Profil");
  await expect(pupil.getByText(names.de)).toHaveCount(0);
  await pupilContext.close();
});

test("the audit log names each of these actions, who took them and what they concerned", async ({ page }) => {
  await logIn(page, "fr", STAFF_EMAIL, DEMO_PASSWORD, "/fr/staff/audit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Journal");
  const log = page.getByRole("table", { name: "Entrées du journal, de la plus récente à la plus ancienne" });
  const entry = (action: string, about: string) =>
    log.getByRole("row").filter({ hasText: action }).filter({ hasText: about });
  const expected: [string, string][] = [
    ["Entreprise vérifiée", verified.id],
    ["Entreprise refusée", rejected.id],
    ["Modifications d’offre demandées", sentBack.id],
    ["Offre refusée", refused.id],
    ["E-mail de la boîte d’envoi lu", outboxMessageId],
    ["Compte et consentements consultés", rejected.owner],
    ["Groupe de synonymes créé", `wirbelholz${spelled("klmnopqrst")}`],
    ["Groupe de synonymes supprimé", `wirbelholz${spelled("klmnopqrst")}`],
    ["Vacances scolaires ajoutées", `Leineferien ${stamp}`],
    ["Vacances scolaires modifiées", `Leineferien ${stamp}`],
    ["Vacances scolaires supprimées", `Leineferien ${stamp}`],
  ];
  for (const [action, about] of expected) {
    expect(about, action).not.toBe("");
    await expect(entry(action, about), `${action}: ${about}`).toHaveCount(1);
    await expect(entry(action, about)).toContainText(STAFF_NAME);
  }

  // An entry about a person leads to that person's page.
  await entry("Compte et consentements consultés", rejected.owner).getByRole("link", { name: rejected.owner }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(rejected.owner);
});

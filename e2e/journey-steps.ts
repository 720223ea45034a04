/**
 * Steps the student and company journeys (journey-student.spec.ts, journey-company.spec.ts)
 * share, in German and in French: a student or a company signs up and confirms the address, staff
 * verify a company and decide on its offers, a company writes an offer. A journey that changes
 * things does so to accounts, companies and offers of its own, so the specs can run in any order
 * next to the others. Dates are counted from today, so the journeys do not age.
 */
import { execFileSync } from "node:child_process";
import type { Browser, Page } from "@playwright/test";
import { expect } from "./fixtures";
import { DEMO_PASSWORD, logIn, unique } from "./journeys";
import { linkTo, waitForMail } from "./mailbox";

export type Language = "de" | "fr";

export const STAFF_EMAIL = "staff.demo@antenne.example";

const DAY = 86_400_000;

/** The calendar day `days` from today, as a date input takes it. */
export function inDays(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
}

/** The birth date of someone who turned `years` a month ago. */
export function bornYearsAgo(years: number): string {
  const date = new Date(Date.now() - 30 * DAY);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date.toISOString().slice(0, 10);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The text as a pattern in which any space also matches the no-break spaces of French typography. */
export function loosely(text: string): RegExp {
  return new RegExp(escapeRegExp(text).replace(/\s+/g, "\\s+"));
}

/** A word of letters only that no offer of the demo data or of another run contains. */
export function uniqueWord(prefix: string): string {
  let number = Number(unique());
  let letters = "";
  while (number > 0) {
    letters = String.fromCharCode(97 + (number % 26)) + letters;
    number = Math.floor(number / 26);
  }
  return `${prefix}${letters}`;
}

/** A browser of the given language, for one more person of a journey; the caller closes its context. */
export async function newPerson(browser: Browser, language: Language): Promise<Page> {
  const context = await browser.newContext({ locale: language === "de" ? "de-DE" : "fr-FR" });
  return context.newPage();
}

const SIGN_UP = {
  de: {
    name: "Vor- und Nachname",
    email: "E-Mail-Adresse",
    password: "Passwort",
    country: "Wo gehst du zur Schule?",
    school: "Schule",
    birthDate: "Geburtsdatum",
    companyName: "Name des Unternehmens",
    companyCountry: "Land des Unternehmens",
    place: "Ort",
    privacy: /Ich habe die/,
    submit: "Konto anlegen",
    checkEmail: "Bitte bestätige deine E-Mail-Adresse",
    confirmed: "Adresse bestätigt",
  },
  fr: {
    name: "Prénom et nom",
    email: "Adresse e-mail",
    password: "Mot de passe",
    country: "Où es-tu scolarisé(e) ?",
    school: "Établissement",
    birthDate: "Date de naissance",
    companyName: "Nom de l’entreprise",
    companyCountry: "Pays de l’entreprise",
    place: "Ville",
    privacy: /J’ai lu la/,
    submit: "Créer le compte",
    checkEmail: "Confirme ton adresse e-mail",
    confirmed: "Adresse confirmée",
  },
} as const;

interface Account {
  language: Language;
  name: string;
  email: string;
  password: string;
}

export interface Student extends Account {
  country: "DE" | "FR";
  school: string;
  birthDate: string;
}

/** An adult student of the given country's school, in that country's language, with a unique address. */
export function newStudent(language: Language, name: string): Student {
  const german = language === "de";
  return {
    language,
    name: `${name} ${unique()}`,
    email: `${german ? "azubi" : "eleve"}.${unique()}@example.${german ? "de" : "fr"}`,
    password: german ? "Praktikum in der Normandie" : "stage en Basse-Saxe",
    country: german ? "DE" : "FR",
    school: german
      ? "Berufsbildende Schulen Braunschweig – Technik"
      : "Lycée professionnel des métiers de l’industrie, Rouen",
    // An adult: none of the rules for minors applies.
    birthDate: bornYearsAgo(19),
  };
}

async function confirmAddress(page: Page, account: Account) {
  const words = SIGN_UP[account.language];
  // Hashing the password takes a while on a busy machine.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(words.checkEmail, { timeout: 30_000 });
  const mail = await waitForMail(account.email, /bestätigen|Confirmez/);
  await page.goto(linkTo(mail, `${account.language}/verify-email`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(words.confirmed);
}

export async function signUpStudent(page: Page, student: Student) {
  const words = SIGN_UP[student.language];
  await page.goto(`/${student.language}/signup/student`);
  await page.getByLabel(words.name, { exact: true }).fill(student.name);
  await page.getByLabel(words.email, { exact: true }).fill(student.email);
  await page.getByLabel(words.password, { exact: true }).fill(student.password);
  await page.getByLabel(words.country, { exact: true }).selectOption(student.country);
  await page.getByLabel(words.school, { exact: true }).selectOption({ label: student.school });
  await page.getByLabel(words.birthDate, { exact: true }).fill(student.birthDate);
  await page.getByLabel(words.privacy).check();
  await page.getByRole("button", { name: words.submit }).click();
  await confirmAddress(page, student);
}

export interface CompanyOwner extends Account {
  companyName: string;
  country: "DE" | "FR";
  place: string;
}

/** The owner of a new company in Lower Saxony (German) or Normandy (French), with unique names. */
export function newCompanyOwner(language: Language, companyName: string, place: string): CompanyOwner {
  const german = language === "de";
  return {
    language,
    name: german ? "Birgit Althaus" : "Claire Morin",
    email: `${german ? "inhaberin" : "gerante"}.${unique()}@example.${german ? "de" : "fr"}`,
    password: german ? "Praktikanten willkommen" : "stagiaires bienvenus",
    companyName: `${companyName} ${unique()}`,
    country: german ? "DE" : "FR",
    place,
  };
}

export async function signUpCompany(page: Page, owner: CompanyOwner) {
  const words = SIGN_UP[owner.language];
  await page.goto(`/${owner.language}/signup/company`);
  await page.getByLabel(words.name, { exact: true }).fill(owner.name);
  await page.getByLabel(words.email, { exact: true }).fill(owner.email);
  await page.getByLabel(words.password, { exact: true }).fill(owner.password);
  await page.getByLabel(words.companyName, { exact: true }).fill(owner.companyName);
  await page.getByLabel(words.companyCountry, { exact: true }).selectOption(owner.country);
  await page.getByLabel(words.place, { exact: true }).selectOption({ label: owner.place });
  await page.getByLabel(words.privacy).check();
  await page.getByRole("button", { name: words.submit }).click();
  await confirmAddress(page, owner);
}

const OFFERS_TITLE = { de: "Ihre Praktikumsangebote", fr: "Vos offres de stage" } as const;

/** The owner logs in and lands on the company's offers. */
export async function companyLogsIn(page: Page, owner: CompanyOwner) {
  await logIn(page, owner.language, owner.email, owner.password, `/${owner.language}/company/offers`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(OFFERS_TITLE[owner.language]);
}

const MODERATION = {
  de: {
    title: "Moderation",
    newCompany: "Neues Unternehmen",
    verify: "Unternehmen bestätigen",
    verified: "Das Unternehmen ist bestätigt. Sein Team wurde per E-Mail informiert.",
    comment: "Kommentar für das Unternehmen",
    publish: "Veröffentlichen",
    published: "Das Angebot ist veröffentlicht.",
    requestChanges: "Zur Überarbeitung zurückgeben",
    changesRequested: "Das Angebot wurde zur Überarbeitung zurückgegeben.",
  },
  fr: {
    title: "Modération",
    newCompany: "Nouvelle entreprise",
    verify: "Vérifier l’entreprise",
    verified: "L’entreprise est vérifiée. Son équipe a été informée par e-mail.",
    comment: "Commentaire pour l’entreprise",
    publish: "Publier",
    published: "L’offre est publiée.",
    requestChanges: "Renvoyer pour modifications",
    changesRequested: "L’offre a été renvoyée pour modifications.",
  },
} as const;

/** Staff, in a browser of their own, at the moderation queue; the caller closes the context. */
export async function staffAtModeration(browser: Browser, language: Language): Promise<Page> {
  const page = await newPerson(browser, language);
  await logIn(page, language, STAFF_EMAIL, DEMO_PASSWORD, `/${language}/staff/moderation`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(MODERATION[language].title);
  return page;
}

/** The new company waits in the moderation queue; staff verify it. */
export async function staffVerifyCompany(browser: Browser, owner: CompanyOwner) {
  const words = MODERATION[owner.language];
  const staff = await staffAtModeration(browser, owner.language);
  const row = staff.getByRole("row").filter({ has: staff.getByRole("rowheader", { name: owner.companyName }) });
  await expect(row).toContainText(words.newCompany);
  await row.getByRole("link", { name: owner.companyName }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(owner.companyName);
  await staff.getByRole("button", { name: words.verify }).click();
  await expect(staff.getByRole("status")).toHaveText(words.verified);
  await staff.context().close();
}

/** Staff open a submitted offer from the queue and publish it, or send it back with a comment. */
export async function staffDecideOffer(
  browser: Browser,
  language: Language,
  title: string,
  decision: { publish: true } | { sendBack: string },
  /** What staff check on the offer's review page before deciding. */
  beforeDeciding?: (staff: Page) => Promise<void>,
) {
  const words = MODERATION[language];
  const staff = await staffAtModeration(browser, language);
  await staff.getByRole("rowheader", { name: title }).getByRole("link").click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(title);
  await beforeDeciding?.(staff);
  if ("sendBack" in decision) {
    await staff.getByLabel(words.comment).fill(decision.sendBack);
    await staff.getByRole("button", { name: words.requestChanges }).click();
    await expect(staff.getByRole("status")).toContainText(words.changesRequested);
  } else {
    await staff.getByRole("button", { name: words.publish, exact: true }).click();
    await expect(staff.getByRole("status")).toContainText(words.published);
  }
  await staff.context().close();
}

export const EDITOR = {
  de: {
    newOffer: "Neues Angebot anlegen",
    newTitle: "Neues Praktikumsangebot",
    address: "Adresse des Praktikumsorts",
    tutor: "Betreuer:in",
    next: "Speichern und weiter",
    placement: "Praktikum",
    title: "Titel (Deutsch)",
    description: "Beschreibung (Deutsch)",
    level: "Erforderliches Sprachniveau in der Landessprache",
    periods: "Zeiträume",
    startsOn: "Beginn (Zeitraum 1)",
    endsOn: "Ende (Zeitraum 1)",
    places: "Plätze (Zeitraum 1)",
    minWeeks: "Mindestdauer in Wochen",
    maxWeeks: "Höchstdauer in Wochen",
    conditions: "Bedingungen",
    hoursPerDay: "Stunden pro Tag",
    review: "Prüfen und einreichen",
    ready: "Alles ist ausgefüllt.",
    submit: "Zur Prüfung einreichen",
    submitted: "Eingereicht. Wir melden uns per E-Mail.",
    viewPublic: "Öffentliche Seite ansehen",
  },
  fr: {
    newOffer: "Créer une offre",
    newTitle: "Nouvelle offre de stage",
    address: "Adresse du lieu de stage",
    tutor: "Tuteur ou tutrice",
    next: "Enregistrer et continuer",
    placement: "Stage",
    title: "Titre (français)",
    description: "Description (français)",
    level: "Niveau de langue requis dans la langue du pays",
    periods: "Périodes",
    startsOn: "Début (période 1)",
    endsOn: "Fin (période 1)",
    places: "Places (période 1)",
    minWeeks: "Durée minimale en semaines",
    maxWeeks: "Durée maximale en semaines",
    conditions: "Conditions",
    hoursPerDay: "Heures par jour",
    review: "Vérifier et soumettre",
    ready: "Tout est renseigné.",
    submit: "Soumettre pour vérification",
    submitted: "Soumise. Nous vous répondons par e-mail.",
    viewPublic: "Voir la page publique",
  },
} as const;

export interface OfferDraft {
  title: string;
  description: string;
  /** The occupational field's name in the company's language. */
  field: string;
  level: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
  address: string;
  tutor: string;
  /** The one period starts this many days from today and lasts `weeks` weeks. */
  startsInDays: number;
  weeks: number;
}

/** The first and last day of the offer's period. */
export function periodOf(offer: OfferDraft): { startsOn: string; endsOn: string } {
  return { startsOn: inDays(offer.startsInDays), endsOn: inDays(offer.startsInDays + offer.weeks * 7 - 1) };
}

/**
 * From the company's offers, the five steps of a new offer in the company's language, submitted
 * for review. Returns the address of the offer's page in the company area.
 */
export async function writeOffer(page: Page, language: Language, offer: OfferDraft): Promise<string> {
  const words = EDITOR[language];
  const heading = page.getByRole("heading", { level: 1 });
  const next = page.getByRole("button", { name: words.next, exact: true });
  await page.goto(`/${language}/company/offers`);
  await page.getByRole("link", { name: words.newOffer }).click();
  await expect(heading).toHaveText(words.newTitle);
  await page.getByLabel(words.address).fill(offer.address);
  await page.getByLabel(words.tutor).fill(offer.tutor);
  await next.click();

  await expect(heading).toHaveText(words.placement);
  await page.getByLabel(words.title).fill(offer.title);
  await page.getByLabel(words.description).fill(offer.description);
  await page.getByLabel(offer.field, { exact: true }).check();
  await page.getByLabel(words.level).selectOption(offer.level);
  await next.click();

  await expect(heading).toHaveText(words.periods);
  const period = periodOf(offer);
  await page.getByLabel(words.startsOn).fill(period.startsOn);
  await page.getByLabel(words.endsOn).fill(period.endsOn);
  await page.getByLabel(words.places).fill("2");
  await page.getByLabel(words.minWeeks).fill("2");
  await page.getByLabel(words.maxWeeks).fill(String(offer.weeks));
  await next.click();

  await expect(heading).toHaveText(words.conditions);
  await page.getByLabel(words.hoursPerDay).fill("7");
  await next.click();

  await expect(heading).toHaveText(words.review);
  await expect(page.getByText(words.ready)).toBeVisible();
  await page.getByRole("button", { name: words.submit }).click();
  await expect(page.getByRole("status")).toHaveText(words.submitted);
  return page.url();
}

/**
 * A new company signs up, staff verify it, it writes an offer and staff publish it. Returns the
 * addresses of the offer in the company area and of its public page (without the host); `page`
 * stays logged in as the company's owner.
 */
export async function companyPublishesOffer(
  browser: Browser,
  page: Page,
  owner: CompanyOwner,
  offer: OfferDraft,
): Promise<{ overview: string; publicPath: string }> {
  await signUpCompany(page, owner);
  await staffVerifyCompany(browser, owner);
  await companyLogsIn(page, owner);
  const overview = await writeOffer(page, owner.language, offer);
  await staffDecideOffer(browser, owner.language, offer.title, { publish: true });
  await page.goto(overview);
  await page.getByRole("link", { name: EDITOR[owner.language].viewPublic }).click();
  // The company's page of the offer has the same heading: wait for the public address.
  await expect(page).toHaveURL(new RegExp(`/${owner.language}/offers/[a-z0-9-]+-\\d+$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(offer.title);
  return { overview, publicPath: new URL(page.url()).pathname };
}

/**
 * Queues one of the app's jobs now, as the crontab does each morning (see queue-job.ts); the e2e
 * server's worker runs it.
 */
export function runJobNow(task: string, baseURL: string | undefined) {
  execFileSync("node", ["--import", "tsx", "e2e/queue-job.ts", task], {
    env: { ...process.env, DATA_DIR: ".data/e2e", APP_URL: baseURL, LOG_LEVEL: "silent" },
    encoding: "utf8",
  });
}

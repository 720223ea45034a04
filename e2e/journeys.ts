/**
 * The steps several specs share: a French pupil signs up, fills in the profile, applies to the
 * recommended Braunschweig offer of the demo company, and the company accepts. Each step checks
 * what a user would see on the way, so a spec that uses it fails where the journey breaks.
 */
import type { Browser, Locator, Page } from "@playwright/test";
import { expect } from "./fixtures";
import { linkTo, waitForMail } from "./mailbox";
import { demoDay } from "./demo-dates";

export const DEMO_PASSWORD = "antenne-demo-2026";
export const DEMO_COMPANY_EMAIL = "firma.demo@antenne.example";
export const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

export async function logIn(page: Page, language: "de" | "fr", email: string, password: string, next: string) {
  // Whoever used this page before leaves; a signed-in visitor is sent away from the log-in page.
  await page.context().clearCookies();
  await page.goto(`/${language}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel(language === "fr" ? "Adresse e-mail" : "E-Mail-Adresse").fill(email);
  await page.getByLabel(language === "fr" ? "Mot de passe" : "Passwort").fill(password);
  await page.getByRole("button", { name: language === "fr" ? "Se connecter" : "Anmelden" }).click();
}

/** A pupil of the Rouen lycée pro, 17 in the spring after the demo's today, signs up and confirms the address. */
export async function signUpFrenchPupil(page: Page, name: string, email: string, password: string) {
  await page.goto("/fr/signup/student");
  await page.getByLabel("Prénom et nom").fill(name);
  await page.getByLabel("Adresse e-mail", { exact: true }).fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByLabel("Où es-tu scolarisé(e) ?").selectOption("FR");
  await page
    .getByLabel("Établissement")
    .selectOption({ label: "Lycée professionnel des métiers de l’industrie, Rouen" });
  await page.getByLabel("Date de naissance").fill(demoDay("2009-10-02"));
  await page.getByLabel(/J’ai lu la/).check();
  await page.getByRole("button", { name: "Créer le compte" }).click();
  // Hashing the password takes a while on a busy machine.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirme ton adresse e-mail", {
    timeout: 30_000,
  });
  await page.goto(linkTo(await waitForMail(email, /confirm/i), "fr/verify-email"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Adresse confirmée");
}

/** The profile: field, German level, free weeks in May–June (as the demo writes it), Braunschweig and around. */
export async function fillPupilProfile(page: Page, email: string, password: string) {
  await logIn(page, "fr", email, password, "/fr/student/profile");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon profil");
  await page.getByLabel("Formation ou diplôme préparé").fill("Bac pro MSPC");
  await page.getByLabel("Pilotage & maintenance d’installations automatisées").check();
  await page.getByLabel("Allemand", { exact: true }).selectOption("B1");
  await page.getByLabel("Période 1 : du").fill(demoDay("2027-05-17"));
  await page.getByLabel("Période 1 : au").fill(demoDay("2027-06-11"));
  await page.getByLabel("Lieu 1 : ville").selectOption({ label: "Braunschweig" });
  await page.getByLabel("Lieu 1 : rayon en km").fill("20");
  await page.getByRole("button", { name: "Enregistrer le profil" }).click();
  await expect(page.getByRole("status")).toHaveText("Ton profil a été enregistré.");
}

/** The demo company's Braunschweig offer among the pupil's recommendations. */
export async function recommendedOffer(page: Page): Promise<Locator> {
  await page.getByRole("banner").getByRole("link", { name: "Pour moi" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ta recherche de stage");
  return page
    .getByRole("list", { name: "Offres recommandées pour toi, les plus adaptées d’abord" })
    .getByRole("listitem")
    .filter({ hasText: "Oker Automation GmbH" })
    .first();
}

/** From an offer's page: the application with a French letter. */
export async function sendApplication(page: Page, letter: string) {
  await page.getByRole("link", { name: "Postuler" }).click();
  await page.getByLabel("Langue de ta lettre").selectOption("fr");
  await page.getByLabel("Ta lettre de motivation").fill(letter);
  await page.getByRole("button", { name: "Envoyer ma candidature" }).click();
  await expect(page.getByRole("status")).toContainText("Ta candidature est envoyée.");
}

/** The whole way from sign-up to a sent application. */
export async function pupilApplies(page: Page, name: string, email: string, password: string) {
  await signUpFrenchPupil(page, name, email, password);
  await fillPupilProfile(page, email, password);
  await (await recommendedOffer(page)).getByRole("link").first().click();
  await sendApplication(
    page,
    "Je voudrais apprendre la maintenance des lignes automatisées dans une entreprise allemande.",
  );
}

/**
 * The demo company accepts the pupil's application, in a context of its own. The page stays on
 * the application (the caller goes on, e.g. to the agreement) and the caller closes the context.
 */
export async function companyAccepts(browser: Browser, studentName: string) {
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  await logIn(page, "de", DEMO_COMPANY_EMAIL, DEMO_PASSWORD, "/de/company/applications");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bewerbungen");
  await page.getByRole("row").filter({ hasText: studentName }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Bewerbung von ${studentName}`);
  await expect(page.getByText("Je voudrais apprendre la maintenance")).toBeVisible();
  await page.getByRole("button", { name: "Zusagen" }).click();
  await expect(page.getByRole("status")).toContainText("Sie haben zugesagt.");
  return { context, page };
}

/** On a team's members page in German, the owner invites a colleague; the invitation is listed as open. */
export async function inviteColleague(page: Page, email: string, language: "de" | "fr" | "en") {
  await page.getByLabel("E-Mail-Adresse der Kollegin oder des Kollegen").fill(email);
  await page.getByLabel("Sprache der Einladung").selectOption(language);
  await page.getByRole("button", { name: "Einladung senden" }).click();
  await expect(page.getByRole("status")).toHaveText(`Die Einladung an ${email} ist unterwegs.`);
  await expect(page.getByRole("list", { name: "Offene Einladungen" })).toContainText(email);
}

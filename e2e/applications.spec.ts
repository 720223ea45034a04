import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { linkTo, waitForMail } from "./mailbox";

/**
 * Issue 6 end to end: a French pupil fills in a profile, finds a German offer among the
 * recommendations with the reasons why, applies; the company accepts; the pupil, the company and
 * the pupil's coordinator each get a mail in their own language.
 */
const DEMO_PASSWORD = "antenne-demo-2026";
const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

async function signUpFrenchPupil(page: Page, name: string, email: string, password: string) {
  await page.goto("/fr/signup/student");
  await page.getByLabel("Prénom et nom").fill(name);
  await page.getByLabel("Adresse e-mail", { exact: true }).fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByLabel("Où es-tu scolarisé(e) ?").selectOption("FR");
  await page
    .getByLabel("Établissement")
    .selectOption({ label: "Lycée professionnel des métiers de l’industrie, Rouen" });
  await page.getByLabel("Date de naissance").fill("2009-10-02");
  await page.getByLabel(/J’ai lu la/).check();
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirme ton adresse e-mail");
  await page.goto(linkTo(await waitForMail(email, /confirm/i), "fr/verify-email"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Adresse confirmée");
}

async function logIn(page: Page, language: "de" | "fr", email: string, password: string, next: string) {
  await page.goto(`/${language}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel(language === "fr" ? "Adresse e-mail" : "E-Mail-Adresse").fill(email);
  await page.getByLabel(language === "fr" ? "Mot de passe" : "Passwort").fill(password);
  await page.getByRole("button", { name: language === "fr" ? "Se connecter" : "Anmelden" }).click();
}

async function companyAccepts(browser: Browser, studentName: string) {
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  await logIn(page, "de", "firma.demo@antenne.example", DEMO_PASSWORD, "/de/company/applications");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bewerbungen");
  await page.getByRole("row").filter({ hasText: studentName }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Bewerbung von ${studentName}`);
  await expect(page.getByText("Je voudrais apprendre la maintenance")).toBeVisible();
  await page.getByRole("button", { name: "Zusagen" }).click();
  await expect(page.getByRole("status")).toContainText("Sie haben zugesagt.");
  await expect(page.getByRole("region", { name: "Verlauf" }).getByRole("listitem").last()).toContainText("Zugesagt.");
  await context.close();
}

test("a French pupil applies to a recommended German offer, the company accepts, and everyone is told", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const name = `Camille Durand ${unique()}`;
  const email = `camille.${unique()}@example.fr`;
  const password = "stage à Brunswick 2027";
  await signUpFrenchPupil(page, name, email, password);

  // The profile: field, German level, free weeks in May–June 2027, Braunschweig and around.
  await logIn(page, "fr", email, password, "/fr/student/profile");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon profil");
  await page.getByLabel("Formation ou diplôme préparé").fill("Bac pro MSPC");
  await page.getByLabel("Pilotage & maintenance d’installations automatisées").check();
  await page.getByLabel("Allemand", { exact: true }).selectOption("B1");
  await page.getByLabel("Période 1 : du").fill("2027-05-17");
  await page.getByLabel("Période 1 : au").fill("2027-06-11");
  await page.getByLabel("Lieu 1 : ville").selectOption({ label: "Braunschweig" });
  await page.getByLabel("Lieu 1 : rayon en km").fill("20");
  await page.getByRole("button", { name: "Enregistrer le profil" }).click();
  await expect(page.getByRole("status")).toHaveText("Ton profil a été enregistré.");

  // Recommended for her, with reasons: the Braunschweig company's May–June placement.
  await page.getByRole("banner").getByRole("link", { name: "Pour moi" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ta recherche de stage");
  const recommendation = page
    .getByRole("list", { name: "Offres recommandées pour toi, les plus adaptées d’abord" })
    .getByRole("listitem")
    .filter({ hasText: "Oker Automation GmbH" })
    .first();
  await expect(recommendation).toContainText("Lieu souhaité\u00a0: Braunschweig");
  await expect(recommendation).toContainText("Allemand B1 ≥ A2 demandé");
  await expect(recommendation).toContainText(/semaines en commun en mai/);
  await recommendation.getByRole("link").first().click();

  // The offer page says why it fits, and the application goes out.
  await expect(page.getByRole("heading", { name: "Pourquoi cette offre te correspond" })).toBeVisible();
  await page.getByRole("link", { name: "Postuler" }).click();
  await page.getByLabel("Langue de ta lettre").selectOption("fr");
  await page
    .getByLabel("Ta lettre de motivation")
    .fill(
      "Je voudrais apprendre la maintenance des lignes automatisées dans une entreprise allemande et progresser en allemand.",
    );
  await page.getByRole("button", { name: "Envoyer ma candidature" }).click();
  await expect(page.getByRole("status")).toContainText("Ta candidature est envoyée.");

  const received = await waitForMail("firma.demo@antenne.example", new RegExp(`Neue Bewerbung von ${name}`));
  expect(received.text).toContain("Bitte antworten Sie innerhalb von 14 Tagen");

  await companyAccepts(browser, name);

  const accepted = await waitForMail(email, /Candidature acceptée/);
  expect(accepted.text).toContain("Oker Automation GmbH");
  const coordinator = await waitForMail("prof.demo@antenne.example", new RegExp(`Candidature acceptée pour ${name}`));
  expect(coordinator.text).toContain("Oker Automation GmbH");

  // Her timeline shows the answer.
  await page.reload();
  await expect(page.getByText("L’entreprise a accepté ta candidature.")).toBeVisible();
});

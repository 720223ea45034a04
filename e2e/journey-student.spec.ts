import fs from "node:fs/promises";
import { expect, test } from "./fixtures";
import {
  companyPublishesOffer,
  escapeRegExp,
  loosely,
  newCompanyOwner,
  newPerson,
  newStudent,
  runJobNow,
  signUpStudent,
  uniqueWord,
} from "./journey-steps";
import { logIn } from "./journeys";
import { linkTo, waitForMail } from "./mailbox";

/**
 * Issue 22: what a student does besides applying, end to end and checked with axe at every step
 * (fixtures.ts). Each journey has its own student, and its own company where it needs an offer.
 */

test("Passwort vergessen: Link per E-Mail, neues Passwort, Anmeldung nur noch damit", async ({ page }) => {
  const student = newStudent("de", "Jonas Albers");
  await signUpStudent(page, student);
  const newPassword = "Sommer in Rouen mit neuem Passwort";

  await page.goto("/de/login");
  await page.getByRole("link", { name: "Passwort vergessen?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Passwort vergessen");
  await page.getByLabel("E-Mail-Adresse").fill(student.email);
  await page.getByRole("button", { name: "Link senden" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Wenn zu dieser Adresse ein Konto gehört, ist eine E-Mail unterwegs. Der Link gilt eine Stunde.",
  );

  const mail = await waitForMail(student.email, /Passwort zurücksetzen/);
  const link = linkTo(mail, "de/reset-password");
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Neues Passwort festlegen");
  // A typo in the repetition is caught before anything changes.
  await page.getByLabel("Passwort", { exact: true }).fill(newPassword);
  await page.getByLabel("Passwort wiederholen").fill(`${newPassword}!`);
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(page.getByRole("alert")).toContainText("Die beiden Passwörter stimmen nicht überein.");
  await page.getByLabel("Passwort wiederholen").fill(newPassword);
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  // The link proved the mailbox: saving signs the student in, on their own start page.
  await expect(page).toHaveURL(/\/de\/student$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deine Praktikumssuche");

  await page.getByRole("banner").getByRole("button", { name: "Abmelden" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Anmelden" })).toBeVisible();

  // The old password no longer opens the account; the new one does.
  await logIn(page, "de", student.email, student.password, "/de/student/profile");
  await expect(page.getByRole("alert")).toContainText("E-Mail-Adresse oder Passwort stimmen nicht.");
  await logIn(page, "de", student.email, newPassword, "/de/student/profile");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mein Profil");

  // The link worked once.
  await page.goto(link);
  await expect(page.getByRole("alert")).toHaveText(
    "Dieser Link wurde schon benutzt. Jeder Link funktioniert nur einmal.",
  );
});

/** A real one-page PDF with one line of text, cross-reference table included. */
function onePagePdf(line: string): Buffer {
  const content = `BT /F1 14 Tf 72 770 Td (${line.replace(/[()\\]/g, "\\$&")}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets = objects.map((object, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}

test("une élève dépose son CV en PDF sur son profil, et les entreprises peuvent le télécharger", async ({ page }) => {
  const student = newStudent("fr", "Inès Garnier");
  await signUpStudent(page, student);
  await logIn(page, "fr", student.email, student.password, "/fr/student/profile");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon profil");
  await expect(page.getByText("Aucun CV déposé.")).toBeVisible();
  await page.getByLabel("Formation ou diplôme préparé").fill("Bac pro MELEC");
  await page.getByLabel("Électricité, énergie, climatique").check();

  // A file that only calls itself a PDF is refused, by what its bytes are.
  await page.getByLabel("CV (facultatif)").setInputFiles({
    name: "cv.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("Inès Garnier, Bac pro MELEC, Rouen"),
  });
  await page.getByRole("button", { name: "Enregistrer le profil" }).click();
  await expect(page.getByRole("alert")).toContainText("Le CV doit être un fichier PDF.");
  await expect(page.getByText("Aucun CV déposé.")).toBeVisible();

  const cv = onePagePdf("Ines Garnier - Bac pro MELEC - Rouen");
  await page
    .getByLabel("CV (facultatif)")
    .setInputFiles({ name: "CV Inès Garnier.pdf", mimeType: "application/pdf", buffer: cv });
  await page.getByRole("button", { name: "Enregistrer le profil" }).click();
  await expect(page.getByRole("status")).toHaveText("Ton profil a été enregistré.");
  await expect(page.getByText(/CV actuel\s:\sCV Inès Garnier\.pdf, déposé le/)).toBeVisible();
  await expect(page.getByLabel("Remplacer le CV")).toBeVisible();

  // Her profile as companies see it offers the CV, and it is the file she uploaded.
  await page
    .getByRole("link", { name: "Voir ton profil tel que les entreprises et ton établissement le voient" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(student.name);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Télécharger le CV (PDF)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("CV Inès Garnier.pdf");
  const downloaded = await fs.readFile(await download.path());
  expect(downloaded.equals(cv)).toBe(true);
});

test("une élève enregistre une recherche, reçoit l’alerte d’une nouvelle offre et l’arrête depuis l’e-mail", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const word = uniqueWord("kupferguss");
  const student = newStudent("fr", "Manon Lefebvre");
  await signUpStudent(page, student);
  await logIn(page, "fr", student.email, student.password, "/fr/offers");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trouver un stage");

  // Nothing matches yet: she saves the search to hear about it when something does.
  await page.getByRole("searchbox", { name: "Recherche" }).fill(word);
  await page.getByRole("button", { name: "Rechercher", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Aucune offre ne correspond" })).toBeVisible();
  await page.getByRole("button", { name: "Enregistrer cette recherche" }).click();
  const saved = page.getByRole("status").filter({ hasText: "Enregistrée" });
  await expect(saved).toContainText("Enregistrée : nous t’écrirons dès que de nouvelles offres correspondent.");
  await saved.getByRole("link", { name: "Gérer les recherches enregistrées" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recherches enregistrées");
  const search = page.getByRole("listitem").filter({ hasText: word });
  await expect(search).toContainText("E-mails activés");

  // A new company in Goslar publishes an offer with that word.
  const owner = newCompanyOwner("de", "Harzer Kupferguss GmbH", "Goslar");
  const title = `Praktikum in der Gießerei ${word}`;
  const company = await newPerson(browser, "de");
  await companyPublishesOffer(browser, company, owner, {
    title,
    description: "Sie gießen mit uns Kupferteile für Armaturen und lernen die Qualitätsprüfung kennen.",
    field: "Metall & Maschinenbau",
    level: "A2",
    address: "Hüttenweg 3, 38640 Goslar",
    tutor: "Uwe Rabe",
    startsInDays: 60,
    weeks: 4,
  });
  await company.context().close();
  // The search finds it once the index has it; only then can the morning's alert.
  await expect(async () => {
    await page.goto(`/fr/offers?q=${word}`);
    await expect(page.getByRole("main").getByRole("link", { name: title })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

  // The morning's alerts go out.
  runJobNow("saved-searches-daily", baseURL);
  const alert = await waitForMail(student.email, loosely(`1 nouvelle offre de stage : « ${word} »`), 30_000);
  expect(alert.text).toContain(title);
  expect(alert.text).toContain(owner.companyName);
  expect(alert.text).toContain("Arrêter les e-mails pour cette recherche");

  // One click on the mail's link stops it, without logging in.
  const stranger = await newPerson(browser, "fr");
  await stranger.goto(linkTo(alert, "fr/saved-searches/stop"));
  await expect(stranger.getByRole("heading", { level: 1 })).toHaveText("E-mails arrêtés pour cette recherche");
  await expect(stranger.getByText(new RegExp(`«\\s${escapeRegExp(word)}\\s»`))).toBeVisible();
  await expect(stranger.getByRole("button", { name: "Réactiver les e-mails" })).toBeVisible();
  await stranger.context().close();

  // Her account says so; the search itself stays saved.
  await page.goto("/fr/account/searches");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recherches enregistrées");
  await expect(search).toContainText("E-mails arrêtés");
});

test("Bewerbung zurückziehen: Der Betrieb wird informiert, die Bewerbung steht als zurückgezogen", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const owner = newCompanyOwner("fr", "Restaurant La Marée SARL", "Caen");
  const title = `Stage en cuisine et service ${owner.companyName.split(" ").at(-1)}`;
  const company = await newPerson(browser, "fr");
  const { publicPath } = await companyPublishesOffer(browser, company, owner, {
    title,
    description: "Vous découvrez la cuisine de la mer et le service en salle dans une brasserie du port de Caen.",
    field: "Hôtellerie-restauration",
    level: "A2",
    address: "12 quai Vendeuvre, 14000 Caen",
    tutor: "Julie Marchand",
    startsInDays: 45,
    weeks: 3,
  });
  await company.context().close();

  const student = newStudent("de", "Lena Hoffmann");
  await signUpStudent(page, student);
  const number = /-(\d+)$/.exec(publicPath)?.[1];
  await logIn(page, "de", student.email, student.password, `/de/offers/${number}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Dieses Angebot gibt es nur auf Französisch.")).toBeVisible();
  await page.getByRole("link", { name: "Jetzt bewerben" }).click();
  await page.getByLabel("Sprache deines Anschreibens").selectOption("fr");
  await page
    .getByLabel("Dein Anschreiben")
    .fill("Je fais une formation de cuisinière à Braunschweig et je voudrais découvrir la cuisine normande.");
  await page.getByRole("button", { name: "Bewerbung abschicken" }).click();
  await expect(page.getByRole("status")).toContainText("Deine Bewerbung ist abgeschickt.");
  await expect(page.getByRole("heading", { name: "Bewerbung zurückziehen" })).toBeVisible();

  await page.getByRole("button", { name: "Bewerbung zurückziehen" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Du hast die Bewerbung zurückgezogen. Das Unternehmen ist informiert.",
  );
  await expect(page.locator(".offer-meta")).toContainText("Zurückgezogen");
  await expect(page.getByRole("region", { name: "Verlauf" }).getByRole("listitem").last()).toContainText(
    "Du hast die Bewerbung zurückgezogen.",
  );
  await expect(page.getByRole("button", { name: "Bewerbung zurückziehen" })).toHaveCount(0);

  // The company hears of it in French.
  const told = await waitForMail(owner.email, loosely(`${student.name} a retiré sa candidature à « ${title} »`));
  expect(told.text).toContain(student.name);

  // Her list says so too.
  await page.getByRole("banner").getByRole("link", { name: "Meine Bewerbungen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meine Bewerbungen");
  await expect(page.getByRole("row").filter({ hasText: title })).toContainText("Zurückgezogen");
});

import { tinyPng } from "../test/support/image-bytes";
import { expect, test } from "./fixtures";
import {
  EDITOR,
  companyLogsIn,
  companyPublishesOffer,
  inDays,
  loosely,
  newCompanyOwner,
  newPerson,
  newStudent,
  signUpCompany,
  signUpStudent,
  staffAtModeration,
  staffDecideOffer,
  staffVerifyCompany,
  writeOffer,
  type OfferDraft,
} from "./journey-steps";
import { logIn } from "./journeys";
import { waitForMail } from "./mailbox";

/**
 * Issue 22: a company's way from sign-up to answering applicants, end to end and checked with axe
 * at every step (fixtures.ts). Each journey has its own company (and students), so nothing the
 * demo companies show changes.
 */

test("ein Betrieb meldet sich an, das Antenne-Team bestätigt ihn, und er kann Angebote anlegen", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const owner = newCompanyOwner("de", "Leinetal Metallbau GmbH", "Hannover");
  await signUpCompany(page, owner);
  await companyLogsIn(page, owner);
  await page.getByRole("banner").getByRole("link", { name: "Unternehmensprofil" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Unternehmensprofil");
  const review = page.getByRole("region", { name: /Prüfung durch das Antenne-Team/ });
  await expect(review).toContainText("Wird geprüft");
  await expect(review).toContainText("Solange die Prüfung läuft, ist nichts von Ihnen öffentlich.");

  // Staff find it among the new companies and verify it.
  await staffVerifyCompany(browser, owner);

  // The owner is told, and the profile says so.
  const told = await waitForMail(owner.email, loosely(`${owner.companyName} ist auf der Antenne Métropole bestätigt`));
  expect(told.text).toContain("Ihre Praktikumsangebote können jetzt veröffentlicht werden");
  await page.reload();
  await expect(review).toContainText("Bestätigt");
  await expect(review).toContainText("Ihr Unternehmen ist bestätigt.");

  // And the way to the first offer is open.
  await page.getByRole("banner").getByRole("link", { name: "Angebote" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihre Praktikumsangebote");
  await page.getByRole("link", { name: "Neues Angebot anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Neues Praktikumsangebot");
});

test("une entreprise vérifiée ajoute son logo, l’équipe de l’Antenne l’approuve, et il s’affiche", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const owner = newCompanyOwner("fr", "Atelier Seine Usinage SAS", "Rouen");
  await signUpCompany(page, owner);
  await staffVerifyCompany(browser, owner);
  await companyLogsIn(page, owner);

  await page.getByRole("banner").getByRole("link", { name: "Profil de l’entreprise" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Profil de l’entreprise");
  await expect(page.getByRole("region", { name: /Vérification par l’équipe de l’Antenne/ })).toContainText("Vérifiée");
  await expect(page.getByText("Aucun logo pour l’instant.")).toBeVisible();
  await page.getByLabel("Adresse", { exact: true }).fill("8 rue du Bac, 76000 Rouen");
  await page
    .getByLabel("Présentation en français")
    .fill("Atelier d’usinage de précision pour l’aéronautique et le ferroviaire, vingt salariés à Rouen.");
  const logo = Buffer.from(tinyPng([0xc8, 0x10, 0x2e, 0xff]));
  await page.getByLabel("Nouveau logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: logo });
  await page.getByRole("button", { name: "Enregistrer le profil" }).click();
  await expect(page.getByRole("status")).toHaveText("Le profil a été enregistré.");

  // A verified company's public face changes only after review: the logo waits for it.
  const proposal = page.getByRole("region", { name: "Vos modifications attendent une vérification" });
  await expect(proposal).toContainText("le nouveau logo");
  await expect(proposal).toContainText("Présentation en français");
  await expect(page.getByRole("figure")).toContainText("Logo proposé, en attente de vérification");

  // Staff see the proposed logo and approve it.
  const staff = await staffAtModeration(browser, "fr");
  const row = staff.getByRole("row").filter({ has: staff.getByRole("rowheader", { name: owner.companyName }) });
  await expect(row).toContainText("Modification d’un profil d’entreprise");
  await row.getByRole("link", { name: owner.companyName }).first().click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(
    loosely(`Modifications proposées pour ${owner.companyName}`),
  );
  const proposed = staff.getByRole("img", { name: `Logo de l’entreprise ${owner.companyName}` });
  await expect(proposed).toBeVisible();
  expect(await proposed.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1);
  await staff.getByRole("button", { name: "Approuver les modifications" }).click();
  await expect(staff.getByRole("status")).toContainText("Les modifications sont approuvées et désormais publiques.");
  await staff.context().close();

  const told = await waitForMail(
    owner.email,
    loosely(`${owner.companyName} : vos modifications du profil sont en ligne`),
  );
  expect(told.text).toContain("Vos offres montrent désormais le nouveau profil.");

  // The profile now shows it as the current logo, and the address serves the uploaded picture.
  await page.reload();
  await expect(page.getByRole("region", { name: "Vos modifications attendent une vérification" })).toHaveCount(0);
  await expect(page.getByRole("figure")).toContainText("Logo actuel");
  const current = page.getByRole("img", { name: `Logo de l’entreprise ${owner.companyName}` });
  await expect(current).toBeVisible();
  expect(await current.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1);
  const served = await page.request.get((await current.getAttribute("src"))!);
  expect(served.headers()["content-type"]).toBe("image/png");
  expect(Buffer.from(await served.body()).equals(logo)).toBe(true);
});

test("ein Betrieb nimmt eine Bewerberin in die engere Wahl und sagt ihr dann mit einer Nachricht ab", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const owner = newCompanyOwner("de", "Okerwerk Antriebstechnik GmbH", "Braunschweig");
  const title = `Praktikum Antriebstechnik ${owner.companyName.split(" ").at(-1)}`;
  const { publicPath } = await companyPublishesOffer(browser, page, owner, {
    title,
    description: "Sie montieren Getriebemotoren und messen sie im Prüffeld unter Anleitung durch.",
    field: "Mechatronik & Automatisierung",
    level: "A2",
    address: "Hafenstraße 12, 38112 Braunschweig",
    tutor: "Jana Kühn",
    startsInDays: 50,
    weeks: 4,
  });

  // A French student applies.
  const student = newStudent("fr", "Chloé Bernard");
  const pupil = await newPerson(browser, "fr");
  await signUpStudent(pupil, student);
  const number = /-(\d+)$/.exec(publicPath)?.[1];
  await logIn(pupil, "fr", student.email, student.password, `/fr/offers/${number}`);
  await pupil.getByRole("link", { name: "Postuler" }).click();
  await pupil.getByLabel("Langue de ta lettre").selectOption("fr");
  await pupil
    .getByLabel("Ta lettre de motivation")
    .fill("Je prépare un bac pro MSPC à Rouen et je voudrais travailler sur des moteurs en Allemagne.");
  await pupil.getByRole("button", { name: "Envoyer ma candidature" }).click();
  await expect(pupil.getByRole("status")).toContainText("Ta candidature est envoyée.");
  const applicationPage = pupil.url();

  // The company is told and opens the application from its inbox.
  await waitForMail(owner.email, loosely(`Neue Bewerbung von ${student.name}: „${title}“`));
  await page.getByRole("banner").getByRole("link", { name: "Bewerbungen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bewerbungen");
  await page.getByRole("row").filter({ hasText: student.name }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Bewerbung von ${student.name}`);
  await expect(page.getByText("je voudrais travailler sur des moteurs en Allemagne")).toBeVisible();

  await page.getByRole("button", { name: "In die engere Wahl" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Die Bewerbung ist in der engeren Wahl. Die Person wird per E-Mail informiert.",
  );
  const history = page.getByRole("region", { name: "Verlauf" }).getByRole("listitem");
  await expect(history.last()).toContainText("In die engere Wahl genommen.");
  const shortlisted = await waitForMail(student.email, loosely(`Votre candidature à « ${title} » est présélectionnée`));
  expect(shortlisted.text).toContain(owner.companyName);

  const message = "Merci pour votre candidature ! Cette fois, nous avons choisi un apprenti de l’atelier partenaire.";
  await page.getByLabel("Nachricht an die Person (freiwillig)").fill(message);
  await page.getByRole("button", { name: "Absagen" }).click();
  await expect(page.getByRole("status")).toHaveText("Sie haben abgesagt. Die Person wird per E-Mail informiert.");
  await expect(history.last()).toContainText("Abgesagt.");
  await expect(history.last()).toContainText(message);
  await expect(page.getByRole("button", { name: "Absagen" })).toHaveCount(0);

  // She reads the answer in her mail and on her application, in French.
  const declined = await waitForMail(student.email, loosely(`Réponse négative pour « ${title} »`));
  expect(declined.text).toContain(message);
  await pupil.goto(applicationPage);
  await expect(pupil.locator(".offer-meta")).toContainText("Refusée");
  await expect(pupil.getByRole("heading", { name: `Message de l’entreprise ${owner.companyName}` })).toBeVisible();
  await expect(pupil.getByRole("region", { name: "Historique" }).getByRole("listitem").last()).toContainText(
    "L’entreprise a refusé ta candidature.",
  );
  await pupil.context().close();
});

test("une entreprise voit les élèves que son offre intéresse, avec les raisons", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const owner = newCompanyOwner("fr", "Normandie Aéro Maintenance SAS", "Le Havre");
  const title = `Stage en maintenance aéronautique ${owner.companyName.split(" ").at(-1)}`;
  const offer: OfferDraft = {
    title,
    description: "Vous participez aux visites d’entretien de turbopropulseurs dans notre atelier du Havre.",
    field: "Aéronautique",
    level: "B1",
    address: "Zone aéroportuaire, 76620 Le Havre",
    tutor: "Marc Lemoine",
    startsInDays: 40,
    weeks: 4,
  };
  const { overview } = await companyPublishesOffer(browser, page, owner, offer);

  // A German apprentice who shows her profile to companies, free around the offer's dates.
  const student = newStudent("de", "Marie Schuster");
  const apprentice = await newPerson(browser, "de");
  await signUpStudent(apprentice, student);
  await logIn(apprentice, "de", student.email, student.password, "/de/student/profile");
  await expect(apprentice.getByRole("heading", { level: 1 })).toHaveText("Mein Profil");
  await apprentice.getByLabel("Ausbildung oder Bildungsgang").fill("Fluggerätmechanikerin");
  await apprentice.getByLabel("Luftfahrt", { exact: true }).check();
  await apprentice.getByLabel("Französisch", { exact: true }).selectOption("C1");
  await apprentice.getByLabel("Zeitraum 1: von").fill(inDays(offer.startsInDays - 5));
  await apprentice.getByLabel("Zeitraum 1: bis").fill(inDays(offer.startsInDays + offer.weeks * 7 + 5));
  await apprentice.getByLabel("Ort 1: Stadt").selectOption({ label: "Le Havre" });
  await apprentice.getByLabel("Ort 1: Umkreis in km").fill("30");
  await apprentice.getByLabel("Betriebe dürfen mein Profil finden").check();
  await apprentice.getByRole("button", { name: "Profil speichern" }).click();
  await expect(apprentice.getByRole("status")).toHaveText("Dein Profil wurde gespeichert.");
  await apprentice.context().close();

  // The company finds her among the suggestions for its offer, with why she fits.
  await page.goto(overview);
  await page.getByRole("link", { name: "Candidats suggérés" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(loosely(`Candidats suggérés pour « ${title} »`));
  const candidate = page
    .getByRole("list", { name: "Candidats suggérés, les plus adaptés d’abord" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: student.name }) });
  await expect(candidate).toContainText("Berufsbildende Schulen Braunschweig – Technik");
  await expect(candidate).toContainText(loosely("Domaine commun : Aéronautique"));
  await expect(candidate).toContainText(loosely("Français C1 ≥ B1 demandé"));
  await expect(candidate).toContainText(loosely("Lieu souhaité : Le Havre"));
  await expect(candidate).toContainText(/4\ssemaines en commun/);
  await candidate.getByRole("link", { name: student.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(student.name);
  await expect(page.getByText("Fluggerätmechanikerin")).toBeVisible();
});

test("ein Angebot geht mit Begründung zurück, der Betrieb überarbeitet es, und es wird veröffentlicht", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const owner = newCompanyOwner("de", "Harzer Holzbau GmbH", "Goslar");
  const title = `Praktikum Zimmerei ${owner.companyName.split(" ").at(-1)}`;
  await signUpCompany(page, owner);
  await staffVerifyCompany(browser, owner);
  await companyLogsIn(page, owner);
  const overview = await writeOffer(page, "de", {
    title,
    description: "Mitarbeit in der Zimmerei.",
    field: "Holz, Möbel, Innenausbau",
    level: "A2",
    address: "Am Sägewerk 4, 38640 Goslar",
    tutor: "Frank Weber",
    startsInDays: 55,
    weeks: 3,
  });

  // Staff send it back: the description says too little.
  const reason = "Bitte beschreiben Sie genauer, welche Aufgaben die Praktikantin oder der Praktikant übernimmt.";
  await staffDecideOffer(browser, "de", title, { sendBack: reason });
  const sentBack = await waitForMail(owner.email, loosely(`Änderungen an Ihrem Angebot „${title}“ erbeten`));
  expect(sentBack.text).toContain(reason);

  await page.goto(overview);
  await expect(page.locator(".status-badge")).toHaveText("Änderungen erbeten");
  await expect(page.getByText("Das Antenne-Team bittet um Änderungen. Passen Sie das Angebot an")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Kommentar des Antenne-Teams" })).toBeVisible();
  await expect(page.getByText(reason).first()).toBeVisible();

  // The company rewrites the description and submits the offer again.
  const description =
    "Sie bauen mit unserem Team Dachstühle ab, messen Balken auf, bedienen die Abbundanlage und setzen Holzrahmenwände.";
  await page.getByRole("link", { name: "Prüfen und einreichen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Prüfen und einreichen");
  await page.getByRole("link", { name: "„Praktikum“ ändern" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Praktikum");
  await page.getByLabel("Beschreibung (Deutsch)").fill(description);
  for (const step of ["Zeiträume", "Bedingungen", "Prüfen und einreichen"]) {
    await page.getByRole("button", { name: EDITOR.de.next, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(step);
  }
  await page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  await expect(page.getByRole("status")).toHaveText("Eingereicht. Wir melden uns per E-Mail.");
  await expect(page.locator(".status-badge")).toHaveText("In Prüfung");

  // Staff see what they asked for and the new text, and publish.
  await staffDecideOffer(browser, "de", title, { publish: true }, async (staff) => {
    await expect(staff.getByRole("definition").filter({ hasText: reason })).toBeVisible();
    await expect(staff.getByRole("region", { name: "Das Angebot, wie es eingereicht wurde" })).toContainText(
      description,
    );
  });
  const published = await waitForMail(owner.email, loosely(`Ihr Angebot „${title}“ ist online`));
  expect(published.text).toContain(title);

  await page.goto(overview);
  await expect(page.locator(".status-badge")).toHaveText("Veröffentlicht");
  const decisions = page.getByRole("region", { name: "Verlauf der Prüfung" });
  await expect(decisions).toContainText("Änderungen erbeten");
  await expect(decisions).toContainText(reason);
  await expect(decisions).toContainText("Veröffentlicht");
  await page.getByRole("link", { name: "Öffentliche Seite ansehen" }).click();
  await expect(page).toHaveURL(/\/de\/offers\/[a-z0-9-]+-\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText(description)).toBeVisible();
});

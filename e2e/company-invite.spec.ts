import { expect, test } from "./fixtures";
import { inviteColleague } from "./journeys";
import { linkTo, waitForMail } from "./mailbox";

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

test("the demo company's owner invites a colleague, who joins in French from the mail and sees the team", async ({
  page,
}) => {
  const colleague = `collegue.${unique()}@example.fr`;
  await page.goto("/de/login?next=%2Fde%2Fcompany%2Fmembers");
  await page.getByLabel("E-Mail-Adresse").fill("firma.demo@antenne.example");
  await page.getByLabel("Passwort").fill("antenne-demo-2026");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Team von Oker Automation GmbH");
  await expect(page.getByText("Katrin Wolters (Sie)")).toBeVisible();

  // A typo is refused in German before anything is sent.
  await page.getByLabel("E-Mail-Adresse der Kollegin oder des Kollegen").fill("keine-adresse");
  await page.getByRole("button", { name: "Einladung senden" }).click();
  await expect(page.getByRole("alert")).toContainText("Das ist keine gültige E-Mail-Adresse");

  await inviteColleague(page, colleague, "fr");

  // The colleague gets the invitation in French; on this machine the owner logs out first.
  // The subject names nobody (a typed name in a subject helps phishing); the text names the company.
  const mail = await waitForMail(colleague, /Invitation à rejoindre l’équipe d’une entreprise/);
  expect(mail.text).toContain("Oker Automation GmbH");
  await page.getByRole("banner").getByRole("button", { name: "Abmelden" }).click();
  // Wait for the logged-out page: navigating at once could cut the log-out request off.
  await expect(page.getByRole("banner").getByRole("link", { name: "Anmelden" })).toBeVisible();
  const link = linkTo(mail, "fr/invite");
  await page.goto(link);
  await expect(
    page.getByText("Vous êtes invité(e) à rejoindre l’équipe de l’entreprise Oker Automation GmbH"),
  ).toBeVisible();
  await expect(page.getByText(`Votre compte utilisera l’adresse ${colleague}.`)).toBeVisible();
  await page.getByLabel("Prénom et nom").fill("Camille Petit");
  await page.getByLabel("Mot de passe").fill("stage en Basse-Saxe 2027");
  await page.getByLabel(/J’ai lu la/).check();
  await page.getByRole("button", { name: "Créer le compte et rejoindre l’équipe" }).click();

  await expect(page).toHaveURL(/\/fr\/company\/members$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Oker Automation GmbH\u00a0: l’équipe");
  const team = page.getByRole("list", { name: "Membres" });
  await expect(team).toContainText("Katrin Wolters");
  await expect(team).toContainText("Camille Petit (vous)");
  await expect(
    page.getByText("Seul(e) le ou la propriétaire de l’entreprise peut inviter des collègues."),
  ).toBeVisible();

  // The link worked once and says what to do next.
  await page.goto(link);
  await expect(page.getByRole("alert")).toHaveText(
    "Ce lien a déjà été utilisé. Chaque lien ne fonctionne qu’une fois.",
  );
  await expect(page.getByText("Demandez à la personne qui vous a invité(e)")).toBeVisible();
});

import { execFileSync } from "node:child_process";
import { expect, test } from "./fixtures";
import { linkTo, waitForMail } from "./mailbox";
import { demoDay } from "./demo-dates";

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

test("a student signs up in French, confirms the address from the mail, logs in and out", async ({ page }) => {
  const email = `eleve.${unique()}@example.fr`;
  await page.goto("/fr/signup");
  await page.getByRole("link", { name: "Élève ou apprenti(e)" }).click();

  await page.getByLabel("Prénom et nom").fill("Inès Moreau");
  await page.getByLabel("Adresse e-mail", { exact: true }).fill(email);
  await page.getByLabel("Mot de passe").fill("stage en Allemagne 2027");
  await page.getByLabel("Où es-tu scolarisé(e) ?").selectOption("FR");
  await page
    .getByLabel("Établissement")
    .selectOption({ label: "Lycée professionnel des métiers de l’industrie, Rouen" });
  await page.getByLabel("Date de naissance").fill(demoDay("2008-04-12"));
  await page.getByLabel(/J’ai lu la/).check();
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirme ton adresse e-mail");

  const mail = await waitForMail(email, /confirm/i);
  // Transactional mail: mailparser folds List-* headers into `list`, so read the raw header lines.
  const headerNames = mail.headerLines.map((line) => line.key);
  expect(headerNames).toContain("message-id");
  expect(headerNames).not.toContain("list-unsubscribe");
  expect(headerNames).not.toContain("precedence");
  await page.goto(linkTo(mail, "fr/verify-email"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Adresse confirmée");

  await page.getByRole("link", { name: "Se connecter" }).first().click();
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill("stage en Allemagne 2027");
  await page.getByRole("button", { name: "Se connecter" }).click();
  // A student lands on their own start page.
  await expect(page).toHaveURL(/\/fr\/student$/);
  await page.getByRole("banner").getByRole("link", { name: "Mon compte" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon compte");
  await expect(page.getByText("Inès Moreau")).toBeVisible();

  await page.getByRole("banner").getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter" })).toBeVisible();
  await page.goto("/fr/account");
  await expect(page).toHaveURL(/\/fr\/login\?next=%2Ffr%2Faccount$/);
});

test("bad input is refused field by field in the reader's language, with and without JavaScript", async ({
  browser,
}) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto("/de/signup/company");
    await page.getByLabel("E-Mail-Adresse").fill("keine-adresse");
    await page.getByLabel("Passwort").fill("kurz");
    await page.getByRole("button", { name: "Konto anlegen" }).click();
    const summary = page.getByRole("alert");
    await expect(summary).toContainText("Das ist keine gültige E-Mail-Adresse");
    await expect(summary).toContainText("Das Passwort muss mindestens 12 Zeichen lang sein.");
    await expect(summary).toContainText("Bitte bestätige, dass du die Datenschutzerklärung gelesen hast.");
    await expect(page.getByLabel("E-Mail-Adresse")).toHaveAttribute("aria-invalid", "true");
    await context.close();
  }
});

test("a 14-year-old from Normandy needs a parent, who confirms together with the child, before applying", async ({
  page,
}) => {
  const email = `junior.${unique()}@example.fr`;
  const parent = `parent.${unique()}@example.fr`;
  await page.goto("/fr/signup/student");
  await page.getByLabel("Prénom et nom").fill("Noé Lambert");
  await page.getByLabel("Adresse e-mail", { exact: true }).fill(email);
  await page.getByLabel("Mot de passe").fill("mon premier stage");
  await page.getByLabel("Où es-tu scolarisé(e) ?").selectOption("FR");
  await page.getByLabel("Établissement").selectOption({ label: "Lycée professionnel hôtelier, Caen" });
  await page.getByLabel("Date de naissance").fill(demoDay("2012-05-03"));
  await page.getByLabel(/J’ai lu la/).check();
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByRole("alert")).toContainText("En dessous de 15 ans, un parent doit donner son accord");

  await page.getByLabel("Nom d’un parent ou du représentant légal").fill("Sophie Lambert");
  await page.getByLabel("Adresse e-mail de cette personne").fill(parent);
  await page.getByLabel("Mot de passe").fill("mon premier stage");
  await page.getByLabel(/J’ai lu la/).check();
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirme ton adresse e-mail");

  await page.goto(linkTo(await waitForMail(email, /confirm/i), "fr/verify-email"));
  await expect(page.getByText("nous avons écrit à ton parent")).toBeVisible();

  // Noé may browse offers but not apply while the parent has not confirmed.
  await page.goto(`/fr/login?next=${encodeURIComponent("/fr/offers?q=Anlagenmontage")}`);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill("mon premier stage");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByRole("main").getByRole("article").first().getByRole("link").first().click();
  await page.getByRole("link", { name: "Postuler" }).click();
  await expect(page.getByRole("heading", { name: "L’accord de tes parents manque encore" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Envoyer ma candidature" })).toHaveCount(0);
  const applyPage = page.url();

  await page.goto(linkTo(await waitForMail(parent, /Noé Lambert/), "fr/guardian-consent"));
  await page.getByLabel(/j’autorise Noé Lambert à utiliser la plateforme/).check();
  await page.getByRole("button", { name: "Donner mon accord" }).click();
  await expect(page.getByRole("alert")).toContainText("l’enfant et le parent donnent leur accord ensemble");
  await page.getByLabel(/j’autorise Noé Lambert/).check();
  await page.getByLabel("Noé Lambert est avec moi et donne également son accord.").check();
  await page.getByRole("button", { name: "Donner mon accord" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merci");

  // Once the parent has confirmed, the application form is open to Noé.
  await page.goto(applyPage);
  await expect(page.getByRole("heading", { name: "L’accord de tes parents manque encore" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Envoyer ma candidature" })).toBeVisible();
});

test("npm run staff:create prints a one-time link that sets the first password", async ({ page, baseURL }) => {
  const email = `staff.${unique()}@antenne.example`;
  const output = execFileSync("npm", ["run", "--silent", "staff:create", "--", email, "--lang", "en"], {
    env: { ...process.env, DATA_DIR: ".data/e2e", APP_URL: baseURL, LOG_LEVEL: "silent" },
    encoding: "utf8",
  });
  const link = /http\S+reset-password\?token=\S+/.exec(output)?.[0];
  expect(link, output).toBeTruthy();

  await page.goto(link!);
  await page.getByLabel("Password", { exact: true }).fill("antenne office 2026");
  await page.getByLabel("Repeat password").fill("antenne office 2026");
  await page.getByRole("button", { name: "Save password" }).click();
  // The link proved the mailbox, so saving the password signs in and opens the staff area.
  await expect(page.getByRole("main").getByText("Antenne team")).toBeVisible();

  // The link worked once.
  await page.goto(link!);
  await expect(page.getByRole("alert")).toHaveText("This link has already been used. Each link works only once.");
});

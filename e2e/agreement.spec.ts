import fs from "node:fs/promises";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { simpleParser } from "mailparser";
import { pdfText } from "../test/support/pdf-text";
import { expect, test } from "./fixtures";
import { companyAccepts, DEMO_PASSWORD, logIn, pupilApplies, unique } from "./journeys";
import { waitForMail } from "./mailbox";

/**
 * Issue 21 end to end: the demo company accepts a French pupil of 17 for four weeks in
 * Braunschweig; the agreement is written; the referent teacher completes the school's part and
 * the company its own; every party signs through their mailed link (people with accounts log in),
 * the guardian by a scan of a hand-signed copy that the teacher confirms; a change before the last
 * signature withdraws the first signatures; the signed PDF carries the signature page. Staff
 * publish a new version of the clause texts. axe checks every page visited (fixtures.ts).
 */
const OUTBOX = path.resolve(".data/e2e/outbox");

/** The company accepts; the accepted application leads to its agreement, whose path is returned. */
async function companyAcceptsAgreement(browser: Browser, studentName: string) {
  const { context, page } = await companyAccepts(browser, studentName);
  await page.getByRole("link", { name: "Vereinbarung öffnen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Praktikumsvereinbarung: ${studentName}`);
  const agreementUrl = new URL(page.url()).pathname;
  await context.close();
  return agreementUrl.replace(/^\/de/, "");
}

/** The signing links mailed since a moment, one per recipient (the newest). */
async function signingLinks(since: number): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  const files = (await fs.readdir(OUTBOX)).filter((name) => name.endsWith(".eml")).sort();
  for (const file of files) {
    const mail = await simpleParser(await fs.readFile(path.join(OUTBOX, file)));
    // The Date header, on the app's clock (not the file's time, which stays real with ANTENNE_TODAY).
    if ((mail.date?.getTime() ?? 0) < since) continue;
    if (!/Convention de stage à signer|Praktikumsvereinbarung zum Unterschreiben/.test(mail.subject ?? "")) continue;
    const to = [mail.to].flat()[0]?.value[0]?.address ?? "";
    const match = /https?:\/\/\S+\/(?:de|fr)\/agreements\/sign\?token=[\w-]+/.exec(mail.text ?? "");
    if (match) links.set(to, match[0]);
  }
  return links;
}

/** A party opens their link (logging in first when it has an account), types the name and signs. */
async function sign(browser: Browser, email: string, link: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  if (new URL(page.url()).pathname.endsWith("/login")) {
    const language = new URL(page.url()).pathname.startsWith("/fr") ? "fr" : "de";
    const next = new URL(page.url()).searchParams.get("next") ?? "/";
    await logIn(page, language, email, DEMO_PASSWORD, next);
  }
  const french = new URL(page.url()).pathname.startsWith("/fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    french ? "Signer la convention de stage" : "Praktikumsvereinbarung unterschreiben",
  );
  const name =
    (await page
      .locator("dt", { hasText: french ? "Nom" : "Name" })
      .locator("+ dd")
      .textContent()) ?? "";
  await page.getByLabel(french ? "Votre nom complet" : "Ihr vollständiger Name").fill(name);
  await page.getByLabel(french ? /J’ai lu la convention/ : /Ich habe die Vereinbarung gelesen/).check();
  await page.getByRole("button", { name: french ? "Signer" : "Unterschreiben" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    french ? "Merci pour votre signature" : "Danke für Ihre Unterschrift",
  );
  await context.close();
}

/** The guardian sends a scan instead of typing her name: first a text file named .pdf, then a PDF. */
async function sendScan(browser: Browser, link: string) {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto(link);
  const form = page.getByRole("region", { name: "Ou bien\u00a0: envoyer une copie signée à la main" });
  const file = form.getByLabel("Scan (PDF, PNG ou JPEG, 10\u00a0Mo au plus)");
  await file.setInputFiles({ name: "convention.pdf", mimeType: "application/pdf", buffer: Buffer.from("pas un PDF") });
  await form.getByLabel("Le scan montre cette convention avec ma signature manuscrite.").check();
  await form.getByRole("button", { name: "Envoyer le scan" }).click();
  await expect(page.getByText("Merci d’envoyer un fichier PDF, PNG ou JPEG.")).toBeVisible();
  const scan = Buffer.from("%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n");
  await file.setInputFiles({ name: "convention-signee.pdf", mimeType: "application/pdf", buffer: scan });
  await form.getByLabel("Le scan montre cette convention avec ma signature manuscrite.").check();
  await form.getByRole("button", { name: "Envoyer le scan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merci pour votre scan");
  await context.close();
}

test("the agreement of an accepted French pupil of 17 is completed, signed by every party and kept", async ({
  page,
  browser,
}) => {
  test.setTimeout(420_000);
  const name = `Léa Fournier ${unique()}`;
  const email = `lea.${unique()}@example.fr`;
  await pupilApplies(page, name, email, "stage à Brunswick 2027");
  const agreementPath = await companyAcceptsAgreement(browser, name);

  // The referent teacher sees what is missing and completes the school's part.
  await logIn(page, "fr", "prof.demo@antenne.example", DEMO_PASSWORD, "/fr/agreements");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Conventions de stage");
  await page.getByRole("link", { name }).click();
  await expect(page).toHaveURL(/\/fr\/agreements\/[^/?]+$/);
  await expect(page.getByRole("main").getByText("Brouillon\u00a0: informations manquantes").first()).toBeVisible();
  const missing = page.getByRole("region", { name: "Ce qui manque encore" });
  await expect(missing).toContainText("Nom du ou de la chef·fe d’établissement (Établissement)");
  const school = page.getByRole("region", { name: "Informations de l’établissement" });
  await school.getByLabel("Adresse de l’établissement").fill("2 rue de l’Industrie, 76000 Rouen");
  await school.getByLabel("Nom du ou de la chef·fe d’établissement").fill("François Œillet");
  await school.getByLabel("Courriel du ou de la chef·fe d’établissement").fill(`proviseur.${unique()}@example.fr`);
  await school.getByLabel("Nom du ou de la représentant·e légal·e").fill("Hélène Fournier");
  await school.getByLabel("Courriel du ou de la représentant·e légal·e").fill(`parent.${unique()}@example.fr`);
  await school.getByLabel("Objectifs du stage").fill("Découvrir la maintenance préventive d’une ligne.");
  await school.getByLabel("Frais de voyage\u00a0: prise en charge").fill("Lycée (Pass Monde)");
  await school.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("status")).toHaveText("Les informations sont enregistrées.");

  // The company completes its part: the tutor's address and the daily hours (a minor's rules apply).
  const company = await browser.newContext({ locale: "de-DE" });
  const companyPage = await company.newPage();
  await logIn(companyPage, "de", "firma.demo@antenne.example", DEMO_PASSWORD, `/de${agreementPath}`);
  const companyForm = companyPage.getByRole("region", { name: "Angaben des Unternehmens" });
  await companyForm.getByLabel("E-Mail der Tutor:in").fill(`tutor.${unique()}@example.de`);
  await companyForm.getByLabel("Tägliche Arbeitszeit").fill("13:00–21:00");
  await companyForm.getByRole("button", { name: "Angaben speichern" }).click();
  await expect(companyPage.getByText("Minderjährige arbeiten nicht zwischen 20 und 6 Uhr.")).toBeVisible();
  await companyForm.getByLabel("Tägliche Arbeitszeit").fill("08:00–16:30");
  await companyForm.getByRole("button", { name: "Angaben speichern" }).click();
  await expect(companyPage.getByText("Alle Angaben sind vollständig.")).toBeVisible();

  // The teacher sends it out: every party gets a link.
  let sentAt = Date.now() - 1000;
  await page.reload();
  await page.getByRole("button", { name: "Envoyer pour signature" }).click();
  // Sending renders and stores the PDF: slow on a busy machine.
  await expect(page.getByRole("status")).toHaveText(
    "La convention a été envoyée pour signature à toutes les parties.",
    {
      timeout: 30_000,
    },
  );
  await expect.poll(async () => (await signingLinks(sentAt)).size, { timeout: 30_000 }).toBe(6);
  let links = await signingLinks(sentAt);

  // The pupil and the guardian sign; then the company changes the hours: both signatures go.
  await sign(browser, email, links.get(email)!);
  const guardian = [...links.keys()].find((to) => to.startsWith("parent."))!;
  await sign(browser, guardian, links.get(guardian)!);
  await companyPage.reload();
  await expect(companyPage.getByText("Teilweise unterschrieben")).toBeVisible();
  await companyForm.getByLabel("Tägliche Arbeitszeit").fill("08:30–17:00");
  await companyForm.getByRole("button", { name: "Angaben speichern" }).click();
  await expect(companyPage.getByText(/alle bisherigen Unterschriften zurückgezogen/)).toBeVisible();
  await waitForMail(email, /votre signature a été retirée/);
  await waitForMail(guardian, /votre signature a été retirée/);
  await company.close();

  // Sent again; now everyone signs.
  sentAt = Date.now() - 1000;
  await page.reload();
  await page.getByRole("button", { name: "Envoyer pour signature" }).click();
  await expect.poll(async () => (await signingLinks(sentAt)).size, { timeout: 30_000 }).toBe(6);
  links = await signingLinks(sentAt);
  for (const [to, link] of links) {
    if (to === guardian) await sendScan(browser, link);
    else await sign(browser, to, link);
  }

  // The guardian's scan waits for the teacher, who confirms it: that completes the agreement.
  await page.reload();
  await expect(page.getByText("Partiellement signée", { exact: true })).toBeVisible();
  const scans = page.getByRole("region", { name: "Copies signées à la main" });
  await expect(scans.getByRole("link", { name: /Ouvrir le scan \(PDF/ })).toBeVisible();
  await scans.getByRole("button", { name: /Confirmer\s: vaut signature/ }).click();
  await expect(page.getByRole("status")).toHaveText("Le scan est confirmé et vaut signature.", { timeout: 30_000 });
  await expect(page.getByText("Signée", { exact: true })).toBeVisible();
  const signedMail = await waitForMail(email, /Convention de stage signée/);
  const download = /https?:\/\/\S+\/fr\/agreements\/sign\?token=[\w-]+/.exec(signedMail.text ?? "")![0];
  const pdfUrl = download.replace("/agreements/sign?", "/agreements/sign/document?");
  const response = await page.request.get(pdfUrl);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const { pages, text } = await pdfText(new Uint8Array(await response.body()));
  expect(text).toContain("Praktikumsvereinbarung / Convention de stage");
  expect(text).toContain(name);
  const signaturePages = pages.slice(pages.findIndex((p) => p.startsWith("Unterschriften / Signatures"))).join(" ");
  expect(signaturePages).toContain("François Œillet");
  expect(signaturePages).toContain("Hélène Fournier");
  expect(signaturePages).toContain("Handschriftlich unterschriebene Kopie / Copie signée à la main");
  expect(signaturePages).toContain("confirmée par");
});

test("staff publish a new version of the clause texts, every clause in both languages", async ({ page }) => {
  await logIn(page, "de", "staff.demo@antenne.example", DEMO_PASSWORD, "/de/staff");
  await page
    .getByRole("navigation", { name: "Bereich des Antenne-Teams" })
    .getByRole("link", { name: "Vertragsklauseln" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Klauseln der Praktikumsvereinbarung");
  const form = page.getByRole("region", { name: /Aktuelle Texte \(Fassung \d+\)/ });
  const version = Number(/Fassung (\d+)/.exec((await form.getByRole("heading").first().textContent()) ?? "")?.[1]);
  const first = form.getByRole("group").first();
  const german = first.getByLabel("Text (deutsch)");
  const text = await german.inputValue();

  // Without the French text the form comes back with the message at the field, nothing published.
  await first.getByLabel("Text (französisch)").fill("");
  await page.getByRole("button", { name: `Als Fassung ${version + 1} veröffentlichen` }).click();
  await expect(page.getByRole("alert")).toContainText("Bitte den Text der Klausel in beiden Sprachen angeben.");
  await expect(first.getByLabel("Text (deutsch)")).toHaveValue(text);

  await page.reload();
  await first.getByLabel("Text (deutsch)").fill(`${text} Sie gilt ab dem ersten Praktikumstag.`);
  await page.getByLabel("Notiz zu dieser Fassung (freiwillig)").fill("Artikel 1 ergänzt");
  await page.getByRole("button", { name: `Als Fassung ${version + 1} veröffentlichen` }).click();
  await expect(page.getByRole("status")).toHaveText(
    `Fassung ${version + 1} ist veröffentlicht. Neue Vereinbarungen werden mit ihr geschrieben.`,
  );
  await expect(
    page.getByRole("row", { name: new RegExp(`^${version + 1} \\(aktuell\\).*Artikel 1 ergänzt`) }),
  ).toBeVisible();
});

import { execFileSync } from "node:child_process";
import type { Browser, Page } from "@playwright/test";
import { request as playwrightRequest } from "@playwright/test";
import type { ParsedMail } from "mailparser";
import { expect as baseExpect, test } from "./fixtures";
import { linkTo, waitForMail } from "./mailbox";
import { demoToday } from "./demo-dates";

/**
 * Issue 19 end to end: a visitor subscribes in French and confirms by the mailed link's button;
 * staff compose the December edition, the parity check holds it until the German text is there,
 * a second staff member approves, it goes to the demo subscribers in their languages (read from
 * the outbox with mailparser), the one-click unsubscribe works with a bare POST, and the edition
 * is in the archive and its feed. Every visited page is checked with axe (fixtures.ts).
 */
const DEMO_PASSWORD = "antenne-demo-2026";
// Password hashing and page loads are slow on a loaded machine: wait longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });
const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

async function logIn(page: Page, email: string, password: string, next: string) {
  await page.goto(`/de/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(new RegExp(next.split("?")[0]!.replace(/\//g, "\\/")));
}

/** A second staff member, made with `npm run staff:create`, signed in in a browser of their own. */
async function secondStaff(browser: Browser, baseURL: string): Promise<Page> {
  const email = `redaktion.${unique()}@antenne.example`;
  const output = execFileSync("npm", ["run", "--silent", "staff:create", "--", email, "--lang", "en"], {
    env: { ...process.env, DATA_DIR: ".data/e2e", APP_URL: baseURL, LOG_LEVEL: "silent" },
    encoding: "utf8",
  });
  const link = /http\S+reset-password\?token=\S+/.exec(output)?.[0];
  expect(link, output).toBeTruthy();
  const page = await (await browser.newContext({ locale: "de-DE" })).newPage();
  await page.goto(link!);
  await page.getByLabel("Password", { exact: true }).fill("antenne office 2026");
  await page.getByLabel("Repeat password").fill("antenne office 2026");
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page.getByRole("main").getByText("Antenne team")).toBeVisible({ timeout: 40_000 });
  return page;
}

/** A header as the mail carries it (mailparser folds List-* headers into one object otherwise). */
const header = (mail: ParsedMail, name: string) =>
  mail.headerLines
    .find((line) => line.key === name)
    ?.line.replace(/^[^:]+:\s*/, "")
    .replace(/\r?\n\s+/g, " ");

test("a visitor subscribes in French, confirms with the button, and staff see the consent", async ({ page }) => {
  const email = `lectrice.${unique()}@example.fr`;
  await page.goto("/fr");
  await page
    .getByRole("contentinfo")
    .getByRole("link", { name: /lettre d’information/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/fr\/newsletter/);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Français", { exact: true }).check();
  await page.getByLabel(/Je souhaite recevoir la lettre/).check();
  await page.getByRole("main").getByRole("button", { name: "S’abonner" }).click();
  await expect(page.getByRole("status")).toContainText("nous vous avons envoyé un e-mail");

  const mail = await waitForMail(email, /lettre|abonnement/i);
  expect(mail.text).toBeTruthy();
  expect(mail.html).toBeTruthy();
  // The link opens a page with a button: following it alone (a mail scanner) confirms nothing.
  await page.goto(linkTo(mail, "fr/newsletter/confirm"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirmer l’abonnement");
  await page.getByRole("button", { name: "Oui, recevoir la lettre" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Abonnement confirmé");

  const staff = await (await page.context().browser()!.newContext({ locale: "de-DE" })).newPage();
  await logIn(staff, "staff.demo@antenne.example", DEMO_PASSWORD, "/de/staff/newsletter");
  await staff.getByRole("link", { name: /Abonnent:innen suchen/ }).click();
  await staff.getByLabel("E-Mail-Adresse (oder ein Teil davon)").fill(email);
  await staff.getByRole("button", { name: "Suchen" }).click();
  const found = staff.getByRole("article", { name: email });
  await expect(found.getByText("bestätigt", { exact: true })).toBeVisible();
  const consent = found.getByRole("table", { name: "Einwilligungen" }).getByRole("row").nth(1);
  await expect(consent).toContainText("Formular");
  await expect(consent).toContainText("newsletter-2026-12");
  await expect(consent.getByRole("cell").nth(2)).toHaveText("fr");
});

// The edition's journey is long: two tests in order, each with its own axe check of the pages it saw.
test.describe.configure({ mode: "serial" });
let editionUrl = "";

test("staff compose this month's edition; parity and a second staff member gate it", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  await logIn(page, "staff.demo@antenne.example", DEMO_PASSWORD, "/de/staff/newsletter");
  // The demo has sent the three months before; this one is free (2026-12 for the demo as written).
  const month = demoToday().slice(0, 7);
  await page.getByLabel("Monat (JJJJ-MM)").fill(month);
  await page.getByRole("button", { name: "Ausgabe anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ausgabe ${month}`);
  editionUrl = page.url();

  // The edition starts with the offers and the coming month's events, filled from the platform.
  await expect(page.getByRole("group", { name: /Neue Praktikumsangebote/ })).toBeVisible();
  await expect(page.getByRole("group", { name: /Veranstaltungen des kommenden Monats/ })).toBeVisible();

  // French first: the parity check names what German still lacks.
  await page.getByLabel("Betreff (Französisch)").fill("Décembre : stages et fêtes");
  await page.getByLabel("Überschrift (Französisch)").fill("Bonjour");
  await page.getByLabel("Text (Französisch, Markdown)").fill("Les nouvelles de **décembre**.");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("status")).toHaveText("Gespeichert.");
  const gaps = page.getByRole("list", { name: "Sprachvergleich" });
  await expect(gaps).toContainText("Betreff – Deutsch fehlt");
  await expect(gaps).toContainText("Block 1 – Deutsch fehlt");

  // A second staff member cannot approve it yet.
  const second = await secondStaff(browser, baseURL!);
  await second.goto(editionUrl);
  await second.getByRole("button", { name: "Freigeben" }).click();
  await expect(second.getByRole("alert")).toHaveText(
    "Erst wenn beide Sprachen vollständig sind, kann die Ausgabe freigegeben werden.",
  );

  await page.reload();
  await page.getByLabel("Betreff (Deutsch)").fill("Dezember: Praktika und Feste");
  await page.getByLabel("Überschrift (Deutsch)").fill("Hallo");
  await page.getByLabel("Text (Deutsch, Markdown)").fill("Neues aus dem **Dezember**.");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByText("Beide Sprachen sind vollständig.")).toBeVisible();
  // The author alone cannot release it.
  await expect(page.getByText("Eine zweite Person aus dem Team muss diese Ausgabe freigeben.")).toBeVisible();

  // The preview shows the offers the platform filled in.
  const preview = await page.request.get(`${editionUrl}/preview?in=fr&as=text`);
  const previewText = await preview.text();
  expect(previewText).toContain("Nouvelles offres de stage");
  expect(previewText).toContain("Les nouvelles de décembre.");

  await second.reload();
  await second.getByRole("button", { name: "Freigeben" }).click();
  await expect(second.getByRole("status")).toHaveText("Freigegeben.");
  const now = new Date().toISOString().slice(0, 16);
  await second.getByLabel("Versand am").fill(now);
  await second.getByRole("button", { name: "Versand planen" }).click();
  await expect(second.getByText("Versand geplant.")).toBeVisible();
});

test("the edition reaches readers in their languages, unsubscribes in one click, and is archived", async ({ page }) => {
  test.setTimeout(240_000);
  // Demo readers: leser3 German, leser1 French, leser2 both (German first: Germany).
  const german = await waitForMail("leser3@demo.antenne.example", /^Dezember: Praktika und Feste$/, 120_000);
  const french = await waitForMail("leser1@demo.antenne.example", /^Décembre : stages et fêtes$/, 60_000);
  const both = await waitForMail("leser2@demo.antenne.example", /Dezember/, 60_000);
  expect(german.text).toContain("Neues aus dem Dezember.");
  expect(german.text).not.toContain("Les nouvelles de décembre.");
  expect(german.html).toContain("Neue Praktikumsangebote");
  expect(french.text).toContain("Les nouvelles de décembre.");
  expect(french.html).toContain("Nouvelles offres de stage");
  expect(french.text).not.toContain("Neues aus dem Dezember.");
  expect(both.text!.indexOf("Neues aus dem Dezember.")).toBeLessThan(both.text!.indexOf("Les nouvelles de décembre."));
  for (const mail of [german, french, both]) {
    expect(mail.html).toBeTruthy();
    expect(mail.text).toBeTruthy();
    expect(header(mail, "list-id")).toContain("newsletter.");
    expect(header(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(header(mail, "precedence")).toBe("bulk");
    expect(mail.messageId).toMatch(/^<newsletter\.[0-9a-f-]+\.[0-9a-f-]+@/);
  }

  // One-click unsubscribe: a bare POST from the mail client, no cookies, no Origin.
  const listUnsubscribe = header(french, "list-unsubscribe");
  const target = /<(https?:\/\/[^>]+)>/.exec(listUnsubscribe ?? "")?.[1];
  expect(target, listUnsubscribe).toBeTruthy();
  const client = await playwrightRequest.newContext();
  const answer = await client.post(target!, {
    form: { "List-Unsubscribe": "One-Click" },
    maxRedirects: 0,
  });
  expect(answer.status()).toBe(200);
  await client.dispose();
  await page.goto(target!.replace(/^https?:\/\/[^/]+/, ""));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Désabonnement effectué");

  // Sent: the staff page says so, and the edition is in the archive and its feed.
  await logIn(page, "staff.demo@antenne.example", DEMO_PASSWORD, "/de/staff/newsletter");
  // Polled without the browser, so that only the final page is a state to check with axe.
  await expect
    .poll(async () => (await (await page.request.get(editionUrl)).text()).includes("versandt"), {
      timeout: 60_000,
    })
    .toBe(true);
  await page.goto(editionUrl);
  await expect(page.getByText("Stand: versandt")).toBeVisible();
  await page.goto("/fr/newsletter/archive");
  await page.getByRole("link", { name: /Décembre : stages et fêtes/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Décembre : stages et fêtes");
  const feed = await page.request.get("/fr/newsletter/feed.xml");
  expect(await feed.text()).toContain("Décembre : stages et fêtes");
});

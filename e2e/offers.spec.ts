import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/**
 * Issue 4 end to end: a company writes an offer step by step, staff publish it, and the public
 * sees it in German and, marked as German-only, in French.
 */
const DEMO_PASSWORD = "antenne-demo-2026";
const DAY = 86_400_000;
/** An ISO date n days from today, so the test does not age. */
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/** Logs out and waits until the page says so, so that the next navigation cannot cut the request off. */
async function logOut(page: Page) {
  await page.getByRole("banner").getByRole("button", { name: "Abmelden" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Anmelden" })).toBeVisible();
}

async function logIn(page: Page, email: string, next: string) {
  await page.goto(`/de/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

test("a company writes an offer with two periods, staff publish it, and it is public in /de and /fr", async ({
  page,
}) => {
  const title = `Praktikum Mechatronik ${Date.now()}`;
  await logIn(page, "firma.demo@antenne.example", "/de/company/offers");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihre Praktikumsangebote");
  await page.getByRole("link", { name: "Neues Angebot anlegen" }).click();

  // Step 1 comes filled in from the company profile.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Neues Praktikumsangebot");
  await page.getByLabel("Betreuer:in").fill("Jana Kühn");
  await page.getByRole("button", { name: "Speichern und weiter", exact: true }).click();

  // Step 2: German only.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Praktikum");
  await page.getByLabel("Titel (Deutsch)").fill(title);
  await page
    .getByLabel("Beschreibung (Deutsch)")
    .fill("Sie arbeiten in der Instandhaltung unserer Fertigungslinien mit und programmieren kleine Steuerungen.");
  await page.getByLabel("Mechatronik & Automatisierung").check();
  await page.getByLabel("Erforderliches Sprachniveau in der Landessprache").selectOption("A2");
  await page.getByRole("button", { name: "Speichern und weiter", exact: true }).click();

  // Step 3: two periods, the second added after saving the first.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zeiträume");
  await page.getByLabel("Beginn (Zeitraum 1)").fill(inDays(60));
  await page.getByLabel("Ende (Zeitraum 1)").fill(inDays(87));
  await page.getByLabel("Plätze (Zeitraum 1)").fill("2");
  await page.getByLabel("Mindestdauer in Wochen").fill("3");
  await page.getByLabel("Höchstdauer in Wochen").fill("4");
  await page.getByRole("button", { name: "Speichern und weiteren Zeitraum hinzufügen" }).click();
  await page.getByLabel("Beginn (Zeitraum 2)").fill(inDays(120));
  await page.getByLabel("Ende (Zeitraum 2)").fill(inDays(147));
  await page.getByLabel("Plätze (Zeitraum 2)").fill("1");
  await page.getByRole("button", { name: "Speichern und weiter", exact: true }).click();

  // Step 4: minors are welcome, so 9 hours a day is refused with the rule named.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bedingungen");
  await page.getByLabel("Stunden pro Tag").fill("9");
  await page.getByRole("button", { name: "Speichern und weiter", exact: true }).click();
  const refusal = page.getByRole("alert");
  await expect(refusal).toContainText("Minderjährige dürfen höchstens 8 Stunden am Tag arbeiten (§ 8 JArbSchG");
  await expect(page.getByLabel("Stunden pro Tag")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Stunden pro Tag").fill("7");
  await page.getByRole("button", { name: "Speichern und weiter", exact: true }).click();

  // Step 5: review and submit.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Prüfen und einreichen");
  await expect(page.getByText("Alles ist ausgefüllt.")).toBeVisible();
  await page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  await expect(page.getByRole("status")).toHaveText("Eingereicht. Wir melden uns per E-Mail.");
  await expect(page.locator(".status-badge")).toHaveText("In Prüfung");
  const overviewUrl = page.url();

  // Staff publish it from the moderation queue.
  await logOut(page);
  await logIn(page, "staff.demo@antenne.example", "/de/staff/moderation");
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("button", { name: "Veröffentlichen" }).click();
  await expect(page.getByRole("status")).toContainText("Das Angebot ist veröffentlicht.");

  // The public sees it in German, and in French with a plain note that it is German-only.
  await logOut(page);
  await logIn(page, "firma.demo@antenne.example", overviewUrl.replace(/^https?:\/\/[^/]+/, ""));
  await expect(page.locator(".status-badge")).toHaveText("Veröffentlicht");
  await page.getByRole("link", { name: "Öffentliche Seite ansehen" }).click();
  await expect(page).toHaveURL(/\/de\/offers\/[a-z0-9-]+-\d+$/);
  const publicPath = page.url();
  await logOut(page);
  await page.goto(publicPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "de");

  const number = /-(\d+)$/.exec(new URL(publicPath).pathname)?.[1];
  await page.goto(`/fr/offers/${number}`);
  await expect(page).toHaveURL(new RegExp(`/fr/offers/[a-z0-9-]+-${number}$`));
  await expect(page.getByText("Cette offre n’existe qu’en allemand")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

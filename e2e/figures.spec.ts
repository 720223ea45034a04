import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { schoolYear } from "./demo-dates";

/**
 * Issue 23 end to end: staff open the office's figures for the school year 2025/26 from the staff
 * menu, switch to the year before and back, open the placements by field as a table, download it
 * as CSV, and print the page on A4. Every page state is checked with axe (fixtures.ts).
 */
const DEMO_PASSWORD = "antenne-demo-2026";

async function logIn(page: Page, email: string, next: string) {
  await page.goto(`/de/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

/** A4 less the print margins (12 mm each side), in CSS pixels. */
const A4_CONTENT_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);

test("staff read the figures of the last school year beside the year before, export a table and print on A4", async ({
  page,
}) => {
  // 2025/26 and 2024/25 for the demo written in November 2026.
  const last = schoolYear(1);
  const before = schoolYear(2);
  await logIn(page, "staff.demo@antenne.example", "/de/staff");
  await page
    .getByRole("navigation", { name: "Bereich des Antenne-Teams" })
    .getByRole("link", { name: "Zahlen" })
    .click();
  await expect(page).toHaveURL(/\/de\/staff\/figures$/);

  await page.getByLabel("Jahr").selectOption({ label: `Schuljahr ${last.label}` });
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page).toHaveURL(new RegExp(`year=${last.slug}`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Zahlen ${last.label}`);
  const placements = page.getByRole("img", { name: `Praktika nach Richtung (${last.label})` });
  await expect(placements).toBeVisible();

  await page.getByRole("link", { name: `Vorjahr anzeigen (${before.label})` }).click();
  await expect(page).toHaveURL(new RegExp(`year=${before.slug}`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Zahlen ${before.label}`);
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Zahlen ${last.label}`);

  const fields = page.getByRole("region", { name: "Praktika nach Berufsfeld" });
  await fields.getByText("Tabelle: Praktika nach Berufsfeld").click();
  const table = fields.getByRole("table", { name: "Praktika nach Berufsfeld" });
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader")).toHaveText(["Kennzahl", last.label, before.label]);
  expect(await table.getByRole("row").count()).toBeGreaterThan(2);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    fields.getByRole("link", { name: "Als CSV herunterladen: Praktika nach Berufsfeld" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`antenne-fields-${last.slug}.csv`);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.subarray(3).toString("utf8").split("\r\n")[0]).toBe(`Kennzahl;${last.label};${before.label}`);

  // Printed: no menus, nothing wider than A4, tables open, and a handful of pages.
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1100 });
  await expect(page.getByRole("navigation", { name: "Bereich des Antenne-Teams" })).toBeHidden();
  await expect(page.locator(".site-header")).toBeHidden();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(A4_CONTENT_WIDTH);
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeGreaterThan(1);
  expect(pages).toBeLessThanOrEqual(20);
});

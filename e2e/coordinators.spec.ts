import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** Coordinators follow their school's students and endorse them; staff confirm coordinators. */
const DEMO_PASSWORD = "antenne-demo-2026";

async function logIn(page: Page, email: string, next: string) {
  await page.goto(`/fr/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

test("a coordinator sees the school's pupils, endorses one and takes it back", async ({ page }) => {
  await logIn(page, "prof.demo@antenne.example", "/fr/coordinator");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon établissement");
  const lea = page.getByRole("row").filter({ hasText: "Léa Quesnel" });
  await expect(lea).toContainText("Bac pro Maintenance des systèmes de production connectés");

  await lea.getByRole("button", { name: "Recommander Léa Quesnel" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Le profil est désormais recommandé. Les entreprises voient le badge.",
  );
  await expect(lea).toContainText("Recommandé le");

  await lea.getByRole("button", { name: "Ne plus recommander Léa Quesnel" }).click();
  await expect(page.getByRole("status")).toHaveText("La recommandation est retirée.");
  await expect(lea.getByRole("button", { name: "Recommander Léa Quesnel" })).toBeVisible();
});

test("staff see which coordinators they have confirmed", async ({ page }) => {
  await logIn(page, "staff.demo@antenne.example", "/fr/staff/coordinators");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Coordinateurs");
  await expect(page.getByRole("row").filter({ hasText: "prof.demo@antenne.example" })).toContainText("Confirmé le");
});

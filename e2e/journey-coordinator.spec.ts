import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, logIn, unique } from "./journeys";
import { waitForMail, linkTo } from "./mailbox";

/**
 * Issue 22, the coordinator's journey: a teacher of the Rouen lycée pro signs up in French as the
 * school's coordinator and confirms the address; until staff confirm them they see no pupil; staff
 * confirm them in German; the teacher is mailed in French and now sees the school's pupils.
 */
const SCHOOL = "Lycée professionnel des métiers de l’industrie, Rouen";

test("a coordinator signs up, waits for staff, is confirmed and then sees the school's pupils", async ({ page }) => {
  const stamp = unique();
  const name = `Hélène Lefort ${stamp}`;
  const email = `coordination.${stamp}@example.fr`;
  const password = "suivre les stages à Hanovre 2027";

  // 1. The teacher signs up from the chooser and confirms the address.
  await page.goto("/fr/signup");
  await page.getByRole("link", { name: "Enseignant(e) ou coordinateur(trice)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enseignant(e) ou coordinateur(trice)");
  await page.getByLabel("Prénom et nom").fill(name);
  await page.getByLabel("Adresse e-mail", { exact: true }).fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByLabel("Établissement").selectOption({ label: SCHOOL });
  await page.getByLabel(/J’ai lu la/).check();
  await page.getByRole("button", { name: "Créer le compte" }).click();
  // Hashing the password takes a while on a busy machine.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirme ton adresse e-mail", {
    timeout: 30_000,
  });
  await page.goto(linkTo(await waitForMail(email, /^Confirmez votre adresse e-mail$/), "fr/verify-email"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Adresse confirmée");

  // 2. Before staff confirm them, the school's page says so and shows no pupil.
  await logIn(page, "fr", email, password, "/fr/coordinator");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon établissement");
  await expect(page.getByRole("status")).toContainText(
    `L’équipe de l’Antenne vérifie encore que vous enseignez dans l’établissement indiqué (${SCHOOL}).`,
  );
  await expect(page.getByRole("table", { name: "Les élèves de votre établissement" })).toHaveCount(0);
  await expect(page.getByText("Léa Quesnel")).toHaveCount(0);

  // 3. Staff, in German, find the teacher among the unconfirmed coordinators and confirm them.
  await logIn(page, "de", "staff.demo@antenne.example", DEMO_PASSWORD, "/de/staff/coordinators");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Koordinator:innen");
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText(SCHOOL);
  await row.getByRole("button", { name: `${name} (${SCHOOL}) bestätigen` }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Bestätigt. Die Person sieht jetzt die Schüler:innen ihrer Schule.",
  );
  await expect(row).toContainText("Bestätigt am");
  await expect(row.getByRole("button", { name: `Bestätigung für ${name} zurücknehmen` })).toBeVisible();

  // 4. The teacher hears it in French, with the way to the school's page.
  // French puts a no-break space before the colon.
  const mail = await waitForMail(email, /^Coordination des stages confirmée\u00a0: /);
  expect(mail.subject).toBe(`Coordination des stages confirmée\u00a0: ${SCHOOL}`);
  expect(mail.text).toContain("L’équipe de l’Antenne a confirmé votre inscription");
  expect(mail.text).toMatch(/https?:\/\/\S+\/fr\/coordinator\b/);

  // 5. The school's page now lists its pupils, the demo pupil of that lycée among them.
  await logIn(page, "fr", email, password, "/fr/coordinator");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon établissement");
  await expect(page.getByText(`Les élèves de votre établissement (${SCHOOL}), leurs profils`)).toBeVisible();
  await expect(page.getByText("L’équipe de l’Antenne vérifie encore")).toHaveCount(0);
  const lea = page.getByRole("row").filter({ hasText: "Léa Quesnel" });
  await expect(lea).toContainText("Bac pro Maintenance des systèmes de production connectés");
  await expect(lea.getByRole("button", { name: /^(Ne plus recommander|Recommander) Léa Quesnel$/ })).toBeVisible();
});

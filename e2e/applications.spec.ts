import { expect, test } from "./fixtures";
import {
  companyAccepts,
  fillPupilProfile,
  recommendedOffer,
  sendApplication,
  signUpFrenchPupil,
  unique,
} from "./journeys";
import { waitForMail } from "./mailbox";
import { demoDay } from "./demo-dates";

/**
 * Issue 6 end to end: a French pupil fills in a profile, finds a German offer among the
 * recommendations with the reasons why, applies; the company accepts; the pupil, the company and
 * the pupil's coordinator each get a mail in their own language.
 */
test("a French pupil applies to a recommended German offer, the company accepts, and everyone is told", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const name = `Camille Durand ${unique()}`;
  const email = `camille.${unique()}@example.fr`;
  const password = "stage à Brunswick 2027";
  await signUpFrenchPupil(page, name, email, password);

  await fillPupilProfile(page, email, password);

  // Recommended for her, with reasons: the Braunschweig company's May–June placement.
  const recommendation = await recommendedOffer(page);
  await expect(recommendation).toContainText("Lieu souhaité\u00a0: Braunschweig");
  await expect(recommendation).toContainText("Allemand B1 ≥ A2 demandé");
  // The pupil is free from mid-May as the demo writes it; the month moves with the demo's days.
  const month = new Intl.DateTimeFormat("fr", { month: "long", timeZone: "UTC" }).format(
    new Date(`${demoDay("2027-05-17")}T12:00:00Z`),
  );
  await expect(recommendation).toContainText(new RegExp(`semaines en commun en ${month}`));
  await recommendation.getByRole("link").first().click();

  // The offer page says why it fits, and the application goes out.
  await expect(page.getByRole("heading", { name: "Pourquoi cette offre te correspond" })).toBeVisible();
  await sendApplication(
    page,
    "Je voudrais apprendre la maintenance des lignes automatisées dans une entreprise allemande et progresser en allemand.",
  );

  const received = await waitForMail("firma.demo@antenne.example", new RegExp(`Neue Bewerbung von ${name}`));
  expect(received.text).toContain("Bitte antworten Sie innerhalb von 14 Tagen");

  const company = await companyAccepts(browser, name);
  await expect(company.page.getByRole("region", { name: "Verlauf" }).getByRole("listitem").last()).toContainText(
    "Zugesagt.",
  );
  await company.context.close();

  const accepted = await waitForMail(email, /Candidature acceptée/);
  expect(accepted.text).toContain("Oker Automation GmbH");
  const coordinator = await waitForMail("prof.demo@antenne.example", new RegExp(`Candidature acceptée pour ${name}`));
  expect(coordinator.text).toContain("Oker Automation GmbH");

  // Her timeline shows the answer.
  await page.reload();
  await expect(page.getByText("L’entreprise a accepté ta candidature.")).toBeVisible();
});

import { expect, test } from "./fixtures";
import { editions } from "./demo-dates";

/**
 * Issue 17, the 22 January: a visitor on the French home page finds the coming Franco-German Day
 * (the banner shows from 1 December to 22 January; outside that window the page must not show
 * it), opens the demo's 2027 edition, sees its sessions grouped by town, keeps only those for
 * school classes, and fetches the edition's calendar. The German slug leads to the same edition;
 * the other language's slug redirects. At 360 px wide. Axe checks every page state (fixtures).
 */
test.use({ viewport: { width: 360, height: 780 } });

function inBannerWindow(now: Date): boolean {
  const [month, day] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", month: "2-digit", day: "2-digit" })
    .format(now)
    .split("-")
    .map(Number) as [number, number];
  return month === 12 || (month === 1 && day <= 22);
}

test("a visitor finds the next edition from the banner, filters for classes and subscribes", async ({
  page,
  request,
}) => {
  const { past, next } = editions();
  await page.goto("/fr");
  const banner = page.getByRole("complementary", { name: "Journée franco-allemande" });
  if (inBannerWindow(new Date())) {
    await expect(banner).toContainText(`22 janvier ${next}`);
    await banner.getByRole("link").click();
  } else {
    await expect(banner).toHaveCount(0);
    await page.goto(`/fr/22-janvier/${next}`);
  }
  await expect(page).toHaveURL(new RegExp(`/fr/22-janvier/${next}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Se former ensemble, travailler ensemble");
  // The home page also lists the next events beside the articles.

  // Sessions grouped by town, every group a heading of its own.
  const programme = page.getByRole("region", { name: "Programme" });
  await expect(page.getByRole("heading", { level: 3, name: "Caen" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Hanovre" })).toBeVisible();
  const all = await programme.getByRole("listitem").filter({ hasText: "22 janvier" }).count();
  expect(all).toBe(15);

  await page.getByRole("link", { name: "Pour les classes" }).click();
  await expect(page).toHaveURL(/schools=1/);
  const forClasses = page.locator(".edition-sessions > li");
  const count = await forClasses.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(15);
  for (let i = 0; i < count; i++) await expect(forClasses.nth(i)).toContainText("pour les classes");

  const feedHref = await page.getByRole("link", { name: /S’abonner au programme/ }).getAttribute("href");
  expect(feedHref).toBe(`/fr/22-janvier/${next}/calendar.ics`);
  const feed = await request.get(feedHref ?? "");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  expect((await feed.text()).match(/BEGIN:VEVENT/g)?.length ?? 0).toBeGreaterThan(0);

  // The German address of the same edition, and a slug of another language that redirects to it.
  await page.goto(`/de/22-january/${next}`);
  await expect(page).toHaveURL(new RegExp(`/de/22-januar/${next}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zusammen ausbilden, zusammen arbeiten");
  await expect(page.getByRole("heading", { level: 3, name: "Hannover" })).toBeVisible();

  // The archive of the last one keeps its review.
  await page.goto(`/de/22-januar/${past}`);
  await expect(page.getByRole("heading", { level: 2, name: "Rückblick" })).toBeVisible();
});

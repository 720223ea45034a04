import { expect, test } from "./fixtures";

const HOME_HEADINGS = {
  de: "Dein Praktikum im Partnerland",
  fr: "Ton stage dans le pays partenaire",
  en: "Your internship in the partner country",
} as const;

for (const [language, heading] of Object.entries(HOME_HEADINGS)) {
  test(`the ${language} home page speaks ${language} and shows the demo offers`, async ({ page }) => {
    await page.goto(`/${language}`);
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    // Demo data is seeded: the figures come from the database, not from the page.
    const openOffers = page.locator(".stats__figure").first();
    await expect(openOffers).not.toHaveText("0");
    await expect(page.locator(`link[rel="alternate"][hreflang="fr"]`)).toHaveAttribute("href", /\/fr$/);
    await expect(page).toHaveTitle(/Antenne Métropole/);
  });
}

test("the language switcher keeps the page and its query", async ({ page }) => {
  await page.goto("/de/privacy?from=newsletter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Datenschutzerklärung");

  await page.getByRole("navigation", { name: "Sprache wählen" }).getByRole("link", { name: "Français" }).click();

  await expect(page).toHaveURL(/\/fr\/privacy\?from=newsletter$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Politique de protection des données");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});

test("/ brings a returning reader back to the language they chose", async ({ page }) => {
  await page.goto("/en/imprint");
  await page.goto("/");
  await expect(page).toHaveURL(/\/en$/);
});

test("/ follows the browser's language on a first visit", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr$/);
  await context.close();
});

test("an unknown page is a localized 404", async ({ page }) => {
  const response = await page.goto("/fr/cette-page-n-existe-pas");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page).toHaveTitle(/Page introuvable/);
});

test("an address outside the languages answers 404 in the reader's language", async ({ page }) => {
  const response = await page.goto("/nirgendwo");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
});

test("the skip link is the first stop for keyboard users and leads to the content", async ({ page }) => {
  await page.goto("/en");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("the layout holds at 320 px without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/fr");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test("imprint and privacy pages mark the office's missing legal text as placeholders", async ({ page }) => {
  await page.goto("/de/imprint");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Impressum");
  await expect(page.locator(".placeholder").first()).toContainText("Platzhalter");
  await page.getByRole("contentinfo").getByRole("link", { name: "Datenschutz" }).click();
  await expect(page).toHaveURL(/\/de\/privacy$/);
});

test("health check reports the database", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", checks: { database: { status: "up" } } });
});

test("every response carries a request id, and a proxy's id is kept", async ({ request }) => {
  const own = await request.get("/de");
  expect(own.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const forwarded = await request.get("/de", { headers: { "X-Request-Id": "proxy-req-12345678" } });
  expect(forwarded.headers()["x-request-id"]).toBe("proxy-req-12345678");
});

test("a form posted from another site is refused", async ({ request }) => {
  const response = await request.post("/de/login", {
    headers: { Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" },
    data: "email=a%40b.de&password=xxxxxxxxxx",
  });
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain("Formular abgelehnt");
});

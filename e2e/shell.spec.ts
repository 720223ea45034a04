import { expect, test } from "./fixtures";
import { waitForHydration } from "./hydration";

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

test("a post without Origin is refused, as scripts send them", async ({ playwright, baseURL }) => {
  // A request context of its own, without the browser's headers: no Origin, no Sec-Fetch-Site.
  const bare = await playwright.request.newContext({ baseURL });
  const response = await bare.post("/de/login", {
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    data: "email=a%40b.de&password=xxxxxxxxxxxx",
  });
  expect(response.status()).toBe(403);
  await bare.dispose();
});

test("scripts run under a nonce of their own, with no inline scripts allowed", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/de");
  const headers = response?.headers() ?? {};
  const scriptSrc = (headers["content-security-policy"] ?? "")
    .split(";")
    .find((d) => d.trim().startsWith("script-src"));
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // Hydrated: the client-side router exists only once the page's scripts ran.
  await page.waitForFunction(() => "__remixRouter" in window);
  expect(violations).toEqual([]);
});

test("eleven log-in tries for one account: a 429 page that says when to come back, in its header too", async ({
  request,
  baseURL,
}) => {
  let response;
  for (let i = 0; i < 11; i++) {
    response = await request.post("/de/login", {
      headers: { Origin: baseURL ?? "", "Content-Type": "application/x-www-form-urlencoded" },
      data: "email=niemand%40example.de&password=falsches-passwort-1",
      maxRedirects: 0,
    });
  }
  expect(response?.status()).toBe(429);
  expect(Number(response?.headers()["retry-after"])).toBeGreaterThan(14 * 60);
  expect(await response?.text()).toContain("Zu viele Versuche");
});

test("a signed-in page is kept out of caches", async ({ page, baseURL }) => {
  await page.goto("/de/login?next=%2Fde%2Fcompany%2Fmembers");
  await page.getByLabel("E-Mail-Adresse").fill("firma.demo@antenne.example");
  await page.getByLabel("Passwort").fill("antenne-demo-2026");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Team von Oker Automation GmbH");
  const response = await page.request.get(`${baseURL}/de/account`);
  expect(response.headers()["cache-control"]).toBe("private, no-store");
});

test("a page paints before its scripts load, then works as an app", async ({ page }) => {
  await page.goto("/fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOME_HEADINGS.fr);
  // Once React has taken over, a link changes the page without loading a new document.
  await waitForHydration(page);
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page
    .getByRole("navigation", { name: "Navigation principale" })
    .first()
    .getByRole("link", { name: "Trouver un stage" })
    .click();
  await expect(page).toHaveURL(/\/fr\/offers$/);
  expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
  // On a phone's connection the scripts would otherwise compete with the stylesheet.
  const order = await page.evaluate(() => ({
    paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Infinity,
    scripts: performance
      .getEntriesByType("resource")
      .filter((entry) => /\/assets\/.+\.js$/.test(entry.name))
      .map((entry) => entry.startTime),
  }));
  expect(order.scripts.length).toBeGreaterThan(0);
  expect(Math.min(...order.scripts)).toBeGreaterThanOrEqual(order.paint);
});

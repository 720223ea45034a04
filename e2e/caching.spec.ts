import { expect, test } from "./fixtures";

/**
 * Cache headers as a proxy reads them, over HTTP against the production server: the public pages
 * of an anonymous visitor may be shared briefly; once signed in, nothing is stored anywhere.
 */
const PUBLIC_PAGES = ["/de", "/fr/offers", "/en/imprint", "/de/privacy"];
const DEMO_PASSWORD = "antenne-demo-2026";

test("anonymous public pages may be cached by a proxy, signed-in pages are no-store", async ({
  playwright,
  baseURL,
}) => {
  const visitor = await playwright.request.newContext({ baseURL });
  // The first answer also sets the language cookie: it is the URL's language, the same for every
  // visitor of the page, so the page may still be shared.
  const first = await visitor.get("/de");
  expect(first.headers()["cache-control"]).toContain("s-maxage=60");
  expect(first.headers()["set-cookie"]).toMatch(/^lang=/);
  for (const path of PUBLIC_PAGES) {
    const response = await visitor.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toContain("s-maxage=60");
    expect(response.headers()["cache-control"], path).toContain("public");
    expect(response.headers()["vary"], path).toMatch(/\bCookie\b/);
  }
  const login = await visitor.get("/de/login");
  expect(login.headers()["cache-control"]).toBe("private, no-store");

  const member = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL ?? "" } });
  const loggedIn = await member.post("/de/login", {
    form: { email: "schueler.demo@antenne.example", password: DEMO_PASSWORD },
    maxRedirects: 0,
  });
  expect(loggedIn.status()).toBe(302);
  for (const path of [...PUBLIC_PAGES, "/de/student", "/de/account"]) {
    const response = await member.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toBe("private, no-store");
  }
  await visitor.dispose();
  await member.dispose();
});

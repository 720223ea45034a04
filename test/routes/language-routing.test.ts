import { describe, expect, it } from "vitest";
import { languageCookie } from "~/modules/i18n/i18n.server";
import { loader as languageLayoutLoader } from "~/routes/$lang";
import { loader as rootRedirect } from "~/routes/_index";

async function redirectFor(headers: Record<string, string>) {
  const response = (await rootRedirect({
    request: new Request("http://localhost/", { headers }),
    params: {},
    context: { requestId: "t" },
  })) as Response;
  expect(response.status).toBe(302);
  return response.headers.get("Location");
}

describe("/", () => {
  it("follows the language cookie first", async () => {
    const cookie = (await languageCookie.serialize("en")).split(";")[0] ?? "";
    expect(await redirectFor({ Cookie: cookie, "Accept-Language": "fr-FR,fr;q=0.9" })).toBe("/en");
  });

  it("then the browser's Accept-Language", async () => {
    expect(await redirectFor({ "Accept-Language": "fr-CH,fr;q=0.9,de;q=0.8" })).toBe("/fr");
    expect(await redirectFor({ "Accept-Language": "es-ES,es;q=0.9,en;q=0.5" })).toBe("/en");
  });

  it("else German", async () => {
    expect(await redirectFor({})).toBe("/de");
    expect(await redirectFor({ "Accept-Language": "pl-PL" })).toBe("/de");
  });
});

describe("/:lang", () => {
  it("brings the page's own namespaces; the root already sends the shell's", () => {
    const layout = languageLayoutLoader({
      request: new Request("http://localhost/de/imprint"),
      params: { lang: "de" },
      context: { requestId: "t", i18nNamespaces: ["common", "legal", "errors", "savedSearches"] },
    });
    expect(Object.keys(layout.resources)).toEqual(["legal"]);
  });

  it("accepts the three languages and answers 404 for anything else", async () => {
    const args = (lang: string) => ({
      request: new Request(`http://localhost/${lang}`),
      params: { lang },
      context: { requestId: "t" },
    });
    expect(languageLayoutLoader(args("fr"))).toMatchObject({ language: "fr" });
    let thrown: unknown;
    try {
      languageLayoutLoader(args("es"));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(404);
  });
});

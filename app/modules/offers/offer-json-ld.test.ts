import { describe, expect, it } from "vitest";
import { jsonLdScriptContent, offerJsonLd, plainText, validThrough, type JobPostingInput } from "./offer-json-ld";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function input(overrides: Partial<JobPostingInput> = {}): JobPostingInput {
  return {
    number: 1042,
    isPublic: true,
    title: "Praktikum Mechatronik",
    description: "Du hilfst bei der Wartung.\n\nDeine Aufgaben:\n- Anlagen prüfen",
    textLanguage: "de",
    publishedAt: new Date("2026-03-02T09:30:00Z"),
    applicationDeadline: null,
    periods: [{ endsOn: day("2026-06-05") }, { endsOn: day("2026-10-16") }],
    address: "Hauptstraße 1, 30159 Hannover",
    place: { name: "Hannover", region: "Niedersachsen", country: "DE", latitude: 52.37, longitude: 9.733 },
    company: { name: "Weber Technik", website: "https://weber.example/", logoPath: "/companies/c1/logo?v=5" },
    allowanceEuroMonth: 300,
    path: "/de/offers/praktikum-mechatronik-1042",
    ...overrides,
  };
}

describe("offerJsonLd", () => {
  it("describes a public offer as an internship with absolute URLs, place and company", () => {
    expect(offerJsonLd(input(), "https://antenne.example")).toEqual({
      "@context": "https://schema.org",
      "@type": "JobPosting",
      title: "Praktikum Mechatronik",
      description: "Du hilfst bei der Wartung.\n\nDeine Aufgaben:\n- Anlagen prüfen",
      datePosted: "2026-03-02T09:30:00.000Z",
      validThrough: "2026-10-16",
      employmentType: "INTERN",
      hiringOrganization: {
        "@type": "Organization",
        name: "Weber Technik",
        sameAs: "https://weber.example/",
        logo: "https://antenne.example/companies/c1/logo?v=5",
      },
      jobLocation: {
        "@type": "Place",
        address: {
          "@type": "PostalAddress",
          streetAddress: "Hauptstraße 1, 30159 Hannover",
          addressLocality: "Hannover",
          addressRegion: "Niedersachsen",
          addressCountry: "DE",
        },
        geo: { "@type": "GeoCoordinates", latitude: 52.37, longitude: 9.733 },
      },
      identifier: { "@type": "PropertyValue", name: "Antenne Métropole", value: "1042" },
      inLanguage: "de",
      url: "https://antenne.example/de/offers/praktikum-mechatronik-1042",
      baseSalary: {
        "@type": "MonetaryAmount",
        currency: "EUR",
        value: { "@type": "QuantitativeValue", value: 300, unitText: "MONTH" },
      },
    });
  });

  it("gives nothing for an offer that is not public, so a preview never advertises itself", () => {
    expect(offerJsonLd(input({ isPublic: false }), "https://antenne.example")).toBeNull();
    expect(offerJsonLd(input({ publishedAt: null }), "https://antenne.example")).toBeNull();
  });

  it("leaves out what the company did not give: website, logo, allowance, dates", () => {
    const posting = offerJsonLd(
      input({
        company: { name: "Atelier Durand", website: null, logoPath: null },
        allowanceEuroMonth: null,
        periods: [],
      }),
      "https://antenne.example",
    );
    expect(posting?.hiringOrganization).toEqual({ "@type": "Organization", name: "Atelier Durand" });
    expect(posting).not.toHaveProperty("baseSalary");
    expect(posting).not.toHaveProperty("validThrough");
  });
});

describe("validThrough", () => {
  it("is the application deadline, else the end of the last period", () => {
    const periods = [{ endsOn: day("2026-10-16") }, { endsOn: day("2026-06-05") }];
    expect(validThrough(day("2026-04-30"), periods)).toEqual(day("2026-04-30"));
    expect(validThrough(null, periods)).toEqual(day("2026-10-16"));
    expect(validThrough(null, [])).toBeNull();
  });
});

describe("plainText", () => {
  it("drops pasted tags and extra whitespace but keeps paragraphs", () => {
    expect(plainText("  <b>Bonjour</b>   à tous\n\n\n\nSuite  ")).toBe("Bonjour à tous\n\nSuite");
  });
});

describe("jsonLdScriptContent", () => {
  it("cannot be closed from inside: a company name with </script> stays text", () => {
    const name = `Evil</script><script>alert(1)</script> & Co <!--`;
    const content = jsonLdScriptContent({ name });
    expect(content).not.toContain("<");
    expect(content).not.toContain(">");
    expect(JSON.parse(content)).toEqual({ name });
  });

  it("escapes the line separators that end a JavaScript string in old parsers", () => {
    const content = jsonLdScriptContent({ text: "a\u2028b\u2029c" });
    expect(content).toBe('{"text":"a\\u2028b\\u2029c"}');
    expect(JSON.parse(content)).toEqual({ text: "a\u2028b\u2029c" });
  });
});

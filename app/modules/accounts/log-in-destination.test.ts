import { describe, expect, it } from "vitest";
import { destinationAfterLogIn, safeNextPath, startPageFor } from "./log-in-destination";

describe("safeNextPath", () => {
  it("keeps local paths with their query and hash", () => {
    expect(safeNextPath("/fr/offers?q=1#top")).toBe("/fr/offers?q=1#top");
    expect(safeNextPath("/de/offers?q=köln")).toBe("/de/offers?q=k%C3%B6ln");
  });

  it("refuses what a browser would read as another site", () => {
    for (const next of [
      "//evil.example/x",
      "https://evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      " //evil.example",
      "\u0000//evil.example",
      "/.//evil.example",
      "/..//evil.example",
      "https://antenne.invalid@evil.example/",
      "javascript:alert(1)",
      "data:text/html,hi",
    ]) {
      expect(safeNextPath(next), JSON.stringify(next)).toBeNull();
    }
  });

  it("gives back a value that is always a valid header", () => {
    // Browsers drop the newline; the parser does the same, so the path is still ours.
    expect(safeNextPath("/de\r\n/offers")).toBe("/de/offers");
    expect(safeNextPath("/de/\u0000offers")).toBe("/de/%00offers");
  });
});

describe("where log-in leads", () => {
  it("sends each role to its own start page", () => {
    expect(startPageFor("STUDENT", "fr")).toBe("/fr/student");
    expect(startPageFor("COMPANY_MEMBER", "de")).toBe("/de/company/offers");
    expect(startPageFor("COORDINATOR", "en")).toBe("/en/coordinator");
    expect(startPageFor("STAFF", "de")).toBe("/de/staff");
  });

  it("unless a safe next says otherwise", () => {
    expect(destinationAfterLogIn("/de/offers/koch/apply", "STUDENT", "de")).toBe("/de/offers/koch/apply");
    expect(destinationAfterLogIn("//evil.example", "STAFF", "fr")).toBe("/fr/staff");
    expect(destinationAfterLogIn(null, "COORDINATOR", "de")).toBe("/de/coordinator");
  });
});

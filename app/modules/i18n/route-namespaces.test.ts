import { describe, expect, it } from "vitest";
import { NAMESPACES } from "./languages";
import { pageNamespaces } from "./route-namespaces";

describe("pageNamespaces", () => {
  it("gives the shell's namespaces plus those every matched route names", () => {
    expect(pageNamespaces([undefined, {}, { i18n: ["legal"] }])).toEqual([
      "common",
      "legal",
      "errors",
      "savedSearches",
    ]);
  });

  it("gives every namespace to a page whose own route names none", () => {
    expect(pageNamespaces([{ i18n: ["legal"] }, undefined])).toEqual([...NAMESPACES]);
  });
});

import { describe, expect, it } from "vitest";
import { safeNextPath } from "./current-user.server";

describe("safeNextPath", () => {
  it("follows local paths only", () => {
    expect(safeNextPath("/fr/offers?q=1", "fr")).toBe("/fr/offers?q=1");
    expect(safeNextPath("//evil.example/x", "fr")).toBe("/fr/account");
    expect(safeNextPath("https://evil.example", "de")).toBe("/de/account");
    expect(safeNextPath("/\\evil.example", "de")).toBe("/de/account");
    expect(safeNextPath(null, "en")).toBe("/en/account");
  });
});

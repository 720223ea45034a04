import { describe, expect, it } from "vitest";
import { staffTotpRequired } from "./two-factor.server";

describe("staffTotpRequired (issue 15, point 4)", () => {
  it("requires a second factor of staff in production unless switched off, and not elsewhere", () => {
    expect(staffTotpRequired({ APP_ENV: "production" })).toBe(true);
    expect(staffTotpRequired({ APP_ENV: "production", REQUIRE_STAFF_TOTP: "false" })).toBe(false);
    expect(staffTotpRequired({ APP_ENV: "development" })).toBe(false);
    expect(staffTotpRequired({})).toBe(false);
    expect(staffTotpRequired({ REQUIRE_STAFF_TOTP: "true" })).toBe(true);
  });
});

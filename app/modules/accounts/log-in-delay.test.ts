import { describe, expect, it } from "vitest";
import { delayAfterFailures } from "./log-in-delay";

describe("delayAfterFailures", () => {
  it("lets five mistakes pass, then doubles the wait up to a minute", () => {
    expect([1, 5, 6, 7, 8, 9, 10, 11, 12, 50].map(delayAfterFailures)).toEqual([0, 0, 1, 2, 4, 8, 16, 32, 60, 60]);
  });
});

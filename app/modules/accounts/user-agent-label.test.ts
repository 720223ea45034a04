import { describe, expect, it } from "vitest";
import { userAgentLabel } from "./user-agent-label";

describe("userAgentLabel", () => {
  it("names common browsers and systems", () => {
    expect(
      userAgentLabel(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0",
      ),
    ).toBe("Edge, Windows");
    expect(
      userAgentLabel(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
      ),
    ).toBe("Safari, iOS");
    expect(userAgentLabel("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0")).toBe(
      "Firefox, Linux",
    );
  });

  it("keeps anything else short, and has nothing to say without a header", () => {
    expect(userAgentLabel("curl/8.5.0")).toBe("curl/8.5.0");
    expect(userAgentLabel("x".repeat(100))).toHaveLength(60);
    expect(userAgentLabel(null)).toBeNull();
  });
});

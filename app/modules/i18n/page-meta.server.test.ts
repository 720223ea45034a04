import { describe, expect, it } from "vitest";
import { pageMeta } from "./page-meta";
import { pageMetaInput } from "./page-meta.server";

describe("pageMetaInput", () => {
  it("keeps the query but never a one-time link's token in canonical and hreflang links", () => {
    const input = pageMetaInput(
      new Request("http://localhost/fr/reset-password?token=s3cret&from=mail"),
      "fr",
      "Titre",
    );
    expect(input.path).toBe("/fr/reset-password?from=mail");
    const hrefs = pageMeta(input).flatMap((tag) => ("href" in tag ? [String(tag.href)] : []));
    expect(hrefs.some((href) => href.includes("s3cret"))).toBe(false);
    expect(hrefs).toContain("http://localhost:3000/de/reset-password?from=mail");
  });
});

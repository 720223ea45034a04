import { describe, expect, it } from "vitest";
import { DEFAULT_TILE_URL, isTileUrlTemplate, tileImageSource } from "./map-config";

describe("map tile configuration", () => {
  it("accepts tile templates with z, x and y on an http(s) host", () => {
    expect(isTileUrlTemplate(DEFAULT_TILE_URL)).toBe(true);
    expect(isTileUrlTemplate("https://{s}.tiles.example/{z}/{x}/{y}@2x.png")).toBe(true);
    expect(isTileUrlTemplate("https://tiles.example/{z}/{x}.png")).toBe(false);
    expect(isTileUrlTemplate("javascript:alert(1)//{z}{x}{y}")).toBe(false);
  });

  it("gives the CSP the tile host, with a subdomain placeholder as a wildcard", () => {
    expect(tileImageSource(DEFAULT_TILE_URL)).toBe("https://tile.openstreetmap.org");
    expect(tileImageSource("https://{s}.tiles.example/{z}/{x}/{y}.png")).toBe("https://*.tiles.example");
    expect(tileImageSource("http://localhost:8080/{z}/{x}/{y}.png")).toBe("http://localhost:8080");
    expect(tileImageSource("https://{a}-{b}.example/{z}/{x}/{y}.png")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { boundsOf, groupByPlace } from "./map-types";

const caen = { lat: 49.183, lng: -0.371 };
const hannover = { lat: 52.37, lng: 9.733 };

describe("map points", () => {
  it("frame every point, and nothing without points", () => {
    expect(boundsOf([caen, hannover])).toEqual([
      [49.183, -0.371],
      [52.37, 9.733],
    ]);
    expect(boundsOf([])).toBeNull();
  });

  it("share one marker per place, keeping every offer's link", () => {
    const groups = groupByPlace([
      { ...caen, label: "Stage en boulangerie", href: "/fr/offers/a-1" },
      { ...hannover, label: "Praktikum Koch", href: "/fr/offers/b-2" },
      { ...caen, label: "Stage en cuisine", href: "/fr/offers/c-3" },
    ]);
    expect(groups.map((group) => group.points.map((point) => point.href))).toEqual([
      ["/fr/offers/a-1", "/fr/offers/c-3"],
      ["/fr/offers/b-2"],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { rankSimilarOffers, type SimilarCandidate } from "./similar-offers";
import { haversineKm } from "~/modules/reference/geo";

const HANNOVER = { latitude: 52.37, longitude: 9.733 };
const BRAUNSCHWEIG = { latitude: 52.269, longitude: 10.527 };
const ROUEN = { latitude: 49.443, longitude: 1.089 };

function candidate(id: string, fieldKeys: string[], place = HANNOVER, publishedAt = "2026-03-01"): SimilarCandidate {
  return { id, fieldKeys, place, publishedAt: new Date(publishedAt) };
}

describe("haversineKm", () => {
  it("measures Hannover–Rouen at about 690 km and a place to itself at 0", () => {
    expect(haversineKm(HANNOVER, ROUEN)).toBeGreaterThan(670);
    expect(haversineKm(HANNOVER, ROUEN)).toBeLessThan(710);
    expect(haversineKm(HANNOVER, HANNOVER)).toBe(0);
  });
});

describe("rankSimilarOffers", () => {
  const offer = { id: "self", fieldKeys: ["metal", "mechatronics"], place: HANNOVER };

  it("ranks by shared fields, then distance, then newest, and keeps four", () => {
    const ranked = rankSimilarOffers(offer, [
      candidate("far-one-field", ["metal"], ROUEN),
      candidate("near-one-field-old", ["metal"], HANNOVER, "2025-01-01"),
      candidate("near-one-field-new", ["mechatronics"], HANNOVER, "2026-04-01"),
      candidate("two-fields-far", ["metal", "mechatronics"], ROUEN),
      candidate("mid-one-field", ["metal", "it"], BRAUNSCHWEIG),
      candidate("unrelated", ["hospitality"], HANNOVER),
    ]);
    expect(ranked).toEqual(["two-fields-far", "near-one-field-new", "near-one-field-old", "mid-one-field"]);
  });

  it("never suggests the offer itself or offers sharing no field", () => {
    expect(rankSimilarOffers(offer, [candidate("self", ["metal"]), candidate("other", ["retail"])])).toEqual([]);
  });
});

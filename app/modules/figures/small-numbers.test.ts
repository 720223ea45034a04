import { describe, expect, it } from "vitest";
import { protectBreakdown, protectCount, protectDerived } from "./small-numbers";

const texts = (cells: ReturnType<typeof protectBreakdown>) => cells.map((cell) => (cell.hidden ? "<5" : cell.value));

describe("the small-number rule", () => {
  it("hides 1 to 4 people and shows 0 and 5", () => {
    expect([0, 1, 4, 5].map(protectCount)).toEqual([
      { hidden: false, value: 0 },
      { hidden: true },
      { hidden: true },
      { hidden: false, value: 5 },
    ]);
  });

  it("hides a second cell when only one would be hidden, so the total does not give it away", () => {
    expect(texts(protectBreakdown([20, 3, 8, 0]))).toEqual([20, "<5", "<5", 0]);
  });

  it("leaves a breakdown alone when two cells are hidden already or none is", () => {
    expect(texts(protectBreakdown([20, 3, 2]))).toEqual([20, "<5", "<5"]);
    expect(texts(protectBreakdown([20, 6, 0]))).toEqual([20, 6, 0]);
  });

  it("hides a median of fewer than 5 people", () => {
    expect(protectDerived(3.5, 4)).toEqual({ hidden: true });
    expect(protectDerived(3.5, 5)).toEqual({ hidden: false, value: 3.5 });
    expect(protectDerived(null, 0)).toBeNull();
  });
});

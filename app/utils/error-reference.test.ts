import { describe, expect, it } from "vitest";
import { errorReference } from "./error-reference";

describe("the reference on the error page", () => {
  const error = new Error("Unexpected Server Error");

  it("is the page's request id when the page's own request failed", () => {
    expect(errorReference({ status: 500, error, pageRequestId: "req-1", navigated: false })).toBe("req-1");
  });

  it("is not the first page's id after a navigation in the browser failed", () => {
    expect(errorReference({ status: 500, error, pageRequestId: "req-1", navigated: true })).toBeUndefined();
  });

  it("is the failed root loader's own id, and absent below 500", () => {
    const rootFailure = { status: 500, data: { requestId: "req-2" } };
    expect(errorReference({ status: 500, error: rootFailure, pageRequestId: undefined, navigated: true })).toBe(
      "req-2",
    );
    expect(errorReference({ status: 404, error, pageRequestId: "req-1", navigated: false })).toBeUndefined();
  });
});

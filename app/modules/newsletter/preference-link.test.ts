import { describe, expect, it } from "vitest";
import { readSubscriberKey, signSubscriberKey } from "./preference-link";

const ID = "0b6f8a9e-4c1d-4d7a-9a43-2f7c1f0e9b11";
const SECRET = "a-secret-of-at-least-thirty-two-characters";

describe("signed subscriber keys", () => {
  it("opens the subscription it was signed for", () => {
    expect(readSubscriberKey(signSubscriberKey(ID, SECRET), SECRET)).toBe(ID);
  });

  it("refuses a key signed with another secret, another id or a changed signature", () => {
    const key = signSubscriberKey(ID, SECRET);
    expect(readSubscriberKey(key, "another-secret-of-thirty-two-characters")).toBeNull();
    const otherId = "1b6f8a9e-4c1d-4d7a-9a43-2f7c1f0e9b11";
    expect(readSubscriberKey(`${otherId}.${key.split(".")[1]}`, SECRET)).toBeNull();
    expect(readSubscriberKey(`${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}`, SECRET)).toBeNull();
    expect(readSubscriberKey("", SECRET)).toBeNull();
  });
});

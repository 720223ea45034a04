import { parseCrontab } from "graphile-worker";
import { describe, expect, it } from "vitest";
import { CRONTAB, TASKS } from "./worker-tasks.server";

describe("the recurring jobs", () => {
  it("parse as graphile-worker's crontab and name tasks the worker knows", () => {
    // A line graphile-worker cannot parse stops the whole server at start.
    const items = parseCrontab(CRONTAB);
    expect(items.map((item) => item.task)).toEqual([
      "expire-offers",
      "saved-searches-daily",
      "applications-clock",
      "agreements-clock",
      "newsletter-clock",
      "registrations-clock",
      "registrations-erase",
      "purge-daily",
    ]);
    for (const item of items) expect(Object.keys(TASKS)).toContain(item.task);
  });
});

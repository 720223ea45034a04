import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { person } from "../../../test/support/company-fixtures";
import { publishedEvent } from "../../../test/support/event-test-data";
import { organiserWithTeam } from "../../../test/support/organiser-test-data";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { mayManageEvent } from "./registration-policy.server";

beforeEach(async () => {
  await resetAccountsAndQueue();
  await db().$executeRawUnsafe("TRUNCATE event, organiser CASCADE");
});

describe("who manages an event's registrations", () => {
  it("is staff for every event, and an organiser's members for their own events only", async () => {
    const staff = await person("staff@example.org", "STAFF");
    const own = await organiserWithTeam("Ciné Lumière");
    const other = await organiserWithTeam("Kino im Sprengel");
    const event = await publishedEvent(staff.id);
    await db().event.update({ where: { id: event.id }, data: { organiserId: own.id } });

    expect(await mayManageEvent(staff, event.id)).toBe(true);
    expect(await mayManageEvent(own.members[0]!, event.id)).toBe(true);
    expect(await mayManageEvent(other.members[0]!, event.id)).toBe(false);
  });

  it("refuses everyone else, and ids that are not events", async () => {
    const staff = await person("staff@example.org", "STAFF");
    const own = await organiserWithTeam("Ciné Lumière");
    const event = await publishedEvent(staff.id);
    const student = await person("eleve@example.org", "STUDENT");
    const company = await person("firma@example.org", "COMPANY_MEMBER");

    expect(await mayManageEvent(null, event.id)).toBe(false);
    expect(await mayManageEvent(student, event.id)).toBe(false);
    expect(await mayManageEvent(company, event.id)).toBe(false);
    expect(await mayManageEvent(own.members[0]!, "not-a-uuid")).toBe(false);
    expect(await mayManageEvent(own.members[0]!, "00000000-0000-4000-8000-000000000000")).toBe(false);
  });
});

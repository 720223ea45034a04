import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { studentWithProfile } from "../../../test/support/student-fixtures";
import { listAuditLog, recordStaffAction } from "./audit-log.server";
import { PEOPLE_PAGE_SIZE, parsePeopleQuery, peopleSearchLink } from "./people-query";
import { searchPeople, viewPersonConsents } from "./people.server";
import { moved } from "../../../test/support/moved-days";

beforeEach(resetAccountsAndQueue);

async function staffMember() {
  return db().user.create({
    data: { email: "claire@antenne.example", role: "STAFF", displayName: "Claire Dubois", emailVerifiedAt: new Date() },
  });
}

describe("audit log", () => {
  it("pages through entries newest first without skipping any written in the same millisecond", async () => {
    const staff = await staffMember();
    const at = new Date("2026-12-01T10:00:00Z");
    // Five entries share one timestamp, as a burst of page views can.
    for (let index = 0; index < 7; index++) {
      await db().auditLogEntry.create({
        data: {
          actorId: staff.id,
          action: "staff.view-consents",
          targetType: "user",
          targetId: staff.id,
          details: { index },
          createdAt: new Date(at.getTime() + (index < 5 ? 0 : index * 1000)),
        },
      });
    }
    const first = await listAuditLog({ limit: 3 });
    expect(first.entries.map((entry) => entry.details)).toEqual([{ index: 6 }, { index: 5 }, expect.anything()]);
    expect(first.entries[0]).toMatchObject({ actorName: "Claire Dubois", targetName: "Claire Dubois" });
    const second = await listAuditLog({ limit: 3, before: first.olderBefore });
    const third = await listAuditLog({ limit: 3, before: second.olderBefore });
    expect(third.olderBefore).toBeNull();
    const seen = [...first.entries, ...second.entries, ...third.entries].map((entry) => entry.id);
    expect(new Set(seen).size).toBe(7);
  });

  it("names entries without an actor as such and keeps them unchangeable", async () => {
    const staff = await staffMember();
    await recordStaffAction(db(), {
      actorId: staff.id,
      action: "staff.read-outbox-message",
      targetType: "outbox-message",
      targetId: "x",
    });
    await db().auditLogEntry.create({ data: { action: "staff.create", targetType: "user", targetId: staff.id } });
    const { entries } = await listAuditLog();
    expect(entries.map((entry) => [entry.action, entry.actorName])).toEqual([
      ["staff.create", null],
      ["staff.read-outbox-message", "Claire Dubois"],
    ]);
    await expect(db().auditLogEntry.deleteMany({})).rejects.toThrow(/cannot be changed/);
  });

  it("starts from the newest entry when `before` is not an entry id", async () => {
    const staff = await staffMember();
    await recordStaffAction(db(), {
      actorId: staff.id,
      action: "staff.view-consents",
      targetType: "user",
      targetId: staff.id,
    });
    expect((await listAuditLog({ before: "'; DROP TABLE audit_log; --" })).entries).toHaveLength(1);
  });
});

describe("people search", () => {
  it("pages the list, newest accounts first, and leaves deleted accounts out", async () => {
    const base = Date.parse("2026-01-01T00:00:00Z");
    await db().user.createMany({
      data: Array.from({ length: PEOPLE_PAGE_SIZE + 2 }, (_, index) => ({
        email: `person${index}@example.org`,
        role: "STUDENT" as const,
        displayName: `Person ${index}`,
        createdAt: new Date(base + index * 60_000),
      })),
    });
    await db().user.create({
      data: { email: "deleted@example.org", role: "STUDENT", displayName: "Person gone", deletedAt: new Date() },
    });
    const first = await searchPeople({ q: "person", page: 1 });
    expect(first).toMatchObject({ total: PEOPLE_PAGE_SIZE + 2, page: 1, pageCount: 2 });
    expect(first.people[0]?.displayName).toBe(`Person ${PEOPLE_PAGE_SIZE + 1}`);
    const last = await searchPeople({ q: "person", page: 99 });
    expect(last.page).toBe(2);
    expect(last.people.map((person) => person.displayName)).toEqual(["Person 1", "Person 0"]);
  });

  it("reads ?q= and ?page= leniently and builds links that keep the search", () => {
    expect(parsePeopleQuery(new URLSearchParams("q=%20Lena%20&page=2"))).toEqual({ q: "Lena", page: 2 });
    expect(parsePeopleQuery(new URLSearchParams("page=-1"))).toEqual({ q: "", page: 1 });
    expect(parsePeopleQuery(new URLSearchParams("page=abc"))).toEqual({ q: "", page: 1 });
    expect(peopleSearchLink("/de/staff/people", { q: "lé a", page: 2 })).toBe("/de/staff/people?q=l%C3%A9+a&page=2");
    expect(peopleSearchLink("/de/staff/people", { q: "", page: 1 })).toBe("/de/staff/people");
  });
});

describe("a student's guardian, as staff see it", () => {
  it("flags a guardian address that is the student's own", async () => {
    const staff = await staffMember();
    // The minor typed the guardian's address; here it is their own (an account from before the
    // sign-up form refused that, or an address changed since).
    const jules = await studentWithProfile("jules@example.fr", {
      birthDate: moved("2012-05-01"),
      guardianConsentAt: null,
    });
    await db().studentProfile.update({
      where: { userId: jules.id },
      data: { guardianName: "Marc Petit", guardianEmail: "jules@example.fr" },
    });
    const other = await studentWithProfile("lou@example.fr", {
      birthDate: moved("2012-05-01"),
      guardianConsentAt: null,
    });
    await db().studentProfile.update({
      where: { userId: other.id },
      data: { guardianName: "Anne Roux", guardianEmail: "anne.roux@example.fr" },
    });
    expect((await viewPersonConsents(staff.id, jules.id))?.guardian).toMatchObject({
      state: "waiting",
      ownAddress: true,
    });
    expect((await viewPersonConsents(staff.id, other.id))?.guardian).toMatchObject({
      state: "waiting",
      ownAddress: false,
    });
  });
});

describe("the audit log's protection (issue 15, point 16)", () => {
  it("refuses TRUNCATE as it refuses updates and deletes", async () => {
    const staff = await staffMember();
    await recordStaffAction(db(), {
      actorId: staff.id,
      action: "staff.create",
      targetType: "user",
      targetId: staff.id,
    });
    await expect(db().$executeRawUnsafe("TRUNCATE audit_log")).rejects.toThrow(/cannot be changed/);
    await expect(db().$executeRawUnsafe("TRUNCATE app_user CASCADE")).rejects.toThrow(/cannot be changed/);
    expect(await db().auditLogEntry.count()).toBe(1);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { queuedMails, resetAccountsAndQueue, tokenFromUrl } from "../../../test/support/queued-mails";
import { checkCredentials } from "./log-in.server";
import { issueOneTimeToken } from "./one-time-tokens.server";
import { hashPassword } from "./password.server";
import { requestPasswordReset, setPasswordWithToken } from "./password-reset.server";
import { endAllSessions, readSession, startSession } from "./sessions.server";
import { createStaffAccount, StaffAccountError } from "./staff-accounts.server";

beforeEach(resetAccountsAndQueue);

async function verifiedUser(email = "jonas@example.de", password = "ein langes passwort") {
  return db().user.create({
    data: {
      email,
      role: "STUDENT",
      displayName: "Jonas",
      passwordHash: await hashPassword(password),
      emailVerifiedAt: new Date(),
    },
  });
}

function requestWith(setCookie: string): Request {
  return new Request("http://localhost/de/account", { headers: { Cookie: setCookie.split(";")[0] ?? "" } });
}

describe("sessions", () => {
  it("recognise the browser after log-in and forget every browser on 'log out everywhere'", async () => {
    const user = await verifiedUser();
    const phone = await startSession(user.id, "phone");
    const laptop = await startSession(user.id, "laptop");
    expect(phone).not.toBe(laptop);
    expect((await readSession(requestWith(phone)))?.user.email).toBe("jonas@example.de");

    expect(await endAllSessions(user.id)).toBe(2);
    expect(await readSession(requestWith(phone))).toBeNull();
    expect(await readSession(requestWith(laptop))).toBeNull();
  });

  it("ignore a cookie that was tampered with", async () => {
    const user = await verifiedUser();
    const cookie = await startSession(user.id, null);
    const [name, value] = (cookie.split(";")[0] ?? "").split("=");
    const tampered = `${name}=${value?.slice(0, -3)}abc`;
    expect(await readSession(requestWith(tampered))).toBeNull();
  });
});

describe("password reset", () => {
  it("mails a one-hour link that sets a new password once and logs the account out everywhere", async () => {
    const user = await verifiedUser();
    const session = await startSession(user.id, null);
    await requestPasswordReset("jonas@example.de", "de");
    const [mail] = await queuedMails();
    expect(mail).toMatchObject({ template: "password-reset", to: "jonas@example.de", language: "de" });
    const token = tokenFromUrl(mail?.data.url);

    expect(await setPasswordWithToken("RESET_PASSWORD", token, "ganz neues passwort")).toMatchObject({ ok: true });
    expect(await readSession(requestWith(session))).toBeNull();
    expect(await checkCredentials("jonas@example.de", "ganz neues passwort")).toMatchObject({ ok: true });
    expect(await setPasswordWithToken("RESET_PASSWORD", token, "noch ein passwort")).toEqual({
      ok: false,
      status: "used",
    });
  });

  it("refuses an expired link and says nothing for unknown addresses", async () => {
    const user = await verifiedUser();
    const token = await issueOneTimeToken(db(), {
      purpose: "RESET_PASSWORD",
      email: user.email,
      userId: user.id,
      now: new Date(Date.now() - 61 * 60_000),
    });
    expect(await setPasswordWithToken("RESET_PASSWORD", token, "ganz neues passwort")).toEqual({
      ok: false,
      status: "expired",
    });
    await requestPasswordReset("unknown@example.de", "de");
    expect(await queuedMails()).toEqual([]);
  });
});

describe("createStaffAccount", () => {
  it("creates a verified staff account with a first-password link, and writes it to the audit log", async () => {
    const { created, link } = await createStaffAccount("Claire@Antenne.example", "fr");
    expect(created).toBe(true);
    expect(link).toMatch(/\/fr\/reset-password\?token=/);
    const staff = await db().user.findUniqueOrThrow({ where: { email: "claire@antenne.example" } });
    expect(staff.role).toBe("STAFF");
    expect(await setPasswordWithToken("SET_PASSWORD", tokenFromUrl(link), "bureau franco-allemand")).toMatchObject({
      ok: true,
    });
    const [entry] = await db().auditLogEntry.findMany({ where: { targetId: staff.id } });
    expect(entry?.action).toBe("staff.create");
  });

  it("refuses an address that belongs to another role", async () => {
    await verifiedUser("jonas@example.de");
    await expect(createStaffAccount("jonas@example.de", "de")).rejects.toBeInstanceOf(StaffAccountError);
  });

  it("keeps the audit log unchangeable", async () => {
    await createStaffAccount("claire@antenne.example", "fr");
    await expect(db().auditLogEntry.updateMany({ data: { action: "nothing happened" } })).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(db().auditLogEntry.deleteMany({})).rejects.toThrow(/cannot be changed/);
  });
});

import { TOTP } from "otpauth";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getCurrentUser } from "~/modules/accounts/current-user.server";
import { hashPassword } from "~/modules/accounts/password.server";
import { startSession } from "~/modules/accounts/sessions.server";
import {
  confirmEnrolment,
  disableTwoFactor,
  startEnrolment,
  twoFactorStatus,
} from "~/modules/accounts/two-factor.server";
import { issueOneTimeToken } from "~/modules/accounts/one-time-tokens.server";
import { action as logInAction } from "~/routes/$lang.login";
import { action as resetPasswordAction } from "~/routes/$lang.reset-password";
import { action as secondFactorAction, loader as secondFactorLoader } from "~/routes/$lang.login_.two-factor";
import { db } from "~/utils/db.server";
import { resetAccountsAndQueue } from "../support/queued-mails";

/**
 * Issue 15, point 4: staff and coordinators can add a TOTP second factor; log-in then asks for
 * a code after the password, each code works once, recovery codes work once, and staff without
 * one are sent to set it up where REQUIRE_STAFF_TOTP is on.
 */
const SITE = "https://antenne.example";
const PASSWORD = "zweiter faktor bitte";
const EMAIL = "claire@lycee.example";

let userId = "";
beforeEach(async () => {
  await resetAccountsAndQueue();
  const user = await db().user.create({
    data: {
      email: EMAIL,
      role: "COORDINATOR",
      displayName: "Claire Dubois",
      passwordHash: await hashPassword(PASSWORD),
      emailVerifiedAt: new Date(),
    },
  });
  userId = user.id;
});
afterEach(() => {
  delete process.env.REQUIRE_STAFF_TOTP;
});

async function answer(run: () => Promise<unknown>): Promise<Response> {
  try {
    const result = await run();
    if (result instanceof Response) return result;
    // Remix's data(): the body with its status.
    const withInit = result as { data?: unknown; init?: { status?: number } | null };
    return Response.json(withInit.data ?? result, { status: withInit.init?.status ?? 200 });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

const context = { requestId: "t" };
function post(path: string, form: Record<string, string>, cookie = "") {
  return new Request(`${SITE}${path}`, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      "X-Antenne-Client-Ip": "203.0.113.9",
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: new URLSearchParams(form),
  });
}

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

async function enrol(now: Date) {
  await startEnrolment(userId);
  const status = await twoFactorStatus(userId);
  expect(status.enrolment?.qrSvg).toMatch(/^<svg/);
  expect(status.enrolment?.uri).toMatch(/^otpauth:\/\/totp\//);
  const secret = (status.enrolment?.secret ?? "").replace(/\s+/g, "");
  const totp = new TOTP({ secret, digits: 6, period: 30, algorithm: "SHA1" });
  const confirmed = await confirmEnrolment(userId, totp.generate({ timestamp: now.getTime() }), now);
  if (!confirmed.ok) throw new Error("enrolment refused");
  return { totp, recoveryCodes: confirmed.recoveryCodes };
}

describe("enrolment", () => {
  it("needs a right first code, keeps the secret encrypted and gives ten recovery codes stored as hashes", async () => {
    await startEnrolment(userId);
    expect(await confirmEnrolment(userId, "000000")).toEqual({ ok: false });
    const { totp, recoveryCodes } = await enrol(new Date());
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await db().user.findUniqueOrThrow({ where: { id: userId }, include: { recoveryCodes: true } });
    expect(stored.totpEnabledAt).not.toBeNull();
    expect(stored.totpSecret).not.toContain(totp.secret.base32);
    expect(stored.recoveryCodes).toHaveLength(10);
    const hashes = JSON.stringify(stored.recoveryCodes);
    for (const code of recoveryCodes) expect(hashes).not.toContain(code);
  });
});

describe("log-in with a second factor", () => {
  it("asks for the code after the password, accepts it once, and a recovery code once", async () => {
    const start = new Date();
    const { totp, recoveryCodes } = await enrol(start);

    const afterPassword = await answer(() =>
      logInAction({
        request: post("/de/login", { email: EMAIL, password: PASSWORD }),
        params: { lang: "de" },
        context,
      }),
    );
    expect(afterPassword.status).toBe(302);
    expect(afterPassword.headers.get("Location")).toBe("/de/login/two-factor");
    const pending = cookiesOf(afterPassword);
    // The password alone gives no session.
    expect(pending).not.toContain("__session");
    expect(await db().session.count()).toBe(0);

    // Without the pending cookie the code page sends back to log-in.
    const bare = await answer(() =>
      secondFactorLoader({ request: new Request(`${SITE}/de/login/two-factor`), params: { lang: "de" }, context }),
    );
    expect(bare.headers.get("Location")).toBe("/de/login");

    const wrong = await answer(() =>
      secondFactorAction({
        request: post("/de/login/two-factor", { code: "123456" }, pending),
        params: { lang: "de" },
        context,
      }),
    );
    expect(wrong.status).toBe(400);
    expect(await db().session.count()).toBe(0);

    // The next step's code (30 s later; ±1 step is tolerated).
    const code = totp.generate({ timestamp: Date.now() + 30_000 });
    const right = await answer(() =>
      secondFactorAction({ request: post("/de/login/two-factor", { code }, pending), params: { lang: "de" }, context }),
    );
    expect(right.status).toBe(302);
    expect(right.headers.get("Location")).toBe("/de/coordinator");
    expect(cookiesOf(right)).toContain("__session=");
    expect(await db().session.count()).toBe(1);

    // The same code again, even with a fresh password step: refused (no reuse in its window).
    const again = await answer(() =>
      secondFactorAction({ request: post("/de/login/two-factor", { code }, pending), params: { lang: "de" }, context }),
    );
    expect(again.status).toBe(400);

    const recovery = recoveryCodes[3] ?? "";
    const withRecovery = await answer(() =>
      secondFactorAction({
        request: post("/de/login/two-factor", { code: recovery.toUpperCase() }, pending),
        params: { lang: "de" },
        context,
      }),
    );
    expect(withRecovery.status).toBe(302);
    const recoveryAgain = await answer(() =>
      secondFactorAction({
        request: post("/de/login/two-factor", { code: recovery }, pending),
        params: { lang: "de" },
        context,
      }),
    );
    expect(recoveryAgain.status).toBe(400);
    expect((await twoFactorStatus(userId)).recoveryCodesLeft).toBe(9);
  });

  it("switching it off takes a valid code", async () => {
    const { totp } = await enrol(new Date());
    expect(await disableTwoFactor(userId, "654321")).toBe(false);
    expect(await disableTwoFactor(userId, totp.generate({ timestamp: Date.now() + 30_000 }))).toBe(true);
    expect((await twoFactorStatus(userId)).enabled).toBe(false);
    expect(await db().recoveryCode.count()).toBe(0);
  });
});

describe("staff without a second factor", () => {
  it("are sent to set it up before anything else when REQUIRE_STAFF_TOTP is on", async () => {
    await db().user.update({ where: { id: userId }, data: { role: "STAFF" } });
    const cookie = (await startSession(userId, "test")).split(";")[0] ?? "";
    const page = (path: string) => new Request(`${SITE}${path}`, { headers: { Cookie: cookie } });

    expect((await getCurrentUser(page("/de/staff")))?.role).toBe("STAFF");
    process.env.REQUIRE_STAFF_TOTP = "true";
    const sent = await answer(() => getCurrentUser(page("/fr/staff/people")));
    expect(sent.status).toBe(302);
    expect(sent.headers.get("Location")).toBe("/fr/account/two-factor");
    expect((await getCurrentUser(page("/fr/account/two-factor")))?.role).toBe("STAFF");

    await enrol(new Date());
    expect((await getCurrentUser(page("/fr/staff/people")))?.role).toBe("STAFF");
  });
});

describe("a reset link", () => {
  it("proves the address, not the second factor: the code is still asked for", async () => {
    await enrol(new Date());
    const token = await db().$transaction((tx) =>
      issueOneTimeToken(tx, { purpose: "RESET_PASSWORD", email: EMAIL, userId }),
    );
    const newPassword = "ein ganz neues passwort";
    const reset = await answer(() =>
      resetPasswordAction({
        request: post("/de/reset-password", { token, password: newPassword, passwordConfirm: newPassword }),
        params: { lang: "de" },
        context,
      }),
    );
    expect(reset.status).toBe(302);
    expect(reset.headers.get("Location")).toBe("/de/login/two-factor");
    // Only the pending second-factor cookie: no session until the code is given.
    const cookies = cookiesOf(reset);
    expect(await getCurrentUser(new Request(`${SITE}/de/account`, { headers: { Cookie: cookies } }))).toBeNull();
    expect(await db().session.count({ where: { userId } })).toBe(0);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import * as companySignUp from "~/routes/$lang.signup.company";
import * as resetPage from "~/routes/$lang.reset-password";
import { db } from "~/utils/db.server";
import { answerOf, routeArgs } from "../support/company-fixtures";
import { resetAccountsAndQueue } from "../support/queued-mails";

/**
 * Every form that sets a password (sign-up, reset link, joining a company) refuses short ones
 * and the passwords that guessing starts with (ASVS 2.1), with a message under the field.
 */
beforeEach(resetAccountsAndQueue);

function refusal(answer: unknown) {
  return (answer as { data?: { errors?: Record<string, string> } }).data?.errors ?? null;
}

function signUp(password: string) {
  const form = {
    name: "Jens Köhler",
    email: "jens@koehler.example",
    password,
    companyName: "Köhler GmbH",
    country: "DE",
    placeKey: "wolfsburg",
    privacy: "on",
  };
  return answerOf(companySignUp.action(routeArgs("/de/signup/company", undefined, form)));
}

describe("a new password", () => {
  it("has at least 12 characters", async () => {
    expect(refusal(await signUp("Zitronen-7x"))).toEqual({ password: "auth:errors.passwordTooShort" });
    expect(await db().user.count()).toBe(0);
  });

  it("is not one of the common passwords, in any of our languages, nor made of the person's own name", async () => {
    for (const password of ["password1234", "123456789012", "passwort1234", "motdepasse123", "Koehler12345"]) {
      expect(refusal(await signUp(password)), password).toEqual({ password: "auth:errors.passwordCommon" });
    }
    expect(await db().user.count()).toBe(0);
  });

  it("may be a sentence one can remember", async () => {
    const answer = await signUp("Zitronen wachsen im Garten");
    expect(answer).toBeInstanceOf(Response);
    expect((answer as Response).headers.get("Location")).toBe("/de/signup/check-email");
  });

  it("is checked the same way through a reset link", async () => {
    const form = { token: "any", password: "password1234", passwordConfirm: "password1234" };
    const answer = await answerOf(resetPage.action(routeArgs("/de/reset-password", undefined, form)));
    expect(refusal(answer)).toEqual({ password: "auth:errors.passwordCommon" });
  });
});

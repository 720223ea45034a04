import { TOTP } from "otpauth";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { linkTo, waitForMail } from "./mailbox";

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

async function logInWithPassword(page: Page, email: string, password: string) {
  await page.goto("/en/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

async function logOut(page: Page) {
  await page.goto("/en/account");
  await page.getByRole("button", { name: "Log out", exact: true }).first().click();
  await expect(page.getByRole("link", { name: "Log in" }).first()).toBeVisible();
}

test("a coordinator sets up a second factor and logs in with a code, then with a recovery code", async ({ page }) => {
  const email = `teacher.${unique()}@example.de`;
  const password = "a long enough sentence";
  await page.goto("/en/signup/coordinator");
  await page.getByLabel("First and last name").fill("Maren Vogt");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByLabel("School").selectOption({ index: 1 });
  await page.getByLabel(/I have read and accept/).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await page.goto(linkTo(await waitForMail(email, /./), "en/verify-email"));

  await logInWithPassword(page, email, password);
  await page.goto("/en/account");
  await page.getByRole("link", { name: "Second factor" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Second factor");
  await page.getByRole("button", { name: "Set up a second factor" }).click();
  await expect(page.getByRole("img", { name: "QR code for the authenticator app" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s+/g, "");
  const totp = new TOTP({ secret, digits: 6, period: 30, algorithm: "SHA1" });

  await page.getByLabel("Six-digit code from the app").fill("000000");
  await page.getByRole("button", { name: "Confirm and switch on" }).click();
  await expect(page.getByText("This code is not right or was used already.")).toBeVisible();
  await page.getByLabel("Six-digit code from the app").fill(totp.generate());
  await page.getByRole("button", { name: "Confirm and switch on" }).click();
  await expect(page.getByText("The second factor is now on.")).toBeVisible();
  const recoveryCodes = await page
    .getByRole("list", { name: "Your recovery codes" })
    .getByRole("listitem")
    .allInnerTexts();
  expect(recoveryCodes).toHaveLength(10);

  // Next log-in: the password alone is not enough.
  await logOut(page);
  await logInWithPassword(page, email, password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verification code");
  // The code of the next step (tolerated), so it differs from the one used to confirm.
  await page.getByLabel("Code", { exact: true }).fill(totp.generate({ timestamp: Date.now() + 30_000 }));
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/en\/coordinator$/);

  await logOut(page);
  await logInWithPassword(page, email, password);
  await page.getByLabel("Code", { exact: true }).fill(recoveryCodes[0] ?? "");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/en\/coordinator$/);
  await page.goto("/en/account/two-factor");
  await expect(page.getByText("You have 9 unused recovery codes left.")).toBeVisible();
});

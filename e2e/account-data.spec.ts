import fs from "node:fs/promises";
import { expect, test } from "./fixtures";
import { linkTo, waitForMail } from "./mailbox";

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

test("a coordinator downloads their data, deletes the account and cannot log in any more", async ({ page }) => {
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

  await page.goto("/en/login?next=%2Fen%2Faccount%2Fdata");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My data");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download my data" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^antenne-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await fs.readFile((await download.path()) ?? "", "utf8");
  const data = JSON.parse(text) as {
    account: { email: string; displayName: string; role: string };
    coordinatorProfile: { school: string } | null;
    consents: { kind: string }[];
    sessions: { userAgent: string | null }[];
  };
  expect(data.account).toMatchObject({ email, displayName: "Maren Vogt", role: "COORDINATOR" });
  expect(data.coordinatorProfile?.school).toBeTruthy();
  expect(data.consents.map((consent) => consent.kind)).toEqual(["PRIVACY_NOTICE"]);
  expect(data.sessions[0]?.userAgent).toContain("Chrome");
  expect(text).not.toMatch(/passwordHash|tokenHash|argon2/);

  await page.getByRole("link", { name: "Delete my account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Delete my account");
  await page.getByLabel("Your current password").fill("not my password");
  await page.getByLabel("I understand that my account will be deleted for good.").check();
  await page.getByRole("button", { name: "Delete my account for good" }).click();
  await expect(page.getByRole("alert")).toContainText("This password is not correct.");

  await page.getByLabel("Your current password").fill(password);
  await page.getByLabel("I understand that my account will be deleted for good.").check();
  await page.getByRole("button", { name: "Delete my account for good" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account has been deleted");
  await expect(page.getByRole("banner").getByRole("link", { name: "Log in" })).toBeVisible();

  await page.goto("/en/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert")).toContainText("The email address or password is not correct.");
});

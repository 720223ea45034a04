import { isUniqueViolation } from "~/utils/db-errors";
import { recordPrivacyConsent } from "./consents.server";
import type { Prisma } from "~/generated/prisma/client";
import { isLanguage, type Language } from "~/modules/i18n/languages";
import { queueMail } from "~/modules/mail/mail-queue.server";
import { db } from "~/utils/db.server";
import type { FieldErrors } from "~/utils/forms";
import type { CompanySignUp, CoordinatorSignUp, OrganiserSignUp, StudentSignUp } from "./account.schema";
import { accountLink, pageLink } from "./account-links.server";
import { ageOn, needsGuardianConsent } from "./age";
import { todayInEurope } from "~/utils/calendar-days";
import { issueOneTimeToken } from "./one-time-tokens.server";
import { hashPassword } from "./password.server";
import { uniqueSlug } from "./slug";

/**
 * ok: the person is told to check their inbox. That is also the answer for an address that
 * already has an account (its owner gets a mail instead), so the form tells nobody who is
 * registered here.
 */
export type SignUpResult = { ok: true } | { ok: false; errors: FieldErrors };

/** Learners of vocational schools are between about 14 and 30; anything else is a typo. */
const PLAUSIBLE_STUDENT_AGE = { min: 13, max: 35 };

type Tx = Prisma.TransactionClient;

/**
 * Creates the account and its first records in one transaction with the verification mail, so
 * a refused or failed sign-up leaves nothing behind and an accepted one always gets its mail.
 */
async function createAccount(
  language: Language,
  input: {
    email: string;
    password: string;
    name: string;
    role: "STUDENT" | "COMPANY_MEMBER" | "COORDINATOR" | "ORGANISER_MEMBER";
  },
  addProfile: (tx: Tx, userId: string) => Promise<void>,
): Promise<SignUpResult> {
  const passwordHash = await hashPassword(input.password);
  try {
    await db().$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, passwordHash, role: input.role, displayName: input.name, locale: language },
      });
      await addProfile(tx, user.id);
      await recordPrivacyConsent(tx, user.id, language);
      const token = await issueOneTimeToken(tx, { purpose: "VERIFY_EMAIL", email: user.email, userId: user.id });
      await queueMail(tx, {
        template: "verify-email",
        to: user.email,
        language,
        data: { name: user.displayName, url: accountLink(language, "verify-email", token) },
      });
    });
    return { ok: true };
  } catch (error) {
    // Taken between the check and the insert (two sign-ups at once): the same answer as below.
    if (isUniqueViolation(error)) return tellOwner(input.email);
    throw error;
  }
}

async function emailTaken(email: string): Promise<boolean> {
  return (await db().user.count({ where: { email } })) > 0;
}

/**
 * A sign-up with a taken address: nothing is created, the owner is told by mail in the language
 * of their account, and the form answers as for a new account. A password is still hashed, so
 * the answer takes as long as a real sign-up.
 */
async function tellOwner(email: string, password?: string): Promise<SignUpResult> {
  if (password !== undefined) await hashPassword(password);
  const owner = await db().user.findUnique({ where: { email } });
  if (!owner || owner.deletedAt) return { ok: true };
  const language: Language = isLanguage(owner.locale) ? owner.locale : "de";
  await queueMail(db(), {
    template: "account-exists",
    to: email,
    language,
    data: { name: owner.displayName, url: pageLink(language, "forgot-password") },
  });
  return { ok: true };
}

/** Field errors first (they tell nothing about who is registered); then a taken address. */
async function refusalOrOwnerNotice(
  errors: FieldErrors,
  input: { email: string; password: string },
): Promise<SignUpResult | null> {
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (await emailTaken(input.email)) return tellOwner(input.email, input.password);
  return null;
}

export async function signUpStudent(
  input: StudentSignUp,
  language: Language,
  today = todayInEurope(),
): Promise<SignUpResult> {
  const errors: FieldErrors = {};
  const school = await db().school.findUnique({ where: { key: input.schoolKey } });
  if (!school) errors.schoolKey = "auth:errors.schoolUnknown";
  else if (school.country !== input.country) errors.schoolKey = "auth:errors.schoolOtherCountry";

  const age = ageOn(input.birthDate, today);
  if (age < PLAUSIBLE_STUDENT_AGE.min || age > PLAUSIBLE_STUDENT_AGE.max)
    errors.birthDate = "auth:errors.birthDateImplausible";

  const minor = needsGuardianConsent(input.birthDate, input.country, today);
  const guardianName = input.guardianName?.trim() || null;
  const guardianEmail = input.guardianEmail || null;
  if (minor && !errors.birthDate) {
    if (!guardianName)
      errors.guardianName =
        input.country === "DE" ? "auth:errors.guardianRequiredDE" : "auth:errors.guardianRequiredFR";
    if (!guardianEmail) errors.guardianEmail = "auth:errors.guardianEmailRequired";
    else if (guardianEmail === input.email) errors.guardianEmail = "auth:errors.guardianEmailOwn";
  }
  const refused = await refusalOrOwnerNotice(errors, input);
  if (refused || !school) return refused ?? { ok: false, errors };

  return createAccount(language, { ...input, role: "STUDENT" }, async (tx, userId) => {
    // Below the age of digital consent only the minimum is kept until a guardian agrees.
    await tx.studentProfile.create({
      data: {
        userId,
        schoolId: school.id,
        country: input.country,
        birthDate: new Date(`${input.birthDate}T00:00:00Z`),
        training: "",
        trainingYear: 1,
        guardianName: minor ? guardianName : null,
        guardianEmail: minor ? guardianEmail : null,
      },
    });
  });
}

export async function signUpCompany(input: CompanySignUp, language: Language): Promise<SignUpResult> {
  const errors: FieldErrors = {};
  const place = await db().place.findUnique({ where: { key: input.placeKey } });
  if (!place) errors.placeKey = "auth:errors.placeUnknown";
  else if (place.country !== input.country) errors.placeKey = "auth:errors.placeOtherCountry";
  const refused = await refusalOrOwnerNotice(errors, input);
  if (refused || !place) return refused ?? { ok: false, errors };

  return createAccount(language, { ...input, role: "COMPANY_MEMBER" }, async (tx, userId) => {
    const company = await tx.company.create({
      data: {
        slug: await uniqueSlug(input.companyName, async (slug) => (await tx.company.count({ where: { slug } })) > 0),
        name: input.companyName,
        country: input.country,
        placeId: place.id,
        address: "",
        size: "SMALL",
        contactName: input.name,
        contactEmail: input.email,
        // New companies wait for the Antenne's check before anything of theirs is public.
        status: "PENDING",
      },
    });
    await tx.companyMember.create({ data: { companyId: company.id, userId, isOwner: true } });
  });
}

/**
 * A partner organisation signs up: the account, the organiser (unverified, waiting in the staff
 * moderation queue like a new company) and the person as its owner, in one transaction.
 */
export async function signUpOrganiser(input: OrganiserSignUp, language: Language): Promise<SignUpResult> {
  const refused = await refusalOrOwnerNotice({}, input);
  if (refused) return refused;
  return createAccount(language, { ...input, role: "ORGANISER_MEMBER" }, async (tx, userId) => {
    const organiser = await tx.organiser.create({
      data: {
        name: input.organiserName,
        kind: input.kind,
        town: input.town,
        country: input.country,
        website: input.website,
        verified: false,
        reviewRequestedAt: new Date(),
      },
    });
    await tx.organiserMember.create({ data: { organiserId: organiser.id, userId, isOwner: true } });
  });
}

export async function signUpCoordinator(input: CoordinatorSignUp, language: Language): Promise<SignUpResult> {
  const school = await db().school.findUnique({ where: { key: input.schoolKey } });
  const errors: FieldErrors = {};
  if (!school) errors.schoolKey = "auth:errors.schoolUnknown";
  const refused = await refusalOrOwnerNotice(errors, input);
  if (refused || !school) return refused ?? { ok: false, errors };

  return createAccount(language, { ...input, role: "COORDINATOR" }, async (tx, userId) => {
    await tx.coordinatorProfile.create({ data: { userId, schoolId: school.id } });
  });
}

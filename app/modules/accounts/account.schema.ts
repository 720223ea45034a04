import { z } from "zod";
import { ORGANISER_KINDS } from "~/modules/events/event.schema";
import { COUNTRIES } from "~/modules/reference/countries";

/**
 * Forms of the accounts domain. The same schemas validate in the browser (instant feedback) and
 * on the server (the only check that counts). Messages are locale keys, translated where shown.
 */
/** ASVS 2.1.1: at least 12 characters; common passwords are refused on the server (common-passwords.server.ts). */
export const PASSWORD_MIN_LENGTH = 12;

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { message: "auth:errors.emailRequired" })
  .max(254, { message: "auth:errors.emailInvalid" })
  .pipe(z.email({ message: "auth:errors.emailInvalid" }));

const name = z
  .string()
  .trim()
  .min(2, { message: "auth:errors.nameRequired" })
  .max(120, { message: "auth:errors.nameTooLong" });

const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: "auth:errors.passwordTooShort" })
  .max(200, { message: "auth:errors.passwordTooLong" });

/** A checkbox sends "on" when ticked and nothing when not. */
const accepted = z.literal("on", { message: "auth:errors.privacyRequired" });

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "auth:errors.birthDateInvalid" })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), { message: "auth:errors.birthDateInvalid" });

function passwordNotEmail<T extends { email: string; password: string }>(value: T, ctx: z.RefinementCtx) {
  if (value.password.trim().toLowerCase() === value.email) {
    ctx.addIssue({ code: "custom", path: ["password"], message: "auth:errors.passwordIsEmail" });
  }
}

export const studentSignUpSchema = z
  .object({
    name,
    email,
    password: newPassword,
    country: z.enum(COUNTRIES, { message: "auth:errors.countryRequired" }),
    schoolKey: z.string().min(1, { message: "auth:errors.schoolRequired" }),
    birthDate: isoDate,
    guardianName: z.string().trim().max(120, { message: "auth:errors.nameTooLong" }).optional(),
    guardianEmail: z.union([z.literal(""), email]).optional(),
    privacy: accepted,
  })
  .superRefine(passwordNotEmail);

export const companySignUpSchema = z
  .object({
    name,
    email,
    password: newPassword,
    companyName: z
      .string()
      .trim()
      .min(2, { message: "auth:errors.companyNameRequired" })
      .max(160, { message: "auth:errors.nameTooLong" }),
    country: z.enum(COUNTRIES, { message: "auth:errors.countryRequired" }),
    placeKey: z.string().min(1, { message: "auth:errors.placeRequired" }),
    privacy: accepted,
  })
  .superRefine(passwordNotEmail);

/** A partner organisation's member creates the account and the organisation (ADR 0020). */
export const organiserSignUpSchema = z
  .object({
    name,
    email,
    password: newPassword,
    organiserName: z
      .string()
      .trim()
      .min(2, { message: "organisers:errors.nameRequired" })
      .max(160, { message: "auth:errors.nameTooLong" }),
    kind: z.enum(ORGANISER_KINDS, { message: "organisers:errors.kindRequired" }),
    town: z
      .string()
      .trim()
      .min(2, { message: "organisers:errors.townRequired" })
      .max(100, { message: "organisers:errors.townRequired" }),
    country: z.enum(["DE", "FR"], { message: "auth:errors.countryRequired" }),
    website: z
      .string()
      .trim()
      .max(500, { message: "organisers:errors.websiteInvalid" })
      .optional()
      .transform((value) => (value ? value : null))
      .refine((value) => value === null || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(value), {
        message: "organisers:errors.websiteInvalid",
      }),
    privacy: accepted,
  })
  .superRefine(passwordNotEmail);

export const coordinatorSignUpSchema = z
  .object({
    name,
    email,
    password: newPassword,
    schoolKey: z.string().min(1, { message: "auth:errors.schoolRequired" }),
    privacy: accepted,
  })
  .superRefine(passwordNotEmail);

export const loginSchema = z.object({
  email,
  password: z
    .string()
    .min(1, { message: "auth:errors.passwordRequired" })
    .max(200, { message: "auth:errors.passwordTooLong" }),
});

export const emailOnlySchema = z.object({ email });

export const newPasswordSchema = z
  .object({
    token: z.string().min(1),
    password: newPassword,
    passwordConfirm: z.string(),
  })
  .superRefine((value, ctx) => {
    if (value.password !== value.passwordConfirm) {
      ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: "auth:errors.passwordsDiffer" });
    }
  });

export type StudentSignUp = z.output<typeof studentSignUpSchema>;
export type CompanySignUp = z.output<typeof companySignUpSchema>;
export type OrganiserSignUp = z.output<typeof organiserSignUpSchema>;
export type CoordinatorSignUp = z.output<typeof coordinatorSignUpSchema>;

/**
 * Forms of the company pages, checked in the browser and again on the server. Field rules are
 * those of sign-up, so an invited colleague meets the same requirements as the owner did.
 */
import { z } from "zod";
import { companySignUpSchema, emailOnlySchema } from "~/modules/accounts/account.schema";
import { LANGUAGES } from "~/modules/i18n/languages";

export const inviteSchema = z.object({
  companyId: z.guid(),
  email: emailOnlySchema.shape.email,
  language: z.enum(LANGUAGES, { message: "account:members.errors.languageRequired" }),
});

/** The owner's buttons next to a colleague and next to an open invitation. */
export const removeMemberSchema = z.object({ companyId: z.guid(), memberId: z.guid() });
export const revokeInvitationSchema = z.object({ companyId: z.guid(), invitationId: z.guid() });

export const joinSchema = z.object({
  token: z.string().min(1),
  name: companySignUpSchema.shape.name,
  password: companySignUpSchema.shape.password,
  privacy: companySignUpSchema.shape.privacy,
});

export type Invite = z.output<typeof inviteSchema>;
export type Join = z.output<typeof joinSchema>;

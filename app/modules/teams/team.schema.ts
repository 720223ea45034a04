/**
 * Forms about a team's members, the same for companies and organisers, checked in the browser
 * and again on the server. The team's own id (companyId, organiserId) is checked by the members
 * page before it reads these. Field rules are those of sign-up, so an invited colleague meets
 * the same requirements as the owner did.
 */
import { z } from "zod";
import { companySignUpSchema, emailOnlySchema } from "~/modules/accounts/account.schema";
import { LANGUAGES } from "~/modules/i18n/languages";

export const inviteSchema = z.object({
  email: emailOnlySchema.shape.email,
  language: z.enum(LANGUAGES, { message: "account:members.errors.languageRequired" }),
});

/** The buttons next to a member and next to an open invitation. */
export const removeMemberSchema = z.object({ memberId: z.guid() });
export const revokeInvitationSchema = z.object({ invitationId: z.guid() });

/** Accepting with a new account. */
export const joinSchema = z.object({
  token: z.string().min(1),
  name: companySignUpSchema.shape.name,
  password: companySignUpSchema.shape.password,
  privacy: companySignUpSchema.shape.privacy,
});

/** Accepting with the account one is signed in with. */
export const joinWithAccountSchema = z.object({ token: z.string().min(1) });

export type Invite = z.output<typeof inviteSchema>;
export type Join = z.output<typeof joinSchema>;

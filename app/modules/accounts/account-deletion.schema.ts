import { z } from "zod";

/** Deleting an account asks for the current password: a borrowed, still signed-in browser is not enough. */
export const deleteAccountSchema = z.object({
  password: z
    .string()
    .min(1, { message: "auth:errors.passwordRequired" })
    .max(200, { message: "auth:errors.passwordTooLong" }),
  confirm: z.literal("on", { message: "account:delete.errors.confirmRequired" }),
});

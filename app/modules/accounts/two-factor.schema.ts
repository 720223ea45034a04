/** The forms of the second factor, shared by the server and the browser. */
import { z } from "zod";

const code = z
  .string({ message: "auth:twoFactor.errors.codeRequired" })
  .trim()
  .min(1, { message: "auth:twoFactor.errors.codeRequired" })
  .max(40, { message: "auth:twoFactor.errors.codeWrong" });

/** The step after the password: a code from the app, or a recovery code. */
export const secondFactorSchema = z.object({ code });

export const twoFactorActionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("start") }),
    z.object({ intent: z.literal("confirm"), code }),
    z.object({ intent: z.literal("disable"), code }),
  ],
  { message: "auth:twoFactor.errors.codeRequired" },
);

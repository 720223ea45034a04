import { z } from "zod";

/**
 * The application forms, shared by the server (readForm) and the browser (useValidatedForm), so
 * both refuse the same input with the same messages. Messages are locale keys.
 */
export const MOTIVATION_MIN = 50;
export const MOTIVATION_MAX = 5000;
export const DECLINE_MESSAGE_MAX = 1000;

/** The student writes to the host company in German or French, the two languages of the exchange. */
export const MOTIVATION_LANGUAGES = ["de", "fr"] as const;
export type MotivationLanguage = (typeof MOTIVATION_LANGUAGES)[number];

export const applySchema = z.object({
  periodId: z.guid({ message: "applications:errors.periodRequired" }),
  motivation: z
    .string({ message: "applications:errors.motivationTooShort" })
    .trim()
    .min(MOTIVATION_MIN, { message: "applications:errors.motivationTooShort" })
    .max(MOTIVATION_MAX, { message: "applications:errors.motivationTooLong" }),
  motivationLanguage: z.enum(MOTIVATION_LANGUAGES, { message: "applications:errors.motivationLanguage" }),
  /** A checkbox sends "on" when ticked and nothing when not. */
  includeCv: z
    .literal("on", { message: "applications:errors.unknownAction" })
    .optional()
    .transform((value) => value === "on"),
});
export type ApplyInput = z.output<typeof applySchema>;

export const COMPANY_DECISIONS = ["shortlist", "accept", "decline"] as const;
export type CompanyDecision = (typeof COMPANY_DECISIONS)[number];

export const decisionSchema = z.object({
  intent: z.enum(COMPANY_DECISIONS, { message: "applications:errors.unknownAction" }),
  /** Only read with a decline; an empty box means no message. */
  message: z
    .string()
    .trim()
    .max(DECLINE_MESSAGE_MAX, { message: "applications:errors.messageTooLong" })
    .optional()
    .transform((value) => (value ? value : undefined)),
});

export const withdrawSchema = z.object({
  intent: z.literal("withdraw", { message: "applications:errors.unknownAction" }),
});

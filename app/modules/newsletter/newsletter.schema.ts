import { z } from "zod";

/**
 * Forms of the newsletter. The same schemas check in the browser and on the server; messages are
 * locale keys of the `newsletter` namespace.
 */
export const NEWSLETTER_LANGUAGES = ["DE", "FR", "BOTH"] as const;
export type NewsletterLanguageChoice = (typeof NEWSLETTER_LANGUAGES)[number];

export const NEWSLETTER_TOPICS = ["events", "internships", "programmes"] as const;
export type NewsletterTopic = (typeof NEWSLETTER_TOPICS)[number];

/** The consent text a subscriber agrees to; a new wording gets a new version. */
export const NEWSLETTER_CONSENT_VERSION = "newsletter-2026-12";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { message: "newsletter:errors.emailRequired" })
  .max(254, { message: "newsletter:errors.emailInvalid" })
  .pipe(z.email({ message: "newsletter:errors.emailInvalid" }));

const language = z.enum(NEWSLETTER_LANGUAGES, { message: "newsletter:errors.languageRequired" });

/** Checkboxes: none posted is an empty list, one is a string, several a list. */
const topics = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.enum(NEWSLETTER_TOPICS, { message: "newsletter:errors.topicsRequired" }))
    .min(1, { message: "newsletter:errors.topicsRequired" })
    .transform((list) => [...new Set(list)]),
);

export const subscribeSchema = z.object({
  email,
  language,
  topics,
  consent: z.literal("on", { message: "newsletter:errors.consentRequired" }),
});

export const preferencesSchema = z.object({ language, topics });

/** The account page's form: the account's confirmed address is used, so no address field. */
export const accountSubscribeSchema = preferencesSchema.extend({
  consent: z.literal("on", { message: "newsletter:errors.consentRequired" }),
});

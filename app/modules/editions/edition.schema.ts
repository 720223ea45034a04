/**
 * The staff form of an edition: theme and introduction in German and French (English optional),
 * the review for the archive, the call's dates, and whether it is public / archived. Checked in
 * the browser and again on the server; messages are keys of the `editions` namespace.
 */
import { z } from "zod";

const required = (max: number) =>
  z
    .string({ message: "editions:errors.required" })
    .trim()
    .min(2, "editions:errors.required")
    .max(max, "editions:errors.tooLong");

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "editions:errors.tooLong")
    .optional()
    .transform((value) => (value ? value : null));

const optionalDay = z
  .string()
  .trim()
  .optional()
  .refine((value) => !value || (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))), {
    message: "editions:errors.dayInvalid",
  })
  .transform((value) => (value ? new Date(`${value}T00:00:00Z`) : null));

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

export const THEME_MAX_LENGTH = 160;
export const TEXT_MAX_LENGTH = 10_000;

export const editionSchema = z
  .object({
    themeDe: required(THEME_MAX_LENGTH),
    themeFr: required(THEME_MAX_LENGTH),
    themeEn: optional(THEME_MAX_LENGTH),
    introDe: required(TEXT_MAX_LENGTH),
    introFr: required(TEXT_MAX_LENGTH),
    introEn: optional(TEXT_MAX_LENGTH),
    reviewDe: optional(TEXT_MAX_LENGTH),
    reviewFr: optional(TEXT_MAX_LENGTH),
    reviewEn: optional(TEXT_MAX_LENGTH),
    callOpensOn: optionalDay,
    callClosesOn: optionalDay,
    published: checkbox,
    archived: checkbox,
  })
  .superRefine((value, ctx) => {
    if (value.callOpensOn && value.callClosesOn && value.callClosesOn < value.callOpensOn) {
      ctx.addIssue({ code: "custom", path: ["callClosesOn"], message: "editions:errors.callOrder" });
    }
    if (value.archived && !value.published) {
      ctx.addIssue({ code: "custom", path: ["archived"], message: "editions:errors.archivedUnpublished" });
    }
  });

export type EditionInput = z.output<typeof editionSchema>;

/**
 * What a picture of an article or an event must be (the server checks the bytes: PNG, JPEG or
 * WebP, formats every browser shows and that carry no script; at most 2 MB), and its descriptions
 * (alt texts) in German and French: required for every language the thing is written in (its
 * title), shown in the reader's language or else the other one. Pure, for forms and servers.
 */
import type { Language } from "~/modules/i18n/languages";
import type { FieldErrors } from "~/utils/forms";

export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
export const IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

export const ALT_MAX_LENGTH = 250;

export interface AltTexts {
  titleDe: string | null;
  titleFr: string | null;
  imageAltDe: string | null;
  imageAltFr: string | null;
}

/** A picture needs its description in every language the thing has a title in. */
export function missingAlts(input: AltTexts, hasImage: boolean, message: string): FieldErrors {
  if (!hasImage) return {};
  const errors: FieldErrors = {};
  if (input.titleDe && !input.imageAltDe) errors.imageAltDe = message;
  if (input.titleFr && !input.imageAltFr) errors.imageAltFr = message;
  return errors;
}

/** The description in the reader's language, else the other one (English readers: German first). */
export function altIn(language: Language, de: string | null, fr: string | null): string {
  const order = language === "fr" ? [fr, de] : [de, fr];
  return order.map((text) => text?.trim()).find((text) => text) ?? "";
}

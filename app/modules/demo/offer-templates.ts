import type { CefrLevel } from "~/modules/reference/cefr";
import type { FieldKey } from "~/modules/reference/occupational-fields";
import { SERVICE_TEMPLATES } from "./offer-templates-services";
import { BUILDING_TEMPLATES } from "./offer-templates-building";
import { INDUSTRY_TEMPLATES } from "./offer-templates-industry";

/** A German text and its French counterpart. */
export type TextPair = readonly [de: string, fr: string];

export interface TitleVariant {
  title: TextPair;
  /** What the intern does in this kind of placement (three of them end up in the description). */
  tasks: readonly TextPair[];
}

/**
 * How the working week of a field usually looks: workshops and offices work Monday to Friday,
 * shops and bakeries include Saturday, hotels and care homes also weekends (adults only).
 */
export type Schedule = "weekdays" | "shop" | "hospitality" | "care";

export interface FieldTemplate {
  /** Usual level in the host country's language (DOMAIN.md: A2 hands-on, B1 customer-facing, B2 office). */
  level: CefrLevel;
  schedule: Schedule;
  /** Share of offers open to minors: low where machines, night shifts or forklifts need adults. */
  minorsShare: number;
  variants: readonly TitleVariant[];
  /** Tasks that fit every variant of the field. */
  common: readonly TextPair[];
}

export const OFFER_TEMPLATES: Readonly<Record<FieldKey, FieldTemplate>> = {
  ...BUILDING_TEMPLATES,
  ...INDUSTRY_TEMPLATES,
  ...SERVICE_TEMPLATES,
};

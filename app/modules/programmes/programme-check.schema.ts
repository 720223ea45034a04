/** The checker's form on /{lang}/programmes/check: a learner and a planned stay, nothing stored. */
import { z } from "zod";
import { calendarDay } from "~/utils/calendar-day-schema";
import type { Learner, Stay } from "./eligibility";
import { AUDIENCES, CEFR } from "./programme-content";

const E = (key: string) => `programmes:errors.${key}`;
const country = z.enum(["DE", "FR"], { message: E("choice") });
const level = z
  .union([z.literal(""), z.enum(CEFR)], { message: E("choice") })
  .optional()
  .default("")
  .transform((value) => (value === "" ? null : value));

export const programmeCheckSchema = z
  .object({
    who: z.enum(AUDIENCES, { message: E("choice") }),
    birthDate: calendarDay(E("date")),
    country,
    levelFr: level,
    levelDe: level,
    stayCountry: country,
    startsOn: calendarDay(E("date")),
    endsOn: calendarDay(E("date")),
    format: z.enum(["individual", "group"], { message: E("choice") }),
    groupSize: z.string().trim().optional().default(""),
  })
  .superRefine((form, context) => {
    if (form.endsOn < form.startsOn)
      context.addIssue({ code: "custom", path: ["endsOn"], message: E("endsBeforeStart") });
    if (form.birthDate >= form.startsOn) context.addIssue({ code: "custom", path: ["birthDate"], message: E("date") });
    if (form.format === "group" && !(/^\d{1,4}$/.test(form.groupSize) && Number(form.groupSize) >= 2)) {
      context.addIssue({ code: "custom", path: ["groupSize"], message: E("groupSize") });
    }
  });
export type ProgrammeCheckForm = z.output<typeof programmeCheckSchema>;

export function learnerAndStay(form: ProgrammeCheckForm): { learner: Learner; stay: Stay } {
  return {
    learner: {
      audience: form.who,
      birthDate: form.birthDate,
      country: form.country,
      languages: { de: form.levelDe, fr: form.levelFr },
    },
    stay: {
      country: form.stayCountry,
      startsOn: form.startsOn,
      endsOn: form.endsOn,
      format: form.format,
      groupSize: form.format === "group" ? Number(form.groupSize) : null,
    },
  };
}

import { z } from "zod";
import { COUNTRIES } from "~/modules/reference/countries";
import { calendarDay } from "~/utils/calendar-day-schema";
import { DAY_MS } from "~/utils/calendar-days";

/**
 * A school holiday as staff type it on /staff/holidays: its name in the three languages, the side
 * it belongs to and its first and last day off. Checked in the browser and again on the server.
 */
export const HOLIDAY_NAME_MAX_LENGTH = 80;
/** The longest holidays (French summer) last about nine weeks; more is a typo in a year. */
export const HOLIDAY_MAX_DAYS = 100;

const name = z
  .string({ message: "profile:holidays.errors.nameRequired" })
  .trim()
  .min(2, { message: "profile:holidays.errors.nameRequired" })
  .max(HOLIDAY_NAME_MAX_LENGTH, { message: "profile:holidays.errors.nameTooLong" });

export const schoolHolidaySchema = z
  .object({
    nameDe: name,
    nameFr: name,
    nameEn: name,
    country: z.enum(COUNTRIES, { message: "profile:holidays.errors.countryRequired" }),
    startsOn: calendarDay("profile:holidays.errors.dateInvalid"),
    endsOn: calendarDay("profile:holidays.errors.dateInvalid"),
  })
  .superRefine((value, ctx) => {
    const days = (Date.parse(value.endsOn) - Date.parse(value.startsOn)) / DAY_MS + 1;
    if (days < 1) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "profile:holidays.errors.endBeforeStart" });
    } else if (days > HOLIDAY_MAX_DAYS) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "profile:holidays.errors.tooLong" });
    }
  });

/** Holidays are numbered by the database; anything else names none. */
export const holidayIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

export type SchoolHolidayInput = z.output<typeof schoolHolidaySchema>;

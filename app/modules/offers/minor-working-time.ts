/**
 * Working time of minors on a placement. A placement of a German pupil in France and of a French
 * pupil in Germany must satisfy both countries' rules, so the platform applies the stricter of the
 * two (DOMAIN.md):
 *
 * - Germany, Jugendarbeitsschutzgesetz (JArbSchG): at most 8 h a day and 40 h a week (§ 8), five
 *   days a week (§ 15), no work on Saturdays (§ 16) or Sundays (§ 17) in principle.
 * - France, Code du travail: at most 8 h a day and 35 h a week (L3162-1), 7 h a day at 14–15, two
 *   consecutive days off (L3164-2).
 *
 * Night-work limits concern clock times, which offers do not state; the offer page reminds hosts
 * of them. Each violation names its rule, so the company knows what to change and why.
 */
export type MinorRule = "dailyHours" | "dailyHoursUnder16" | "weeklyHours" | "weekend";

export interface WorkingTime {
  hoursPerDay: number;
  hoursPerWeek: number;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  workDays: readonly number[];
  /** The youngest age the offer accepts. */
  minAge: number;
}

export interface MinorRuleViolation {
  /** The form field to show the message at. */
  field: "hoursPerDay" | "hoursPerWeek" | "workDays";
  rule: MinorRule;
}

export const MINOR_LIMITS = {
  hoursPerDay: 8,
  /** France: 14- and 15-year-olds. */
  hoursPerDayUnder16: 7,
  /** France's 35 h is stricter than Germany's 40 h. */
  hoursPerWeek: 35,
} as const;

const SATURDAY = 6;
const SUNDAY = 7;

export function minorWorkingTimeViolations(time: WorkingTime): MinorRuleViolation[] {
  const violations: MinorRuleViolation[] = [];
  if (time.hoursPerDay > MINOR_LIMITS.hoursPerDay) violations.push({ field: "hoursPerDay", rule: "dailyHours" });
  else if (time.minAge < 16 && time.hoursPerDay > MINOR_LIMITS.hoursPerDayUnder16) {
    violations.push({ field: "hoursPerDay", rule: "dailyHoursUnder16" });
  }
  if (time.hoursPerWeek > MINOR_LIMITS.hoursPerWeek) violations.push({ field: "hoursPerWeek", rule: "weeklyHours" });
  // Without Saturday and Sunday a week has five working days at most and two consecutive days
  // off, so this one check covers JArbSchG §§ 15–17 and L3164-2 together.
  if (time.workDays.includes(SATURDAY) || time.workDays.includes(SUNDAY)) {
    violations.push({ field: "workDays", rule: "weekend" });
  }
  return violations;
}

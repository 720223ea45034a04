/** CEFR language levels in ascending order (A basic, B independent, C proficient). */
export const CEFR_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

/** True when `level` is at least `required`. */
export function meetsLevel(level: CefrLevel, required: CefrLevel): boolean {
  return CEFR_LEVELS.indexOf(level) >= CEFR_LEVELS.indexOf(required);
}

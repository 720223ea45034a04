import { isLanguage, type Language } from "./languages";

/**
 * The reader's preferred language among ours, from an Accept-Language header: languages sorted
 * by their q weight, the first whose primary tag we support wins ("fr-CH" counts as "fr").
 * Returns null when none matches, so the caller decides the fallback.
 */
export function preferredLanguage(acceptLanguage: string | null | undefined): Language | null {
  if (!acceptLanguage) return null;
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const weight = params.find((param) => /^\s*q=/.test(param));
      // A weight that is not a number between 0 and 1 makes the entry unusable, not preferred.
      const q =
        weight === undefined
          ? 1
          : /^\s*q=(0(\.\d{0,3})?|1(\.0{0,3})?)\s*$/.test(weight)
            ? Number(weight.split("=")[1])
            : NaN;
      return { primary: tag.trim().toLowerCase().split("-")[0] ?? "", q, index };
    })
    .filter((entry) => entry.q > 0 && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((entry) => entry.primary).find(isLanguage) ?? null;
}

import zxcvbnCore from "@zxcvbn-ts/core";
import languageCommon from "@zxcvbn-ts/language-common";
import languageDe from "@zxcvbn-ts/language-de";
import languageFr from "@zxcvbn-ts/language-fr";
import type { FieldErrors } from "~/utils/forms";

/**
 * The passwords that guessing starts with (ASVS 2.1.7): zxcvbn's offline lists of common and
 * breached passwords, with German and French words and names, keyboard walks and sequences.
 * A password scoring below 3 (fewer than about 10^8 guesses) is refused. Server only: the
 * dictionaries are megabytes, far too large for the browser.
 */
const SAFE_SCORE = 3;

let checker: InstanceType<typeof zxcvbnCore.ZxcvbnFactory> | null = null;

function passwordChecker() {
  checker ??= new zxcvbnCore.ZxcvbnFactory({
    dictionary: { ...languageCommon.dictionary, ...languageDe.dictionary, ...languageFr.dictionary },
    graphs: languageCommon.adjacencyGraphs,
  });
  return checker;
}

/** Whether the password is easy to guess, also from the person's own name and address. */
export function isGuessablePassword(password: string, personal: string[] = []): boolean {
  const words = personal
    .flatMap((text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((word) => word.length > 2);
  return passwordChecker().check(password, [...personal, ...words]).score < SAFE_SCORE;
}

/** The field error for a form that sets a password, or none. */
export function guessablePasswordErrors(values: { password: string; email?: string; name?: string }): FieldErrors {
  const personal = [values.email, values.name].filter((text): text is string => Boolean(text));
  return isGuessablePassword(values.password, personal) ? { password: "auth:errors.passwordCommon" } : {};
}

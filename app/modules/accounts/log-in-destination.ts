import type { Language } from "~/modules/i18n/languages";
import type { SessionUser } from "./sessions.server";

/**
 * A stand-in origin to resolve `next` against: only a value that stays on it is a path of ours.
 * `.invalid` is reserved (RFC 2606), so no real address can name it.
 */
const HERE = "https://antenne.invalid";

/**
 * The local path a `next` parameter names, or null when it could lead anywhere else.
 *
 * Checking the raw text is not enough: browsers drop tabs and newlines from a Location, read `\`
 * as `/` and strip leading control characters, so `/\t/evil.example` or `/\\evil.example` go
 * off-site. The WHATWG URL parser applies exactly that normalisation, so the value is parsed with
 * it and must keep our origin. What comes back is the parser's serialisation: control characters
 * percent-encoded, so it is always a valid header value. A path that starts with two slashes
 * (`/.//evil.example` resolves to `//evil.example`) would be read as another host and is refused.
 */
export function safeNextPath(next: string | null | undefined): string | null {
  if (!next) return null;
  let url: URL;
  try {
    url = new URL(next, `${HERE}/`);
  } catch {
    return null;
  }
  if (url.origin !== HERE || url.username !== "" || url.password !== "") return null;
  if (url.pathname.startsWith("//")) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Each role's own start page: what a user comes to do after logging in. */
export function startPageFor(role: SessionUser["role"], language: Language): string {
  switch (role) {
    case "STUDENT":
      return `/${language}/student`;
    case "COMPANY_MEMBER":
      return `/${language}/company/offers`;
    case "COORDINATOR":
      return `/${language}/coordinator`;
    case "STAFF":
      return `/${language}/staff`;
    case "ORGANISER_MEMBER":
      return `/${language}/organiser`;
  }
}

/** Where log-in leads: a safe `next` when there is one, else the role's start page. */
export function destinationAfterLogIn(
  next: string | null | undefined,
  role: SessionUser["role"],
  language: Language,
): string {
  return safeNextPath(next) ?? startPageFor(role, language);
}

/**
 * One-time links carry their token in the query string (`?token=…`), also percent-encoded inside
 * another parameter (`next=%2Fde%2Finvite%3Ftoken%3D…`). A log line must not hand them to whoever
 * reads the logs: the value is replaced, the parameter stays visible. Tokens are base64url, so a
 * value ends at `&`, `%`, a quote, a backslash or white space.
 */
const TOKEN_IN_QUERY = /(token(?:=|%3D))[^&%"'\\\s#]+/gi;

export function scrubTokens(text: string): string {
  return text.replace(TOKEN_IN_QUERY, "$1[redacted]");
}

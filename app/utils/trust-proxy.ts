import { isIP } from "node:net";

/**
 * Which proxies may tell us the client's address (X-Forwarded-For), from `TRUST_PROXY`. The
 * client's address keys the rate limits, so a client must never pick it: Express takes the
 * address the first untrusted hop saw, and a client-written X-Forwarded-For entry only counts
 * when every hop after it is trusted. Allowed values:
 *
 * - `false` (or `0`): no proxy; the socket's address counts (the app faces the internet).
 * - a number of hops, e.g. `1`: exactly that many proxies in front (a load balancer).
 * - a comma-separated list of addresses, CIDR ranges, or `loopback`, `linklocal`, `uniquelocal`
 *   (the default is `loopback`: a reverse proxy on the same machine).
 *
 * `true` (trust every hop) is refused: with it any client would choose its own address.
 */
export type TrustProxySetting = false | number | string[];

const NAMED = new Set(["loopback", "linklocal", "uniquelocal"]);

function isAddressOrRange(entry: string): boolean {
  if (NAMED.has(entry)) return true;
  const [address = "", bits, ...rest] = entry.split("/");
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (version === 4 ? 32 : 128);
}

/** The Express `trust proxy` value for a setting, or null when the setting is not valid. */
export function parseTrustProxy(raw: string): TrustProxySetting | null {
  const value = raw.trim().toLowerCase();
  if (value === "false" || value === "0") return false;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const entries = value.split(",").map((entry) => entry.trim());
  if (entries.length === 0 || !entries.every(isAddressOrRange)) return null;
  return entries;
}

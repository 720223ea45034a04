import { createContext, useContext } from "react";

/**
 * The per-request nonce that the Content-Security-Policy allows scripts with. The server renders
 * it on every script it writes; in the browser it is "" (browsers hide the attribute's value, and
 * scripts added after hydration come from our own origin, which the policy allows).
 */
export const CspNonceContext = createContext<string | undefined>(undefined);

export function useCspNonce(): string | undefined {
  return useContext(CspNonceContext);
}

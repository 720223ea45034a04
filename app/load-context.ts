import type { Namespace } from "~/modules/i18n/languages";

/** What the HTTP server hands to every loader and action. */
declare module "@remix-run/node" {
  interface AppLoadContext {
    requestId: string;
    /** The nonce of this response's Content-Security-Policy, for the scripts the page writes. */
    cspNonce?: string;
    /** The translation namespaces of the requested page (see route-namespaces.ts); all when absent. */
    i18nNamespaces?: Namespace[];
  }
}

export {};

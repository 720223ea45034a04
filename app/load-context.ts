/** What the HTTP server hands to every loader and action. */
declare module "@remix-run/node" {
  interface AppLoadContext {
    requestId: string;
    /** The nonce of this response's Content-Security-Policy, for the scripts the page writes. */
    cspNonce?: string;
  }
}

export {};

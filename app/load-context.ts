/** What the HTTP server hands to every loader and action. */
declare module "@remix-run/node" {
  interface AppLoadContext {
    requestId: string;
  }
}

export {};

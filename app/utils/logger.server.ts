import { AsyncLocalStorage } from "node:async_hooks";
import pino from "pino";
import { processSingleton } from "./process-singleton";

/** Carries the id of the request being served, so every log line written for it names it. */
export const requestContext = processSingleton("requestContext", () => new AsyncLocalStorage<{ requestId: string }>());

export const logger = processSingleton("logger", () =>
  pino({
    level: process.env.LOG_LEVEL || (process.env.NODE_ENV === "test" ? "silent" : "info"),
    base: { service: "antenne" },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin() {
      const context = requestContext.getStore();
      return context ? { requestId: context.requestId } : {};
    },
  }),
);

export type Logger = pino.Logger;

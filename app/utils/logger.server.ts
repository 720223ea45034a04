import { AsyncLocalStorage } from "node:async_hooks";
import pino from "pino";
import { scrubTokens } from "./log-secrets";
import { processSingleton } from "./process-singleton";

/** Carries the id of the request being served, so every log line written for it names it. */
export const requestContext = processSingleton("requestContext", () => new AsyncLocalStorage<{ requestId: string }>());

interface LineDestination {
  write(line: string): void;
}

/**
 * A logger whose every finished line passes through scrubTokens on its way out, whatever wrote
 * it (the request log, an error with a URL, a message): scrubbing the text of the line, not the
 * objects logged, leaves no field or serializer to forget.
 */
export function createLogger(destination: LineDestination = pino.destination(1), level?: string) {
  return pino(
    {
      level: level ?? (process.env.LOG_LEVEL || (process.env.NODE_ENV === "test" ? "silent" : "info")),
      base: { service: "antenne" },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin() {
        const context = requestContext.getStore();
        return context ? { requestId: context.requestId } : {};
      },
    },
    { write: (line: string) => destination.write(scrubTokens(line)) },
  );
}

export const logger = processSingleton("logger", () => createLogger());

export type Logger = pino.Logger;

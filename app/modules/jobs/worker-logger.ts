import { Logger as GraphileLogger } from "graphile-worker";
import type { Logger } from "~/utils/logger.server";

/**
 * Routes graphile-worker's log calls into our pino logger, so the worker writes the same JSON
 * lines as the rest of the process. Its metadata is NOT passed on wholesale: it carries whole
 * jobs, and a job's payload may hold one-time links (password reset) that must not reach logs.
 */
export function graphileLogger(logger: Logger): GraphileLogger {
  return new GraphileLogger((scope) => {
    const scoped = logger.child({
      component: "job-worker",
      ...(scope.workerId ? { workerId: scope.workerId } : {}),
      ...(scope.taskIdentifier ? { task: scope.taskIdentifier } : {}),
      ...(scope.jobId ? { jobId: scope.jobId } : {}),
    });
    return (level, message, meta) => {
      const fields = safeFields(meta);
      switch (String(level)) {
        case "error":
          return scoped.error(fields, message);
        case "warning":
          return scoped.warn(fields, message);
        case "info":
          return scoped.info(fields, message);
        default:
          return scoped.debug(fields, message);
      }
    };
  });
}

function safeFields(meta: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!meta) return {};
  const fields: Record<string, unknown> = {};
  if (meta.error instanceof Error) fields.err = meta.error;
  const job = meta.job as { id?: unknown; task_identifier?: unknown; attempts?: unknown } | undefined;
  if (job && typeof job === "object") {
    fields.jobId = job.id;
    fields.task = job.task_identifier;
    fields.attempt = job.attempts;
  }
  return fields;
}

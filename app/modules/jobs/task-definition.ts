/**
 * What a queued task is: its contract (a name and a zod schema for its payload, which the queue
 * checks) and its handler (the code the worker runs). Pure types and validation, no I/O, so the
 * queue (enqueue) and the worker (run) check payloads the same way.
 */
import { z } from "zod";
import type { Logger } from "~/utils/logger.server";

/**
 * A task's name and payload, kept in its domain apart from its handler: what queueing a job
 * needs, without loading the code that runs it.
 */
export interface JobContract<Name extends string = string, Schema extends z.ZodType = z.ZodType> {
  /** Stored with each job: renaming strands the jobs already queued under the old name. */
  name: Name;
  /** Must accept its own output (no transforms): the parsed payload is what gets stored. */
  payload: Schema;
}

export function defineJob<Name extends string, Schema extends z.ZodType>(
  contract: JobContract<Name, Schema>,
): JobContract<Name, Schema> {
  return contract;
}

export interface TaskContext {
  logger: Logger;
  jobId: string;
  /** 1 on the first run; graphile-worker counts the attempt before running it. */
  attempt: number;
  maxAttempts: number;
}

export interface TaskDefinition<Schema extends z.ZodType = z.ZodType> {
  /** Must accept its own output (no transforms): the parsed payload is what gets stored. */
  payload: Schema;
  /** Throwing makes graphile-worker retry the job later with exponential backoff. */
  run(payload: z.output<Schema>, context: TaskContext): Promise<void>;
}

/** The handlers the worker runs, by task name. */
export type TaskRegistry = Record<string, TaskDefinition>;

export function defineTask<Schema extends z.ZodType>(definition: TaskDefinition<Schema>): TaskDefinition<Schema> {
  return definition;
}

export class UnknownTaskError extends Error {
  override name = "UnknownTaskError";
  constructor(task: string, known: readonly string[]) {
    super(`There is no job task "${task}"; known tasks: ${known.join(", ")}`);
  }
}

export class InvalidJobPayloadError extends Error {
  override name = "InvalidJobPayloadError";
  constructor(task: string, error: z.ZodError) {
    super(`Invalid payload for job task "${task}":\n${z.prettifyError(error)}`);
  }
}

/** The payload as the task's schema reads it, or an error that says which field is wrong. */
export function parseTaskPayload<Schema extends z.ZodType>(
  task: string,
  schema: Schema,
  payload: unknown,
): z.output<Schema> {
  const result = schema.safeParse(payload);
  if (!result.success) throw new InvalidJobPayloadError(task, result.error);
  return result.data;
}

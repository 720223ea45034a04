import type { z } from "zod";
import { sendMailTask } from "~/modules/mail/send-mail-task.server";
import { syncOfferTask } from "~/modules/offers/search-sync.server";
import type { TaskDefinition } from "./task-definition";

/**
 * Every task the job worker knows, by the name stored in the queue. A name is part of the data:
 * renaming one strands the jobs already queued under the old name, so add a new one instead.
 */
export const TASKS = {
  "mail.send": sendMailTask,
  "search.sync-offer": syncOfferTask,
} satisfies Record<string, TaskDefinition>;

export type TaskRegistry = Record<string, TaskDefinition>;
export type TaskName = keyof typeof TASKS;
export type TaskPayload<Name extends TaskName> = z.input<(typeof TASKS)[Name]["payload"]>;

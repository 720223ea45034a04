/**
 * `npm run newsletter:bounces -- <path>`: reads one mail file, or every mail of a maildir
 * (its new/ and cur/ folders, or the files of a plain folder), and applies what they report.
 * Reading the same mails again changes nothing (each report counts once).
 */
import fs from "node:fs/promises";
import path from "node:path";
import { readBounceMail } from "./bounce-mail.server";
import { recordBounce, type BounceOutcome } from "./bounces.server";
import { subscriberIdFromKey, unsubscribe } from "./subscribers.server";

export type MailboxTally = Record<BounceOutcome | "unsubscribed" | "ignored" | "unreadable", number>;

async function mailFiles(target: string): Promise<string[]> {
  const stat = await fs.stat(target);
  if (stat.isFile()) return [target];
  const folders = ["new", "cur"].map((name) => path.join(target, name));
  const maildir = (
    await Promise.all(
      folders.map((folder) =>
        fs.stat(folder).then(
          (s) => s.isDirectory(),
          () => false,
        ),
      ),
    )
  ).some(Boolean);
  const roots = maildir ? folders : [target];
  const files: string[] = [];
  for (const root of roots) {
    const entries = await fs.readdir(root, { withFileTypes: true }).catch(() => []);
    for (const entry of entries)
      if (entry.isFile() && !entry.name.startsWith(".")) files.push(path.join(root, entry.name));
  }
  return files.sort();
}

export async function processBounceMailbox(target: string): Promise<MailboxTally> {
  const tally: MailboxTally = {
    suppressed: 0,
    suspended: 0,
    counted: 0,
    reset: 0,
    duplicate: 0,
    unknown: 0,
    unsubscribed: 0,
    ignored: 0,
    unreadable: 0,
  };
  for (const file of await mailFiles(target)) {
    let mail;
    try {
      mail = await readBounceMail(await fs.readFile(file));
    } catch {
      tally.unreadable += 1;
      continue;
    }
    if (mail.type === "ignored") tally.ignored += 1;
    else if (mail.type === "unsubscribe") {
      const id = subscriberIdFromKey(mail.key);
      if (id && (await unsubscribe(id))) tally.unsubscribed += 1;
      else tally.unknown += 1;
    } else {
      for (const report of mail.reports) tally[await recordBounce(report)] += 1;
    }
  }
  return tally;
}

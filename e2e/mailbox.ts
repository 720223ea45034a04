import fs from "node:fs/promises";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";

/**
 * The e2e server runs without SMTP_URL, so every mail it sends lands as an .eml file in its
 * outbox (DATA_DIR=.data/e2e). This reads them the way a mail client would.
 */
const OUTBOX = path.resolve(".data/e2e/outbox");

export async function waitForMail(to: string, subject: RegExp, timeoutMs = 20_000): Promise<ParsedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const files = await fs.readdir(OUTBOX).catch(() => [] as string[]);
    for (const file of files
      .filter((name) => name.endsWith(".eml"))
      .sort()
      .reverse()) {
      const mail = await simpleParser(await fs.readFile(path.join(OUTBOX, file)));
      const recipients = [mail.to].flat().flatMap((address) => address?.value.map((entry) => entry.address) ?? []);
      if (recipients.includes(to) && subject.test(mail.subject ?? "")) return mail;
    }
    if (Date.now() > deadline) throw new Error(`no mail to ${to} matching ${subject} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The first link in the plain-text part that goes to the given page. */
export function linkTo(mail: ParsedMail, page: string): string {
  const match = new RegExp(`https?://\\S+/${page}\\?token=[\\w-]+`).exec(mail.text ?? "");
  if (!match) throw new Error(`no link to ${page} in:\n${mail.text}`);
  return match[0];
}

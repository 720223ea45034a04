import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server for tests (smtp-server), listening on a random local port. It keeps what
 * it received, parsed with mailparser, so a test reads the mail exactly as a recipient would
 * get it. `rejectNext` makes it refuse the next messages with a temporary error (451).
 */
export interface TestSmtpServer {
  url: string;
  received: ParsedMail[];
  rejectNext(count: number): void;
  /** Runs before the server accepts each mail (after its last byte): what a test checks then. */
  beforeAccept(check: (() => Promise<void>) | null): void;
  close(): Promise<void>;
}

export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const received: ParsedMail[] = [];
  let toReject = 0;
  let check: (() => Promise<void>) | null = null;
  const server = new SMTPServer({
    // Plain local SMTP without STARTTLS or login: what nodemailer does with those is not under test.
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (toReject > 0) {
          toReject -= 1;
          callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 }));
          return;
        }
        Promise.resolve(check?.())
          .then(() => simpleParser(Buffer.concat(chunks)))
          .then(
            (mail) => {
              received.push(mail);
              callback();
            },
            (error: Error) => callback(error),
          );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    rejectNext(count) {
      toReject = count;
    },
    beforeAccept(next) {
      check = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

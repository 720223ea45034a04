import { once } from "node:events";
import type { AddressInfo } from "node:net";
import express from "express";
import { describe, expect, it } from "vitest";
import { createLogger } from "~/utils/logger.server";
import { requestLogging } from "./request-logging";

/**
 * One-time links (reset, staff set-password, invitation, guardian consent, address confirmation)
 * carry their token in the query string. Whoever reads the logs must not be able to use them.
 */
function capturingLogger() {
  const lines: string[] = [];
  const log = createLogger({ write: (line: string) => void lines.push(line) }, "info");
  return { log, lines };
}

describe("log lines", () => {
  it("never carry a token from a query string, in the request log or anywhere else", async () => {
    const { log, lines } = capturingLogger();
    const app = express();
    app.use(requestLogging(log));
    app.get("*", (_req, res) => {
      log.error({ url: "http://localhost/de/guardian-consent?token=Gu4rd-ian_1&lang=de" }, "failed");
      log.warn("retrying /en/invite?token=1nv1te and /fr/login?next=%2Fde%2Finvite%3Ftoken%3DN3xt");
      res.send("ok");
    });
    const server = app.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;
    await fetch(`http://127.0.0.1:${port}/fr/reset-password?token=R3set-s3cret&from=mail`);
    server.close();

    const all = lines.join("");
    for (const secret of ["R3set-s3cret", "Gu4rd-ian_1", "1nv1te", "N3xt"]) expect(all).not.toContain(secret);
    const request = lines.map((line) => JSON.parse(line) as { req?: { url: string } }).find((line) => line.req);
    expect(request?.req?.url).toBe("/fr/reset-password?token=[redacted]&from=mail");
    expect(all).toContain("/de/guardian-consent?token=[redacted]&lang=de");
  });
});

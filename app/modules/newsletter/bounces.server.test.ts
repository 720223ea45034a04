import fs from "node:fs/promises";
import { once } from "node:events";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import express from "express";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { requestGuards } from "~/server/http-app";
import { db } from "~/utils/db.server";
import { readBounceMail } from "./bounce-mail.server";
import { processBounceMailbox } from "./bounce-mailbox.server";
import { bounceWebhookAction } from "./bounce-webhook.server";
import { editionBounceCounts } from "./bounces.server";
import { newsletterMessageId } from "./newsletter-sender.server";
import { isNewsletterBlocked, subscriberKey } from "./subscribers.server";

const SECRET = vi.hoisted(() => {
  const secret = "test-webhook-secret-0123456789";
  process.env.NEWSLETTER_WEBHOOK_SECRET = secret;
  return secret;
});

/**
 * Bounces and complaints as they really arrive: DSN mails written the way Postfix and Exchange
 * write them, an ARF complaint, and the provider's webhook over real HTTP through the same
 * request guards as the app (no Origin, a shared secret).
 */
const FIXTURES = path.resolve("test/fixtures/bounces");
let server: Server;
let base: string;

beforeAll(async () => {
  const app = express();
  app.use(requestGuards("http://localhost:3000"));
  app.post("/api/v1/newsletter/events", async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = new Request(`${base}${req.url}`, {
      method: "POST",
      headers: Object.entries(req.headers).flatMap(([name, value]) =>
        value === undefined ? [] : [[name, String(value)] as [string, string]],
      ),
      body: Buffer.concat(chunks),
    });
    const response = await bounceWebhookAction({ request, params: {}, context: { requestId: "t" } });
    res.status(response.status);
    response.headers.forEach((value, name) => res.setHeader(name, value));
    res.send(await response.text());
  });
  server = app.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
});

beforeEach(async () => {
  await db().$executeRawUnsafe(
    `TRUNCATE newsletter_subscriber, newsletter_suppression, newsletter_edition, newsletter_bounce, rate_limit CASCADE`,
  );
});

async function reader(email: string) {
  return db().newsletterSubscriber.create({
    data: {
      email,
      language: "DE",
      signupLanguage: "de",
      topics: ["events"],
      status: "CONFIRMED",
      confirmedAt: new Date(),
    },
  });
}

async function sentEdition(month: string, subscriberIds: string[]) {
  const edition = await db().newsletterEdition.create({ data: { month, status: "SENDING", releasedAt: new Date() } });
  await db().newsletterDelivery.createMany({
    data: subscriberIds.map((subscriberId) => ({ editionId: edition.id, subscriberId })),
  });
  return edition;
}

async function sample(name: string, values: Record<string, string>): Promise<string> {
  let text = await fs.readFile(path.join(FIXTURES, name), "utf8");
  for (const [key, value] of Object.entries(values)) text = text.replaceAll(`{{${key}}}`, value);
  return text.replace(/\r?\n/g, "\r\n");
}

async function statusOf(id: string) {
  return (await db().newsletterSubscriber.findUniqueOrThrow({ where: { id } })).status;
}

describe("DSN bounce mails", () => {
  it("reads a Postfix 5.1.1 as a hard bounce of the right edition and suppresses the address", async () => {
    const anna = await reader("anna@example.de");
    const edition = await sentEdition("2026-12", [anna.id]);
    const mail = await sample("postfix-user-unknown.eml", {
      RECIPIENT: anna.email,
      MESSAGE_ID: newsletterMessageId(edition.id, anna.id),
    });

    const read = await readBounceMail(mail);
    expect(read).toMatchObject({ type: "reports", reports: [{ kind: "HARD", email: "anna@example.de" }] });

    const folder = await fs.mkdtemp(path.join(os.tmpdir(), "bounces-"));
    await fs.mkdir(path.join(folder, "new"));
    await fs.mkdir(path.join(folder, "cur"));
    await fs.writeFile(path.join(folder, "new", "1733559243.M1.mail"), mail);
    expect(await processBounceMailbox(folder)).toMatchObject({ suppressed: 1 });

    expect(await statusOf(anna.id)).toBe("SUPPRESSED");
    expect(await db().$transaction((tx) => isNewsletterBlocked(tx, "Anna@Example.de"))).toBe(true);
    expect(await editionBounceCounts(edition.id)).toEqual({ hard: 1, soft: 0, complaints: 0 });
    const delivery = await db().newsletterDelivery.findFirstOrThrow({ where: { subscriberId: anna.id } });
    expect(delivery.status).toBe("SKIPPED");

    // The same mailbox read again (cron) counts nothing twice.
    expect(await processBounceMailbox(folder)).toMatchObject({ suppressed: 0, duplicate: 1 });
    expect(await editionBounceCounts(edition.id)).toEqual({ hard: 1, soft: 0, complaints: 0 });
  });

  it("reads an Exchange non-delivery report (5.1.10) from a single file", async () => {
    const bernd = await reader("bernd@contoso.example");
    const edition = await sentEdition("2026-12", [bernd.id]);
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "ndr-")), "ndr.eml");
    await fs.writeFile(
      file,
      await sample("exchange-recipient-not-found.eml", {
        RECIPIENT: bernd.email,
        MESSAGE_ID: newsletterMessageId(edition.id, bernd.id),
      }),
    );
    expect(await processBounceMailbox(file)).toMatchObject({ suppressed: 1 });
    expect(await statusOf(bernd.id)).toBe("SUPPRESSED");
    const bounce = await db().newsletterBounce.findFirstOrThrow();
    expect(bounce).toMatchObject({ kind: "HARD", source: "dsn", editionId: edition.id });
    expect(bounce.diagnostic).toContain("RESOLVER.ADR.RecipientNotFound");
  });

  it("suspends a reader after soft bounces of three editions in a row, not before", async () => {
    const chloe = await reader("chloe@example.fr");
    const months = ["2026-10", "2026-11", "2026-12"];
    for (const [index, month] of months.entries()) {
      const edition = await sentEdition(month, [chloe.id]);
      const values = {
        RECIPIENT: chloe.email,
        MESSAGE_ID: newsletterMessageId(edition.id, chloe.id),
        REPORT_ID: `full-${month}`,
      };
      await processBounceMailbox(await writeTemp(await sample("postfix-mailbox-full.eml", values)));
      // The provider's second report of the same mail does not count again.
      await processBounceMailbox(
        await writeTemp(await sample("postfix-mailbox-full.eml", { ...values, REPORT_ID: `again-${month}` })),
      );
      expect(await statusOf(chloe.id)).toBe(index < 2 ? "CONFIRMED" : "SUSPENDED");
    }
    expect(await db().$transaction((tx) => isNewsletterBlocked(tx, chloe.email))).toBe(false);
  });

  it("takes an ARF complaint as a complaint and the List-Unsubscribe mailto as an unsubscribe", async () => {
    const dora = await reader("dora@hotmail.example");
    const emil = await reader("emil@example.de");
    const edition = await sentEdition("2026-12", [dora.id, emil.id]);
    const complaint = await sample("arf-complaint.eml", {
      RECIPIENT: dora.email,
      MESSAGE_ID: newsletterMessageId(edition.id, dora.id),
    });
    const unsubscribe = [
      `From: ${emil.email}`,
      "To: bounces@antenne.example",
      `Subject: unsubscribe ${subscriberKey(emil.id)}`,
      "Message-ID: <mailto-1@example.de>",
      "",
      "",
    ].join("\r\n");
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), "plain-"));
    await fs.writeFile(path.join(folder, "a.eml"), complaint);
    await fs.writeFile(path.join(folder, "b.eml"), unsubscribe);
    await fs.writeFile(path.join(folder, "c.eml"), "From: someone@example.de\r\nSubject: Hello\r\n\r\nHi!\r\n");

    expect(await processBounceMailbox(folder)).toMatchObject({ suppressed: 1, unsubscribed: 1, ignored: 1 });
    expect(await statusOf(dora.id)).toBe("SUPPRESSED");
    expect(await statusOf(emil.id)).toBe("UNSUBSCRIBED");
    expect(await editionBounceCounts(edition.id)).toEqual({ hard: 0, soft: 0, complaints: 1 });
  });
});

async function writeTemp(text: string) {
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "dsn-")), "mail.eml");
  await fs.writeFile(file, text);
  return file;
}

function post(body: unknown, secret = SECRET, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/v1/newsletter/events`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${secret}`, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

describe("the provider's webhook", () => {
  it("takes a batch of events without a browser's Origin and applies each once", async () => {
    const anna = await reader("anna@example.de");
    const bruno = await reader("bruno@example.fr");
    const edition = await sentEdition("2026-12", [anna.id, bruno.id]);
    const events = {
      events: [
        { id: "evt-1", type: "bounce", bounce: "hard", email: "ANNA@example.de", diagnostic: "550 5.1.1 User unknown" },
        { id: "evt-2", type: "complaint", messageId: newsletterMessageId(edition.id, bruno.id) },
      ],
    };
    const response = await post(events);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: 2, outcomes: { suppressed: 2 } });
    expect(await statusOf(anna.id)).toBe("SUPPRESSED");
    expect(await statusOf(bruno.id)).toBe("SUPPRESSED");
    expect(await editionBounceCounts(edition.id)).toEqual({ hard: 0, soft: 0, complaints: 1 });

    // The provider retries the same post: nothing counts twice.
    expect(await (await post(events)).json()).toEqual({ received: 2, outcomes: { duplicate: 2 } });
  });

  it("refuses a wrong or missing secret and changes nothing", async () => {
    const anna = await reader("anna@example.de");
    const event = { id: "evt-9", type: "complaint", email: anna.email };
    expect((await post(event, "not-the-secret-at-all")).status).toBe(401);
    const noHeader = await fetch(`${base}/api/v1/newsletter/events`, { method: "POST", body: JSON.stringify(event) });
    expect(noHeader.status).toBe(401);
    expect(await statusOf(anna.id)).toBe("CONFIRMED");
  });

  it("answers a body that does not fit with 400 and what is wrong, applying none of the batch", async () => {
    const anna = await reader("anna@example.de");
    const response = await post({
      events: [
        { id: "ok", type: "complaint", email: anna.email },
        { id: "bad", type: "bounce", email: "x@example.de" },
      ],
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { issues: { path: string }[] };
    expect(body.issues.map((issue) => issue.path)).toContain("events.1.bounce");
    expect((await post("{not json")).status).toBe(400);
    expect(await statusOf(anna.id)).toBe("CONFIRMED");
  });

  it("stops an address guessing the secret after 20 tries", async () => {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      expect((await post({ id: "x", type: "complaint", email: "a@b.de" }, `wrong-${attempt}`)).status).toBe(401);
    }
    const blocked = await post({ id: "x", type: "complaint", email: "a@b.de" });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("Retry-After"))).toBeGreaterThan(0);
  });
});

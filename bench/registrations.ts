/**
 * npm run bench:registrations [-- --registrations 500 --clients 50 --seats 300]
 *
 * Issue 18: 500 registrations from 50 concurrent clients at one event with 300 seats, through the
 * real HTTP stack (Express, Remix, the event page's action, PostgreSQL). Each client is a signed-in
 * account posting the registration form. Needs `npm run build` first. Prints
 * `confirmed=… waiting=… errors=…` and `class=registration n=… p50_ms=… p95_ms=… p99_ms=…`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { databaseServer, freshDatabase, numberOption, reportClass } from "./bench-support";

const total = numberOption("registrations", 500);
const clients = numberOption("clients", 50);
const seats = numberOption("seats", 300);

async function main() {
  const { serverUrl, stop } = await databaseServer();
  try {
    process.env.DATABASE_URL = await freshDatabase(serverUrl, "antenne_bench_registrations");
    process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "antenne-bench-registrations-"));
    process.env.LOG_LEVEL = "silent";
    process.env.NODE_ENV = "production";
    const { prepareJobQueue } = await import("~/modules/jobs/job-queue.server");
    await prepareJobQueue(process.env.DATABASE_URL);
    const { db } = await import("~/utils/db.server");
    const { createEvent } = await import("~/modules/events/events.server");
    const { eventSchema } = await import("~/modules/events/event.schema");
    const { eventPath } = await import("~/modules/events/event-url");
    const { startSession } = await import("~/modules/accounts/sessions.server");
    const { ensureReferenceData } = await import("~/modules/reference/reference-data.server");
    await ensureReferenceData(db());

    const place = await db().place.findFirstOrThrow({ where: { key: "hannover" } });
    const staff = await db().user.create({
      data: { email: "staff@bench.example", role: "STAFF", displayName: "Staff" },
    });
    const organiser = await db().organiser.create({
      data: { name: "Antenne", kind: "ANTENNE", town: "Hannover", country: "DE" },
    });
    const category = await db().eventCategory.create({
      data: { key: "bench", nameDe: "Bench", nameFr: "Bench", nameEn: "Bench" },
    });
    const created = await createEvent(
      staff.id,
      eventSchema.parse({
        titleDe: "22. Januar: Lasttest",
        titleFr: "22 janvier : test de charge",
        categoryId: String(category.id),
        organiserId: organiser.id,
        spokenLanguage: "BILINGUAL",
        audience: "EVERYONE",
        isFree: "on",
        attendance: "IN_PERSON",
        placeId: String(place.id),
        timeZone: "Europe/Berlin",
        start: "2027-01-22T10:00",
        end: "2027-01-22T12:00",
        repeat: "none",
      }),
      true,
    );
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    await db().registrationSetting.create({ data: { eventId: created.id, mode: "HERE", seats } });
    const event = await db().event.findUniqueOrThrow({ where: { id: created.id }, include: { occurrences: true } });
    const date = event.occurrences[0]!.originalStartsAt.toISOString();
    await db().user.createMany({
      data: Array.from({ length: total }, (_, i) => ({
        email: `p${i}@bench.example`,
        role: "COMPANY_MEMBER" as const,
        displayName: `Person ${i}`,
        emailVerifiedAt: new Date(),
      })),
    });
    const people = await db().user.findMany({
      where: { email: { endsWith: "@bench.example" }, role: "COMPANY_MEMBER" },
    });
    const cookies = await Promise.all(people.map(async (p) => (await startSession(p.id, "bench")).split(";")[0]!));

    const { createHttpApp } = await import("~/server/http-app");
    const port = numberOption("port", 3253);
    const base = `http://127.0.0.1:${port}`;
    process.env.APP_URL = base;
    const { app, close } = await createHttpApp({ mode: "production", appUrl: base });
    const server = app.listen(port, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const placeholder = base;
    const url = `${base}${eventPath(event, "de")}`;

    const times: number[] = [];
    let errors = 0;
    let next = 0;
    async function client() {
      while (next < cookies.length) {
        const cookie = cookies[next++]!;
        const started = performance.now();
        const response = await fetch(url, {
          method: "POST",
          redirect: "manual",
          headers: { Cookie: cookie, Origin: placeholder, "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ intent: "person", date, places: "1" }),
        }).catch(() => null);
        times.push(performance.now() - started);
        if (!response || response.status !== 302) errors++;
        await response?.arrayBuffer().catch(() => undefined);
      }
    }
    await Promise.all(Array.from({ length: clients }, client));
    server.close();
    await close();

    const counts = await db().registration.groupBy({ by: ["status"], _count: { _all: true } });
    const of = (status: string) => counts.find((c) => c.status === status)?._count._all ?? 0;
    console.log(
      `confirmed=${of("CONFIRMED")} waiting=${of("WAITING")} errors=${errors} seats=${seats} clients=${clients}`,
    );
    reportClass("registration", times, 1);
    await db().$disconnect();
  } finally {
    await stop();
  }
}

await main();

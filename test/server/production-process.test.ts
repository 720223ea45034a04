import http from "node:http";
import net from "node:net";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "~/modules/accounts/password.server";
import { LONGEST_SESSION_MS } from "~/modules/accounts/session-lifetime";
import { translatorFor } from "~/modules/i18n/i18n.server";
import { db } from "~/utils/db.server";
import { startProductionServer, type LogLine, type ProductionServer } from "../support/production-server";
import { resetAccountsAndQueue } from "../support/queued-mails";

/**
 * README promises about the running production process, checked on `npm start`'s entry in a
 * process of its own (APP_ENV=production) on this file's database, through HTTP and its stdout:
 * - "Sessions … in an httpOnly, SameSite=Lax cookie (Secure in production)" that lasts as long as
 *   the longest session (30 days after log-in);
 * - "Every request gets an id, echoed in X-Request-Id …, and every line written for that request
 *   carries it. A 500 page shows the id";
 * - "SIGTERM …: the server stops accepting connections, finishes requests in flight …" and exits.
 */
const EMAIL = "lena.vogt@example.de";
const PASSWORD = "ein ziemlich langer Satz";
let server: ProductionServer;

beforeAll(async () => {
  await resetAccountsAndQueue();
  await db().user.create({
    data: {
      email: EMAIL,
      role: "STUDENT",
      displayName: "Lena Vogt",
      passwordHash: await hashPassword(PASSWORD),
      emailVerifiedAt: new Date(),
    },
  });
  server = await startProductionServer();
}, 240_000);

afterAll(async () => {
  await server?.stop();
});

function logInBody(password = PASSWORD): string {
  return new URLSearchParams({ email: EMAIL, password }).toString();
}

function logIn(): Promise<Response> {
  return fetch(`${server.base}/de/login`, {
    method: "POST",
    headers: { Origin: server.base, "Content-Type": "application/x-www-form-urlencoded" },
    body: logInBody(),
    redirect: "manual",
  });
}

/** The name=value of a fresh session's cookie, as the browser sends it back. */
async function sessionCookie(): Promise<string> {
  const session = (await logIn()).headers.getSetCookie().find((cookie) => cookie.startsWith("__session="));
  if (!session) throw new Error("no session cookie");
  return session.split(";")[0]!;
}

/** The attributes of a Set-Cookie value, by lower-case name ("" for flags). */
function attributesOf(setCookie: string): Map<string, string> {
  const [, ...attributes] = setCookie.split(";").map((part) => part.trim());
  return new Map(
    attributes.map((attribute) => {
      const [name = "", ...value] = attribute.split("=");
      return [name.toLowerCase(), value.join("=")];
    }),
  );
}

describe("the session cookie in production", () => {
  it("is HttpOnly, SameSite=Lax, Secure, for the whole site, and kept as long as the longest session", async () => {
    const before = Date.now();
    const answer = await logIn();
    expect(answer.status).toBe(302);
    const session = answer.headers.getSetCookie().find((cookie) => cookie.startsWith("__session="));
    expect(session, "a session cookie").toBeDefined();
    const attributes = attributesOf(session!);
    expect(attributes.get("httponly")).toBe("");
    expect(attributes.get("samesite")).toBe("Lax");
    expect(attributes.get("secure")).toBe("");
    expect(attributes.get("path")).toBe("/");
    expect(attributes.has("domain"), "a Domain attribute would hand it to subdomains").toBe(false);
    expect(Number(attributes.get("max-age"))).toBe(LONGEST_SESSION_MS / 1000);
    if (attributes.has("expires")) {
      const expires = Date.parse(attributes.get("expires") ?? "");
      expect(expires).toBeGreaterThanOrEqual(before + LONGEST_SESSION_MS - 2_000);
      expect(expires).toBeLessThanOrEqual(Date.now() + LONGEST_SESSION_MS + 1_000);
    }

    // It is the session: with it the account page opens; log-out clears it with the same flags.
    const cookie = session!.split(";")[0]!;
    expect((await fetch(`${server.base}/de/account`, { headers: { Cookie: cookie }, redirect: "manual" })).status).toBe(
      200,
    );
    const loggedOut = await fetch(`${server.base}/de/logout`, {
      method: "POST",
      headers: { Origin: server.base, Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
      body: "",
      redirect: "manual",
    });
    const cleared = loggedOut.headers.getSetCookie().find((value) => value.startsWith("__session="));
    expect(cleared).toBeDefined();
    const clearedAttributes = attributesOf(cleared!);
    expect(clearedAttributes.get("max-age")).toBe("0");
    for (const flag of ["httponly", "secure"]) expect(clearedAttributes.get(flag)).toBe("");
    expect((await fetch(`${server.base}/de/account`, { headers: { Cookie: cookie }, redirect: "manual" })).status).toBe(
      302,
    );
  });
});

/** Whether a log line names the request id, in the request log's `req.id` or the others' `requestId`. */
const carries = (id: string) => (line: LogLine) => line.requestId === id || line.req?.id === id;
/** The worker's own lines (cron jobs, queue) belong to no request. */
const ofRequests = (line: LogLine) => line.component === undefined && line.msg !== "listening";

describe("request ids", () => {
  const FAULTS = [
    { where: "in a page's own loader", table: "offer", path: "/de/offers/praktikum-mechatronik-4711", signedIn: false },
    // The root loader (the signed-in person, on every page) fails: no root data to take the id from.
    { where: "in what every page loads", table: "session", path: "/fr/imprint", signedIn: true },
  ] as const;

  it.each(FAULTS)("are echoed, on every line of the request, and on the 500 page: a fault $where", async (fault) => {
    const language = fault.path.slice(1, 3) as "de" | "fr";
    const session = fault.signedIn ? await sessionCookie() : undefined;
    // A server fault: a table is gone under the running server.
    const from = server.lines.length;
    await db().$executeRawUnsafe(`ALTER TABLE ${fault.table} RENAME TO ${fault.table}_away`);
    let answer: Response;
    try {
      answer = await fetch(`${server.base}${fault.path}`, { headers: session ? { Cookie: session } : {} });
    } finally {
      await db().$executeRawUnsafe(`ALTER TABLE ${fault.table}_away RENAME TO ${fault.table}`);
    }
    expect(answer.status).toBe(500);
    const id = answer.headers.get("X-Request-Id") ?? "";
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    // The page says what happened in the reader's language and shows the id to quote.
    const { document } = parseHTML(await answer.text());
    expect(document.querySelector("h1")?.textContent).toBe(translatorFor(language)("errors:server.title"));
    expect([...document.querySelectorAll("main code")].map((code) => code.textContent)).toEqual([id]);

    const completed = await server.waitForLine((line) => line.req?.id === id && line.res?.statusCode === 500);
    const written = server.lines.slice(from, server.lines.indexOf(completed) + 1).filter(ofRequests);
    expect(written.filter(carries(id)).map((line) => line.msg)).toEqual(
      expect.arrayContaining(["unhandled error in a route", completed.msg]),
    );
    // Lines of other requests carry their own ids; none may carry no id at all.
    expect(
      written.filter((line) => line.requestId === undefined && line.req?.id === undefined),
      "lines written while the request ran, without a request id",
    ).toEqual([]);
  });

  it("keep a proxy's id and put it on the request's lines", async () => {
    const id = "proxy-4f2a9c1e";
    const answer = await fetch(`${server.base}/fr/imprint`, { headers: { "X-Request-Id": id } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("X-Request-Id")).toBe(id);
    const line = await server.waitForLine(carries(id));
    expect(line).toMatchObject({ req: { id, method: "GET", url: "/fr/imprint" }, res: { statusCode: 200 } });
  });
});

type Attempt = "refused" | "dropped" | "served";

/** Opens a new connection and asks for /healthz on it: refused, dropped unanswered, or served. */
function newConnection(port: number): Promise<Attempt> {
  return new Promise((resolve) => {
    let answer = "";
    const socket = net.connect(port, "127.0.0.1");
    socket.setEncoding("utf8");
    socket.once("connect", () => socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
    socket.on("data", (chunk: string) => void (answer += chunk));
    socket.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ECONNREFUSED") resolve("refused");
    });
    socket.once("close", () => resolve(answer.startsWith("HTTP/") ? "served" : "dropped"));
  });
}

describe("SIGTERM", () => {
  it("finishes the request in flight, refuses new connections, and exits with 0", async () => {
    // A log-in whose body is still arriving when the signal comes.
    const body = logInBody();
    const { port } = new URL(server.base);
    const inFlight = http.request({
      agent: false,
      host: "127.0.0.1",
      port,
      method: "POST",
      path: "/de/login",
      headers: {
        Origin: server.base,
        "Content-Type": "application/x-www-form-urlencoded",
        "Content-Length": Buffer.byteLength(body),
      },
    });
    const answered = new Promise<http.IncomingMessage>((resolve, reject) => {
      inFlight.once("response", resolve);
      inFlight.once("error", reject);
    });
    const half = Math.floor(body.length / 2);
    inFlight.write(body.slice(0, half));
    await new Promise((resolve) => setTimeout(resolve, 300)); // the server reads the headers and waits for the rest

    server.child.kill("SIGTERM");
    await server.waitForLine((line) => line.msg === "shutting down: finishing requests in flight");

    // The log line comes just before the listening socket closes: a connection may slip into the
    // backlog in between, and is then dropped unanswered. None is served; soon all are refused.
    const attempts: Attempt[] = [];
    for (let tries = 0; tries < 40 && attempts.at(-1) !== "refused"; tries++) {
      attempts.push(await newConnection(Number(port)));
      if (attempts.at(-1) !== "refused") await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(attempts.at(-1), "new connections after SIGTERM").toBe("refused");
    expect(attempts.filter((attempt) => attempt === "served")).toEqual([]);

    inFlight.end(body.slice(half));
    const response = await answered;
    response.resume();
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe("/de/student");
    expect(String(response.headers["set-cookie"])).toMatch(/^__session=/);

    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.lines.at(-1)?.msg).toBe("stopped");
  });

  it("stops the same way when it comes the moment the server says it is listening", async () => {
    // An orchestrator may stop a server as soon as it is up; requests are arriving by then.
    const fresh = await startProductionServer();
    fresh.child.kill("SIGTERM");
    expect(await fresh.exited).toEqual({ code: 0, signal: null });
    expect(fresh.lines.map((line) => line.msg)).toEqual(
      expect.arrayContaining(["shutting down: finishing requests in flight", "stopped"]),
    );
  }, 120_000);
});

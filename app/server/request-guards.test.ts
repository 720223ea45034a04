import { once } from "node:events";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORM_BODY_LIMIT_BYTES } from "./body-limit";
import { requestGuards } from "./http-app";

/**
 * The guards in front of Remix over real HTTP: a stand-in for Remix behind them reads the whole
 * body, as Remix does, and says how much it read.
 */
let server: Server;
let base: string;

beforeAll(async () => {
  const app = express();
  app.use(requestGuards("http://localhost:3000"));
  app.all("*", async (req, res) => {
    let read = 0;
    for await (const chunk of req) read += (chunk as Buffer).byteLength;
    res.json({ read });
  });
  server = app.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
});

function post(path: string, body: BodyInit, headers: Record<string, string> = {}) {
  return fetch(`${base}${path}`, {
    method: "POST",
    headers: { Origin: base, "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body,
  });
}

describe("the request body limit", () => {
  it("refuses a form over 100 KB with a localized 413 page, before anything reads it", async () => {
    const response = await post("/fr/login", `email=a%40b.fr&password=${"x".repeat(FORM_BODY_LIMIT_BYTES)}`);
    expect(response.status).toBe(413);
    const page = await response.text();
    expect(page).toContain("Formulaire trop volumineux");
    expect(page).toContain('lang="fr"');
  });

  it("lets an ordinary form through", async () => {
    const form = `email=a%40b.de&password=${"x".repeat(FORM_BODY_LIMIT_BYTES - 30)}`;
    const response = await post("/de/login", form);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ read: form.length });
  });

  it("leaves the upload forms to their own, larger limits", async () => {
    const body = "x".repeat(FORM_BODY_LIMIT_BYTES * 2);
    const id = "0b6f3c1e-5a7d-4e2b-9c8f-1d2e3f4a5b6c";
    for (const path of [
      "/de/student/profile",
      "/en/company/profile",
      "/de/staff/articles/new",
      `/fr/staff/articles/${id}`,
      "/de/staff/events/new",
      `/de/staff/events/${id}`,
      "/fr/organiser/events/new",
      `/fr/organiser/events/${id}`,
      // The scan of a hand-signed agreement (its page takes the link's token in the query).
      "/de/agreements/sign",
      "/fr/agreements/sign.data",
      // As a form posts with JavaScript.
      "/de/company/profile.data",
      "/de/organiser/events/new.data",
      `/de/staff/events/${id}.data`,
    ]) {
      expect((await post(path, body)).status, path).toBe(200);
    }
    // Not every page below them: the events' settings have no file input.
    expect((await post("/de/staff/events/settings", body)).status).toBe(413);
  });

  it("refuses a form body sent without a declared length", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("email=a%40b.de"));
        controller.close();
      },
    });
    const response = await fetch(`${base}/de/login`, {
      method: "POST",
      headers: { Origin: base, "Content-Type": "application/x-www-form-urlencoded" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(411);
    // Upload forms too: their own reader bounds a declared length, not an endless stream.
    const upload = await fetch(`${base}/de/organiser/events/new`, {
      method: "POST",
      headers: { Origin: base, "Content-Type": "application/x-www-form-urlencoded" },
      body: new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode("titleDe=x"));
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(upload.status).toBe(411);
  });
});

describe("the same-origin guard", () => {
  it("refuses a post without Origin, as scripts and forged requests send them", async () => {
    const response = await fetch(`${base}/en/login`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "email=a%40b.de&password=geheim",
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("Form refused");
  });

  it("accepts a post without Origin that the browser marks as coming from our own pages", async () => {
    const response = await fetch(`${base}/en/login`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Sec-Fetch-Site": "same-origin" },
      body: "email=a%40b.de&password=geheim",
    });
    expect(response.status).toBe(200);
  });
});

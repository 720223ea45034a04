import { simpleParser } from "mailparser";
import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { prepareVariant } from "./prepared-mail.server";

const placeholders = {
  preferences: "https://newsletter.invalid/preferences-link",
  unsubscribe: "https://newsletter.invalid/unsubscribe-link",
};

// Long lines, accents, a link inside a long attribute, at a line's start and end, spaces before
// line ends and a line starting with a dot: the places where quoted-printable goes wrong.
const html = [
  `<p style="margin:0;padding:0;font-family:Arial,sans-serif;color:#1a1a1a">Écoutez « Ça ira » — Grüße aus Hannover, ${"très longue ligne ".repeat(12)}</p>`,
  `<a href="${placeholders.preferences}" style="color:#0b5394;text-decoration:underline;font-weight:bold">Einstellungen ändern</a>   `,
  `${placeholders.unsubscribe}`,
  `.Punkt am Anfang <a href="${placeholders.unsubscribe}">Se désabonner</a>${"x".repeat(200)}`,
].join("\n");
const text = `Hallo,\n\nNeues aus der Metropolregion — événements à Caen.  \n${placeholders.preferences}\nAbmelden: ${placeholders.unsubscribe}\n.\nEnde`;

const links = {
  preferences:
    "https://antenne.example/fr/newsletter/preferences?s=0f9c2b7e-1d2a-4f4e-9a43-5b6c7d8e9f01&t=AbCdEf0123456789_-AbCdEf0123456789",
  unsubscribe:
    "https://antenne.example/fr/newsletter/unsubscribe?s=0f9c2b7e-1d2a-4f4e-9a43-5b6c7d8e9f01&t=ZyXwVu9876543210_-ZyXwVu9876543210",
};
const personal = (body: string) =>
  body.replaceAll(placeholders.preferences, links.preferences).replaceAll(placeholders.unsubscribe, links.unsubscribe);

const fields = {
  from: "Antenne Métropole <newsletter@antenne.example>",
  to: "margot.lefèvre@exemple.fr",
  subject: "La lettre de décembre : « Fête » et stages",
  messageId: "<newsletter.e1.s1@antenne.example>",
  headers: {
    "List-Id": "Antenne Metropole Newsletter <newsletter.antenne.example>",
    "List-Unsubscribe": `<${links.unsubscribe}>, <mailto:bounces@antenne.example?subject=unsubscribe%20abc>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    Precedence: "bulk",
  },
};

describe("a prepared newsletter mail", () => {
  it("decodes to the reader's own bodies and headers, as nodemailer's own mail does", async () => {
    const variant = await prepareVariant({ html, text }, placeholders);
    const raw = variant.message(fields, links);
    const composed = await new Promise<Buffer>((resolve, reject) =>
      nodemailer
        .createTransport({ streamTransport: true, buffer: true })
        .sendMail({ ...fields, html: personal(html), text: personal(text) }, (error, info) =>
          error ? reject(error) : resolve(info.message as Buffer),
        ),
    );
    const [prepared, reference] = await Promise.all([simpleParser(raw), simpleParser(composed)]);
    expect(prepared.html).toBe(personal(html));
    expect(prepared.text).toBe(personal(text));
    expect(prepared.text).toBe(reference.text);
    expect(prepared.html).toBe(reference.html);
    for (const name of ["subject", "message-id", "list-id", "list-unsubscribe-post", "precedence"]) {
      expect(prepared.headers.get(name)).toEqual(reference.headers.get(name));
    }
    expect(prepared.to).toEqual(reference.to);
    expect(prepared.from).toEqual(reference.from);
    expect(prepared.headers.get("list-unsubscribe")).toEqual(reference.headers.get("list-unsubscribe"));
  });

  it("keeps every body line within 76 characters and in ASCII", async () => {
    const raw = (await prepareVariant({ html, text }, placeholders)).message(fields, links);
    // Headers fold only at spaces (a long link stays whole, as in nodemailer's own mail).
    const body = raw.slice(raw.indexOf("\r\n\r\n"));
    expect(Math.max(...body.split("\r\n").map((line) => line.length))).toBeLessThanOrEqual(76);
    expect([...body].every((char) => char.charCodeAt(0) < 128)).toBe(true);
    expect(raw).not.toMatch(/(?<!\r)\n/);
  });

  it("gives each reader their own links and nobody else's", async () => {
    const variant = await prepareVariant({ html, text }, placeholders);
    const other = { preferences: `${links.preferences}2`, unsubscribe: `${links.unsubscribe}2` };
    const [first, second] = await Promise.all([
      simpleParser(variant.message(fields, links)),
      simpleParser(variant.message({ ...fields, to: "anna@example.de" }, other)),
    ]);
    expect(first.text).toContain(links.unsubscribe);
    expect(first.text).not.toContain(other.unsubscribe);
    expect(second.html).toContain(other.preferences);
    expect(second.html).not.toContain(`${links.preferences}"`);
    expect(second.html).not.toContain(placeholders.preferences);
  });
});

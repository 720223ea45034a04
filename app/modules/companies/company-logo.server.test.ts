import { describe, expect, it } from "vitest";
import { multipartArgs, routeArgs } from "../../../test/support/company-fixtures";
import { tinyPng } from "../../../test/support/image-bytes";
import { checkLogo, MAX_LOGO_BYTES, MAX_REQUEST_BYTES, readLogoUpload } from "./company-logo.server";

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
const WEBP = new Uint8Array([
  ...Buffer.from("RIFF"),
  26,
  0,
  0,
  0,
  ...Buffer.from("WEBPVP8 "),
  ...new Array<number>(18).fill(0),
]);
const GIF = new Uint8Array([...Buffer.from("GIF89a"), 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0x3b]);

function file(bytes: Uint8Array<ArrayBuffer> | string, name: string, type = "image/png"): File {
  return new File([bytes], name, { type });
}

const upload = (chosen: File | null) => ({ file: chosen, tooLarge: false });

describe("checkLogo", () => {
  it("accepts PNG, JPEG and WebP by their bytes, whatever the file is called", async () => {
    const png = tinyPng();
    expect(await checkLogo(upload(file(png, "logo.png")), false)).toEqual({
      ok: true,
      change: { kind: "replace", bytes: png, type: "image/png" },
    });
    expect(await checkLogo(upload(file(png, "logo.txt", "text/plain")), false)).toMatchObject({
      ok: true,
      change: { type: "image/png" },
    });
    expect(await checkLogo(upload(file(JPEG, "logo.jpg")), false)).toMatchObject({ change: { type: "image/jpeg" } });
    expect(await checkLogo(upload(file(WEBP, "logo.webp")), false)).toMatchObject({ change: { type: "image/webp" } });
  });

  it("refuses a text file named .png, a GIF and anything over 2 MB", async () => {
    const text = file("<svg onload=alert(1)>not an image</svg>", "logo.png");
    expect(await checkLogo(upload(text), false)).toEqual({ ok: false, error: "company:errors.logoType" });
    expect(await checkLogo(upload(file(GIF, "logo.png", "image/png")), false)).toEqual({
      ok: false,
      error: "company:errors.logoType",
    });
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(tinyPng());
    expect(await checkLogo(upload(file(big, "big.png")), false)).toEqual({
      ok: false,
      error: "company:errors.logoTooLarge",
    });
    expect(await checkLogo({ file: null, tooLarge: true }, false)).toEqual({
      ok: false,
      error: "company:errors.logoTooLarge",
    });
  });

  it("reads an empty file input as no change, and the box as removal", async () => {
    const nothingChosen = file(new Uint8Array(0), "", "application/octet-stream");
    expect(await checkLogo(upload(nothingChosen), false)).toEqual({ ok: true, change: { kind: "keep" } });
    expect(await checkLogo(upload(null), false)).toEqual({ ok: true, change: { kind: "keep" } });
    expect(await checkLogo(upload(nothingChosen), true)).toEqual({ ok: true, change: { kind: "remove" } });
    // A new file wins over the box.
    expect(await checkLogo(upload(file(tinyPng(), "new.png")), true)).toMatchObject({ change: { kind: "replace" } });
    expect(await checkLogo(upload(file(new Uint8Array(0), "empty.png")), false)).toEqual({
      ok: false,
      error: "company:errors.logoEmpty",
    });
  });
});

function multipart(fields: Record<string, string | File>, headers: Record<string, string> = {}): Request {
  const { request } = multipartArgs("/de/company/profile", undefined, fields);
  for (const [name, value] of Object.entries(headers)) request.headers.set(name, value);
  return request;
}

describe("readLogoUpload", () => {
  it("reads the fields and the logo of a multipart form", async () => {
    const read = await readLogoUpload(multipart({ name: "Weber", logo: file(tinyPng(), "logo.png"), size: "SMALL" }));
    expect(read.values).toEqual({ name: "Weber", size: "SMALL" });
    expect(read.tooLarge).toBe(false);
    expect(new Uint8Array((await read.file?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(tinyPng());
  });

  it("reports a too-large logo instead of failing, and still reads the fields after it", async () => {
    const big = file(new Uint8Array(MAX_LOGO_BYTES + 10), "photo.jpg", "image/jpeg");
    const read = await readLogoUpload(multipart({ name: "Weber", logo: big, address: "Hauptstraße 1" }));
    expect(read).toEqual({ values: { name: "Weber", address: "Hauptstraße 1" }, file: null, tooLarge: true });
  });

  it("refuses a request that is larger than any profile, declared or not", async () => {
    const huge = file(new Uint8Array(MAX_REQUEST_BYTES + 10), "huge.png");
    expect(await readLogoUpload(multipart({ name: "Weber", logo: huge }))).toEqual({
      values: {},
      file: null,
      tooLarge: true,
    });
    const declared = multipart({ name: "Weber" }, { "Content-Length": String(MAX_REQUEST_BYTES + 1) });
    expect(declared.headers.get("Content-Length")).toBe(String(MAX_REQUEST_BYTES + 1));
    expect((await readLogoUpload(declared)).tooLarge).toBe(true);
  });

  it("reads a form sent without a file as plain fields", async () => {
    const { request } = routeArgs("/de/company/profile", undefined, { name: "Weber" });
    expect(await readLogoUpload(request)).toEqual({ values: { name: "Weber" }, file: null, tooLarge: false });
  });
});

import { crc32, deflateSync } from "node:zlib";

/**
 * A real 1×1 PNG, chunk by chunk, so the tests do not depend on a fixture file. Another colour
 * gives other bytes, for telling two pictures apart; a comment of `commentBytes` makes it as
 * large as a photo (for the limits in front of the app), and browsers still show it.
 */
export function tinyPng(
  rgba: readonly [number, number, number, number] = [0x12, 0x35, 0x5b, 0xff],
  commentBytes = 0,
): Uint8Array<ArrayBuffer> {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0); // width
  header.writeUInt32BE(1, 4); // height
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const pixel = deflateSync(Buffer.from([0, ...rgba]));
  const comment = Buffer.concat([Buffer.from("Comment\0", "latin1"), Buffer.alloc(commentBytes, "x")]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", header),
      ...(commentBytes > 0 ? [chunk("tEXt", comment)] : []),
      chunk("IDAT", pixel),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

/**
 * Newsletter mails encoded once per variant, then only personalised per reader.
 *
 * Readers of one variant (languages, order, topics) get the same HTML and text except for their
 * own preference and unsubscribe links. Letting nodemailer compose every mail from scratch
 * quoted-printable-encodes ~30 KB per reader and streams it in many small socket writes; here the
 * bodies are encoded once, cut at the links, and each reader's mail is the variant's parts with
 * the links encoded in between, handed to nodemailer whole (`raw`), so it goes out in one write.
 * nodemailer still builds every header (address and word encoding, folding) and the multipart
 * skeleton; only the quoted-printable joining is ours, and a test decodes the result with
 * mailparser against the bodies it must carry. See docs/decisions/0032-newsletter-prepared-mime.md.
 */
import MailComposer from "nodemailer/lib/mail-composer";
import MimeNode from "nodemailer/lib/mime-node";
import { encode, wrap } from "nodemailer/lib/qp";

/** Marks standing in for the bodies in the skeleton: letters only, so encoding leaves them alone. */
const TEXT_MARK = "AntennePreparedTextPartGoesHere";
const HTML_MARK = "AntennePreparedHtmlPartGoesHere";

/**
 * Encoded lines at most 75 characters, so the soft break added after a part's last line keeps
 * every line within RFC 2045's 76.
 */
const LINE = 75;

/** Quoted-printable with soft line breaks and CRLF line ends, as the message carries it. */
function quotedPrintable(text: string): string {
  return wrap(encode(text), LINE).replace(/\r?\n/g, "\r\n");
}

/** A body cut at its links: encoded text, then a link's name, then encoded text, and so on. */
type Piece = { encoded: string } | { link: string };

function cutAtLinks(body: string, placeholders: Record<string, string>): Piece[] {
  const names = new Map(Object.entries(placeholders).map(([name, url]) => [url, name]));
  const pattern = new RegExp([...names.keys()].map((url) => url.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
  const pieces: Piece[] = [];
  let from = 0;
  for (const match of body.matchAll(pattern)) {
    pieces.push({ encoded: quotedPrintable(body.slice(from, match.index)) });
    pieces.push({ link: names.get(match[0])! });
    from = match.index + match[0].length;
  }
  pieces.push({ encoded: quotedPrintable(body.slice(from)) });
  return pieces;
}

/**
 * Joins the pieces with the reader's links. A soft line break ("=" at the end of a line) adds
 * nothing to the decoded text, so each link sits on lines of its own without changing the body.
 */
function join(pieces: Piece[], links: Record<string, string>): string {
  let out = "";
  for (const piece of pieces) {
    if ("encoded" in piece) out += piece.encoded;
    else out += `=\r\n${quotedPrintable(links[piece.link] ?? "")}=\r\n`;
  }
  return out;
}

export interface PreparedVariant {
  /** The whole message for one reader: nodemailer's headers, then the variant's parts. */
  message(headers: PreparedHeaders, links: Record<string, string>): string;
}

export interface PreparedHeaders {
  from: string;
  to: string;
  subject: string;
  messageId: string;
  headers: Record<string, string>;
}

/**
 * Prepares a variant: nodemailer composes the multipart skeleton once (with marks for the
 * bodies), and the bodies are encoded once, cut where the `placeholders` links stand.
 */
export async function prepareVariant(
  bodies: { html: string; text: string },
  placeholders: Record<string, string>,
): Promise<PreparedVariant> {
  const root = new MailComposer({
    text: { content: TEXT_MARK, contentTransferEncoding: "quoted-printable" },
    html: { content: HTML_MARK, contentTransferEncoding: "quoted-printable" },
  }).compile();
  const built = (await root.build()).toString("latin1");
  const skeleton = built.slice(built.indexOf("\r\n\r\n") + 4);
  const [beforeText, afterText = ""] = skeleton.split(TEXT_MARK);
  const [between, afterHtml] = afterText.split(HTML_MARK);
  if (beforeText === undefined || between === undefined || afterHtml === undefined || !root.boundary) {
    throw new Error("nodemailer's multipart skeleton did not hold the body marks");
  }
  const boundary = root.boundary;
  const text = cutAtLinks(bodies.text, placeholders);
  const html = cutAtLinks(bodies.html, placeholders);

  return {
    message(fields, links) {
      // The skeleton's boundary, so the header announces the delimiters the body uses (and no
      // random base for a boundary that would not be used).
      const head = new MimeNode("multipart/alternative", { baseBoundary: "prepared" });
      head.boundary = boundary;
      head.setHeader({
        From: fields.from,
        To: fields.to,
        Subject: fields.subject,
        "Message-ID": fields.messageId,
        ...fields.headers,
      });
      // The skeleton is ASCII (latin1 keeps it byte for byte); the encoded parts are ASCII too.
      return `${head.buildHeaders()}\r\n\r\n${beforeText}${join(text, links)}${between}${join(html, links)}${afterHtml}`;
    },
  };
}

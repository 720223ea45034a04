import type { SendMailOptions } from "nodemailer";
import type { OutgoingMail } from "./mailer";

/** Our mail as nodemailer takes it (attachments as Buffers), for both adapters alike. */
export function nodemailerMessage(mail: OutgoingMail): SendMailOptions {
  const { attachments, ...rest } = mail;
  return attachments?.length
    ? {
        ...rest,
        attachments: attachments.map((file) => ({
          filename: file.filename,
          contentType: file.contentType,
          content: Buffer.from(file.content),
        })),
      }
    : rest;
}

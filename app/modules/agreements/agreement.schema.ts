/**
 * The agreement forms, shared by the server (readForm) and the browser: each side's data form,
 * the actions on the page, the signing form, a scan's upload and the decision on it. Messages are
 * locale keys.
 */
import { z } from "zod";
import { fieldsOfSide, type DetailField, type DetailKey } from "./agreement-details";
import { SCAN_REJECTION_REASONS } from "./agreement-workflow";

const text = z.string().trim().max(200, { message: "agreements:errors.tooLong" });
const long = z.string().trim().max(4000, { message: "agreements:errors.tooLong" });
const email = z.union([z.literal(""), z.email({ message: "agreements:errors.email" }).trim().max(254)]);
const hours = z
  .string()
  .trim()
  .regex(/^(\d{1,2}([.,]\d{1,2})?)?$/, { message: "agreements:errors.hours" });
const days = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
  .pipe(z.array(z.enum(["1", "2", "3", "4", "5", "6", "7"], { message: "agreements:errors.days" })))
  .transform((list) => [...new Set(list)].sort().join(","));
const schedule = z
  .string()
  .trim()
  .regex(/^(\d{1,2}:\d{2}\s*[–-]\s*\d{1,2}:\d{2})?$/, { message: "agreements:errors.schedule" });
const learnerStatus = z.enum(["pupil", "apprentice"], { message: "agreements:errors.learnerStatus" });
const language = z.enum(["de", "fr"], { message: "agreements:errors.language" });
const euro = z
  .string()
  .trim()
  .regex(/^\d{0,5}$/, { message: "agreements:errors.euro" });

const SCHEMAS: Record<DetailField["kind"], z.ZodType<string>> = {
  text,
  email,
  long,
  hours,
  days,
  schedule,
  learnerStatus,
  language,
  euro,
};

function sideSchema(side: "school" | "company") {
  const shape = Object.fromEntries(fieldsOfSide(side).map((entry) => [entry.key, SCHEMAS[entry.kind]]));
  return z.object({ intent: z.literal("details"), ...shape }) as z.ZodType<
    { intent: "details" } & Partial<Record<DetailKey, string>>
  >;
}

export const schoolDetailsSchema = sideSchema("school");
export const companyDetailsSchema = sideSchema("company");

export const agreementActionSchema = z.object({
  intent: z.enum(["send", "cancel"], { message: "agreements:errors.unknownAction" }),
});

export const signSchema = z.object({
  token: z.string().min(20).max(200),
  typedName: z
    .string({ message: "agreements:errors.typedName" })
    .trim()
    .min(2, { message: "agreements:errors.typedName" })
    .max(200, { message: "agreements:errors.typedName" }),
  consent: z.literal("on", { message: "agreements:errors.consent" }),
});

/** The text fields beside the file of a scan's upload (the file itself is checked by its bytes). */
export const scanUploadSchema = z.object({
  intent: z.literal("scan", { message: "agreements:errors.unknownAction" }),
  token: z.string().min(20).max(200),
  scanConsent: z.literal("on", { message: "agreements:errors.scanConsent" }),
});

const scanId = z.guid({ message: "agreements:errors.scanNotFound" });

/** The school's or staff's decision on a party's scan: confirm, or reject with a reason. */
export const scanDecisionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("confirm-scan"), scanId }),
    z
      .object({
        intent: z.literal("reject-scan"),
        scanId,
        reason: z.enum(SCAN_REJECTION_REASONS, { message: "agreements:errors.rejectionReason" }),
        note: z
          .string()
          .trim()
          .max(1000, { message: "agreements:errors.tooLong" })
          .optional()
          .transform((note) => note || null),
      })
      .refine((decision) => decision.reason !== "other" || decision.note !== null, {
        message: "agreements:errors.rejectionNote",
        path: ["note"],
      }),
  ],
  { message: "agreements:errors.unknownAction" },
);

/**
 * /:lang/staff/newsletter/subscribers: find a subscriber with their consent records and bounces,
 * import a CSV list, export the confirmed list (…/subscribers.csv). Every loader and action asks
 * requireStaff first; looking a subscriber up and exporting are in the audit log.
 */
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { recordStaffAction } from "~/modules/staff/audit-log.server";
import { requireStaff } from "~/modules/staff/staff-access.server";
import { db } from "~/utils/db.server";
import { readFileUpload } from "~/utils/file-upload.server";
import { parseSubscriberCsv, type ImportProblem } from "./subscriber-csv";
import { exportSubscribersCsv, importSubscribers, type ImportResult } from "./subscriber-import.server";

/** A list of 5,000 rows is about 400 KB. */
const MAX_FILE_BYTES = 1024 * 1024;

export async function subscribersStaffLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireStaff(request, language);
  const query = (new URL(request.url).searchParams.get("q") ?? "").trim().toLowerCase().slice(0, 254);
  const found = query
    ? await db().$transaction(async (tx) => {
        const rows = await tx.newsletterSubscriber.findMany({
          where: { email: { contains: query } },
          orderBy: { email: "asc" },
          take: 20,
          select: {
            id: true,
            email: true,
            status: true,
            language: true,
            topics: true,
            softBounces: true,
            confirmedAt: true,
            consents: {
              orderBy: { givenAt: "desc" },
              select: {
                id: true,
                source: true,
                textVersion: true,
                language: true,
                givenAt: true,
                confirmedAt: true,
                evidence: true,
              },
            },
          },
        });
        for (const row of rows) {
          await recordStaffAction(tx, {
            actorId: staff.id,
            action: "newsletter.subscriber.view",
            targetType: "newsletter_subscriber",
            targetId: row.id,
          });
        }
        return rows;
      })
    : null;
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("newsletter:subscribersPage.title")),
    query,
    found: found?.map((row) => ({
      ...row,
      confirmedAt: row.confirmedAt?.toISOString() ?? null,
      consents: row.consents.map((consent) => ({
        ...consent,
        givenAt: consent.givenAt.toISOString(),
        confirmedAt: consent.confirmedAt?.toISOString() ?? null,
      })),
    })),
  };
}

export type ImportAnswer = { ok: true; result: ImportResult } | { ok: false; problems: ImportProblem[] };

export async function subscribersStaffAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireStaff(request, language);
  const upload = await readFileUpload(request, {
    field: "file",
    maxFileBytes: MAX_FILE_BYTES,
    maxTextBytes: 1000,
    maxRequestBytes: MAX_FILE_BYTES + 10_000,
  });
  const refuse = (error: string) => data<ImportAnswer>({ ok: false, problems: [{ line: 0, error }] }, { status: 400 });
  if (upload.tooLarge) return refuse("tooLarge");
  if (!upload.file || upload.file.size === 0) return refuse("noFile");
  const text = new TextDecoder("utf-8", { fatal: false }).decode(await upload.file.arrayBuffer());
  const parsed = parseSubscriberCsv(text);
  if (!parsed.ok) return data<ImportAnswer>({ ok: false, problems: parsed.problems.slice(0, 100) }, { status: 400 });
  const result = await importSubscribers(parsed.rows, staff.id, language);
  return data<ImportAnswer>({ ok: true, result });
}

/** /:lang/staff/newsletter/subscribers.csv */
export async function subscribersExportLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireStaff(request, language);
  const csv = await exportSubscribersCsv(language, staff.id);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="newsletter-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}

import type { LoaderFunctionArgs } from "@remix-run/node";
import { negotiateLanguage } from "~/modules/i18n/i18n.server";
import { db } from "~/utils/db.server";
import { cvContentDisposition, CV_TYPE } from "./cv-file";
import { recordStaffRead, requireStudentView } from "./student-access.server";
import { notFound } from "~/utils/not-found";

/**
 * The CV at /students/:id/cv, for those student-access.ts lets see it (for a company: the
 * student is discoverable, or sent the CV with an application to it). Always a download, never
 * stored by a cache on the way or guessed as anything but a PDF.
 */
export async function studentCvLoader({ request, params }: LoaderFunctionArgs): Promise<Response> {
  const language = await negotiateLanguage(request);
  const view = await requireStudentView(request, language, params.id);
  const missing = notFound({ "Cache-Control": "no-store" });
  if (!view.access.cv) return missing;
  const student = await db().studentProfile.findUnique({
    where: { userId: view.studentId },
    select: { cv: true, cvName: true },
  });
  if (!student?.cv || !student.cvName) return missing;
  await recordStaffRead(view, "staff.download-cv");
  return new Response(student.cv, {
    status: 200,
    headers: {
      "Content-Type": CV_TYPE,
      "Content-Length": String(student.cv.byteLength),
      "Content-Disposition": cvContentDisposition(student.cvName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}

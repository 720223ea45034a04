import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { StudentProfileView } from "~/components/students/StudentProfileView";
import { pageMeta } from "~/modules/i18n/page-meta";
import { studentPageLoader } from "~/modules/students/student-page.server";

export const loader = studentPageLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function StudentPage() {
  const { student, isSelf } = useLoaderData<typeof loader>();
  return <StudentProfileView student={student} isSelf={isSelf} />;
}

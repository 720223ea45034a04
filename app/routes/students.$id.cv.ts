import { studentCvLoader } from "~/modules/students/student-cv.server";

/** A student's CV at /students/<id>/cv, a PDF download for those allowed to see it; see studentCvLoader. */
export const loader = studentCvLoader;

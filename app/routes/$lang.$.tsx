import { notFoundPageLoader } from "~/modules/i18n/not-found-page.server";

export const loader = notFoundPageLoader;

export default function NotFound() {
  return null;
}

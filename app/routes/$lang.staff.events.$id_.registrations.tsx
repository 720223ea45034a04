import type { MetaFunction } from "@remix-run/node";
import { RegistrationsManager } from "~/components/registrations/RegistrationsManager";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import {
  staffRegistrationsAction,
  staffRegistrationsLoader,
} from "~/modules/registrations/staff-registrations-page.server";
import { staffPageMeta } from "~/modules/staff/staff-meta";

export const loader = staffRegistrationsLoader;
export const action = staffRegistrationsAction;
export const handle: I18nHandle = { i18n: ["staff", "events", "registrations"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

export default RegistrationsManager;

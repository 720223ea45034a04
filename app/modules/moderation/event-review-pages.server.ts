/**
 * Loaders and actions of /:lang/staff/moderation/organisers/:id and
 * /:lang/staff/moderation/events/:id: the organiser that signed up, and an organiser's event with
 * what changed since the last published version. Every one starts with requireStaff.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { eventImagePath, eventPath, eventTitle } from "~/modules/events/event-url";
import { valuesOf } from "~/modules/events/event-form-values";
import { showDate } from "~/modules/i18n/date-format";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { localizedName } from "~/modules/i18n/localized-name";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { imageAfterRevision, revisionValues } from "~/modules/organisers/event-revisions.server";
import { requireStaff } from "~/modules/staff/staff-access.server";
import { db } from "~/utils/db.server";
import { readForm } from "~/utils/form-action.server";
import { textOf, type FormValues } from "~/utils/forms";
import { isUuid } from "~/utils/ids";
import { notFound } from "~/utils/not-found";
import { EVENT_REVIEW_FIELDS, eventDiff, type EventReviewField } from "./event-diff";
import { decideEventRevision, decideOrganiser } from "./event-review-decisions.server";
import { answer, pageTitle } from "./moderation-pages.server";
import { companyDecisionSchema, offerDecisionSchema } from "./moderation.schema";

export async function organiserReviewLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireStaff(request, language);
  const id = params.id ?? "";
  if (!isUuid(id)) throw notFound();
  const organiser = await db().organiser.findUnique({
    where: { id },
    include: {
      members: { include: { user: { select: { displayName: true, email: true } } }, orderBy: { joinedAt: "asc" } },
      _count: { select: { events: true } },
    },
  });
  if (!organiser) throw notFound();
  return {
    meta: pageMetaInput(request, language, pageTitle(language, organiser.name)),
    organiser: {
      id: organiser.id,
      name: organiser.name,
      kind: organiser.kind,
      town: organiser.town,
      country: organiser.country,
      website: organiser.website,
      verified: organiser.verified,
      waiting: !organiser.verified && organiser.reviewedAt === null && organiser.reviewRequestedAt !== null,
      rejectionReason: organiser.rejectionReason,
      events: organiser._count.events,
      members: organiser.members.map((member) => ({
        name: member.user.displayName,
        email: member.user.email,
        isOwner: member.isOwner,
      })),
      reviewRequestedAt: organiser.reviewRequestedAt ? showDate(organiser.reviewRequestedAt, language) : null,
      version: organiser.reviewRequestedAt?.toISOString() ?? "",
    },
  };
}

export async function organiserReviewAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireStaff(request, language);
  const form = await readForm(request, companyDecisionSchema);
  if (!form.ok) return form.response;
  const result = await decideOrganiser(staff.id, params.id ?? "", {
    ...form.data,
    version: textOf(form.values, "version") || null,
  });
  return answer(result, form.values, language, `organiser.${form.data.decision}`);
}

/** A form value as staff read it: names instead of ids, words instead of codes. */
async function displayer(language: Language) {
  const t = translatorFor(language);
  const [categories, places] = await Promise.all([db().eventCategory.findMany(), db().place.findMany()]);
  const categoryNames = new Map(categories.map((c) => [String(c.id), localizedName(c, language)]));
  const placeNames = new Map(places.map((p) => [String(p.id), localizedName(p, language)]));
  const empty = t("moderation:values.empty");
  return (field: EventReviewField, value: string): string => {
    if (value === "") return field === "isFree" || field === "allDay" ? t("moderation:values.no") : empty;
    switch (field) {
      case "categoryId":
        return categoryNames.get(value) ?? value;
      case "placeId":
        return placeNames.get(value) ?? value;
      case "spokenLanguage":
        return t(`events:language.${value}`);
      case "audience":
        return t(`events:audience.${value}`);
      case "attendance":
        return t(`events:attendance.${value}`);
      case "repeat":
        return t(`events:repeat.${value}`);
      case "timeZone":
        return t(`events:zone.${value === "Europe/Paris" ? "paris" : "berlin"}`);
      case "isFree":
      case "allDay":
        return value === "on" ? t("moderation:values.yes") : t("moderation:values.no");
      default:
        return value;
    }
  };
}

/**
 * The submitted values as the event row will hold them: a venue without its own coordinates
 * takes its town's (as events.server does), so the diff does not show coordinates nobody typed.
 */
async function asStored(values: FormValues): Promise<FormValues> {
  const placeId = Number(textOf(values, "placeId"));
  if (textOf(values, "latitude") || textOf(values, "longitude") || !placeId) return values;
  if (textOf(values, "attendance") === "ONLINE") return values;
  const place = await db().place.findUnique({ where: { id: placeId } });
  return place ? { ...values, latitude: String(place.latitude), longitude: String(place.longitude) } : values;
}

export async function eventReviewLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireStaff(request, language);
  const id = params.id ?? "";
  if (!isUuid(id)) throw notFound();
  const event = await db().event.findUnique({
    where: { id },
    include: {
      revision: true,
      organiser: { select: { id: true, name: true, verified: true } },
      image: { select: { updatedAt: true } },
    },
  });
  if (!event) throw notFound();
  const t = translatorFor(language);
  const show = await displayer(language);
  const submitted: FormValues = (event.revision && revisionValues(event.revision.data)) || valuesOf(event);
  const diff = eventDiff(event.publishedAt ? valuesOf(event) : null, await asStored(submitted));
  const title =
    eventTitle(
      { titleDe: textOf(submitted, "titleDe") || null, titleFr: textOf(submitted, "titleFr") || null },
      language,
    ) || `#${event.number}`;
  const decisions = await db().eventReviewDecision.findMany({
    where: { eventId: id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { staff: { select: { displayName: true } } },
  });
  return {
    meta: pageMetaInput(request, language, pageTitle(language, title)),
    event: {
      id: event.id,
      title,
      waiting: event.revision?.status === "SUBMITTED",
      review: event.revision?.status ?? null,
      submittedAt: event.revision?.submittedAt ? showDate(event.revision.submittedAt, language) : null,
      publishedAt: event.publishedAt ? showDate(event.publishedAt, language) : null,
      publicPath: event.publishedAt ? eventPath(event, language) : null,
      staffPath: `/${language}/staff/events/${event.id}`,
      version: event.revision?.submittedAt?.toISOString() ?? "",
    },
    /** The picture the public sees, and the one it will see once the revision is published. */
    image: {
      change: event.revision?.imageChange ?? "KEEP",
      before: event.image ? eventImagePath(event.id, event.image.updatedAt) : null,
      after: imageAfterRevision(event.id, event.revision, event.image),
    },
    organiser: event.organiser,
    details: EVENT_REVIEW_FIELDS.map((field) => ({
      field,
      label: t(`events:fields.${field}`),
      value: show(field, textOf(submitted, field)),
    })),
    diff:
      diff.kind === "firstPublication"
        ? { kind: diff.kind, changes: [] }
        : {
            kind: diff.kind,
            changes: diff.changes.map((change) => ({
              field: change.field,
              label: t(`events:fields.${change.field}`),
              before: show(change.field, change.before),
              after: show(change.field, change.after),
            })),
          },
    history: decisions.map((decision) => ({
      id: decision.id,
      decision: decision.decision,
      comment: decision.comment,
      staffName: decision.staff?.displayName ?? null,
      at: showDate(decision.createdAt, language),
    })),
  };
}

export async function eventReviewAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireStaff(request, language);
  const form = await readForm(request, offerDecisionSchema);
  if (!form.ok) return form.response;
  const result = await decideEventRevision(staff.id, params.id ?? "", {
    ...form.data,
    version: textOf(form.values, "version") || null,
  });
  return answer(result, form.values, language, `event.${form.data.decision}`);
}

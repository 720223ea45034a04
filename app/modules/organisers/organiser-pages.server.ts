/**
 * Loaders and actions of the organiser area: /:lang/organiser (the start page: the organisation,
 * its events with their review state, the team), /:lang/organiser/events/new and
 * /:lang/organiser/events/:id. Every one starts with organiser-access, which checks
 * organiser-policy; an event of another organiser answers 404.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { eventPath, eventTitle } from "~/modules/events/event-url";
import { formatEventTime } from "~/modules/events/event-display";
import { valuesOf } from "~/modules/events/event-form-values";
import { readEventUpload } from "~/modules/events/event-image.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { localizedName } from "~/modules/i18n/localized-name";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { db } from "~/utils/db.server";
import { textOf, valuesToKeep, type FieldErrors, type FormValues } from "~/utils/forms";
import { memberRows } from "~/modules/teams/team-page.server";
import { imageAfterRevision, revisionValues, saveOrganiserEvent, withdrawRevision } from "./event-revisions.server";
import { requireOrganiserEvent, requireOrganiserMember } from "./organiser-access.server";
import { organiserTeam } from "./organiser-membership.server";
import { submissionRefusal } from "./organiser-policy";

export interface OrganiserEventFailure {
  errors: FieldErrors;
  values: FormValues;
}

/** Categories and places in the reader's language; the organiser is the member's own. */
async function formChoices(language: Language, organiser: { id: string; name: string; town: string }) {
  const [categories, places] = await Promise.all([
    db().eventCategory.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }] }),
    db().place.findMany({ orderBy: [{ country: "asc" }, { nameDe: "asc" }] }),
  ]);
  return {
    categories: categories.map((c) => ({ value: String(c.id), label: localizedName(c, language) })),
    organisers: [{ value: organiser.id, label: `${organiser.name} (${organiser.town})` }],
    places: places.map((p) => ({ value: String(p.id), label: localizedName(p, language), country: p.country })),
  };
}

export async function organiserHomeLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const { user, membership } = await requireOrganiserMember(request, language);
  const team = await organiserTeam(membership.organiserId);
  const events = await db().event.findMany({
    where: { organiserId: membership.organiserId },
    orderBy: [{ startsAt: "desc" }],
    take: 200,
    include: { revision: { select: { status: true, data: true, reviewComment: true } } },
  });
  const t = translatorFor(language);
  return {
    meta: pageMetaInput(request, language, t("organisers:home.title", { name: team.name })),
    organiser: {
      name: team.name,
      kind: team.kind,
      town: team.town,
      verified: team.verified,
      rejected: !team.verified && team.reviewedAt !== null,
      rejectionReason: team.rejectionReason,
    },
    events: events.map((event) => {
      const draft = event.revision ? revisionValues(event.revision.data) : null;
      return {
        id: event.id,
        // The organiser's own latest text, published or not.
        title:
          eventTitle(
            draft ? { titleDe: textOf(draft, "titleDe") || null, titleFr: textOf(draft, "titleFr") || null } : event,
            language,
          ) || `#${event.number}`,
        when: formatEventTime(event, language),
        published: event.publishedAt !== null,
        publicPath: event.publishedAt ? eventPath(event, language) : null,
        status: event.status,
        review: event.revision?.status ?? null,
      };
    }),
    team: memberRows(team.members, user.id),
  };
}

/** `?edition=2027` from the 22 January's call for participation, kept as the form's prefilled value. */
function editionOf(request: Request): string | null {
  const edition = new URL(request.url).searchParams.get("edition");
  return edition && /^\d{4}$/.test(edition) ? edition : null;
}

export async function newOrganiserEventLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const { membership } = await requireOrganiserMember(request, language);
  const organiser = await db().organiser.findUniqueOrThrow({ where: { id: membership.organiserId } });
  const edition = editionOf(request);
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("organisers:event.new")),
    choices: await formChoices(language, organiser),
    organiserId: organiser.id,
    canSubmit: submissionRefusal(organiser) === null,
    values: {
      timeZone: organiser.country === "FR" ? "Europe/Paris" : "Europe/Berlin",
      isFree: "on",
      attendance: "IN_PERSON",
      repeat: "none",
      ...(edition ? { edition } : {}),
    } as FormValues,
  };
}

async function save(
  request: Request,
  language: Language,
  eventId: string | undefined,
  organiserId: string,
  userId: string,
) {
  // The event form is multipart (its picture); the withdraw button's form is not.
  const { values, image, unread } = await readEventUpload(request);
  if (unread && !image.ok) {
    return data<OrganiserEventFailure>({ errors: { image: image.error }, values: {} }, { status: 400 });
  }
  const intent = textOf(values, "intent");
  if (intent === "withdraw" && eventId) {
    await withdrawRevision(eventId);
    throw redirect(`/${language}/organiser/events/${eventId}?done=withdrawn`);
  }
  const submit = intent === "submit";
  const result = await saveOrganiserEvent({ authorId: userId, organiserId, eventId, values, image, submit });
  if (!result.ok) {
    return data<OrganiserEventFailure>({ errors: result.errors, values: valuesToKeep(values) }, { status: 400 });
  }
  throw redirect(`/${language}/organiser/events/${result.eventId}?done=${submit ? "submitted" : "saved"}`);
}

export async function newOrganiserEventAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const { user, membership } = await requireOrganiserMember(request, language);
  return save(request, language, undefined, membership.organiserId, user.id);
}

export async function organiserEventLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const { event, membership } = await requireOrganiserEvent(request, language, params.id);
  const organiser = await db().organiser.findUniqueOrThrow({ where: { id: membership.organiserId } });
  const draft = event.revision ? revisionValues(event.revision.data) : null;
  const values = draft ?? valuesOf(event);
  const title =
    eventTitle({ titleDe: textOf(values, "titleDe") || null, titleFr: textOf(values, "titleFr") || null }, language) ||
    `#${event.number}`;
  const done = new URL(request.url).searchParams.get("done");
  const [decisions, current] = await Promise.all([
    db().eventReviewDecision.findMany({
      where: { eventId: event.id },
      orderBy: { createdAt: "desc" },
      take: 20,
    }),
    db().eventImage.findUnique({ where: { eventId: event.id }, select: { updatedAt: true } }),
  ]);
  const proposal = event.revision?.imageChange ?? "KEEP";
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("organisers:event.edit", { title })),
    id: event.id,
    title,
    organiserId: organiser.id,
    canSubmit: submissionRefusal(organiser) === null,
    published: event.publishedAt !== null,
    publicPath: event.publishedAt ? eventPath(event, language) : null,
    status: event.status,
    review: event.revision?.status ?? null,
    reviewComment: event.revision?.reviewComment ?? null,
    done: done && /^(saved|submitted|withdrawn)$/.test(done) ? done : null,
    choices: await formChoices(language, organiser),
    values,
    /** The picture the form starts from: the one proposed for review, else the public one. */
    image: { url: imageAfterRevision(event.id, event.revision, current), proposal },
    decisions: decisions.map((d) => ({
      id: d.id,
      decision: d.decision,
      comment: d.comment,
      at: d.createdAt.toISOString(),
    })),
  };
}

export async function organiserEventAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const { event, user, membership } = await requireOrganiserEvent(request, language, params.id);
  return save(request, language, event.id, membership.organiserId, user.id);
}

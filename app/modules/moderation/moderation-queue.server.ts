import { db } from "~/utils/db.server";

/**
 * What waits for the Antenne's review: new companies (PENDING), submitted offers, new organisers
 * organisers' submitted events (ADR 0020) and verified companies' public changes (ADR 0026), merged into
 * one list, oldest first, so nobody waits longer because of what kind of thing they sent.
 */
interface Waiting {
  id: string;
  companyId: string;
  companyName: string;
  waitingSince: Date;
}

export interface CompanyInQueue extends Waiting {
  kind: "company";
}

export interface OfferInQueue extends Waiting {
  kind: "offer";
  number: number;
  titleDe: string | null;
  titleFr: string | null;
  /** Offers of a company still waiting for verification cannot be published yet. */
  companyVerified: boolean;
  /** Never published before: there is no earlier version to compare with. */
  firstPublication: boolean;
}

/** An organisation that signed up as an organiser (ADR 0020). */
export interface OrganiserInQueue extends Waiting {
  kind: "organiser";
}

/** An organiser's new event or change of a published one. */
export interface EventInQueue extends Waiting {
  kind: "event";
  number: number;
  titleDe: string | null;
  titleFr: string | null;
  companyVerified: boolean;
  firstPublication: boolean;
}

/** A verified company's proposed public changes (ADR 0026); the id is the company's. */
export interface CompanyChangeInQueue extends Waiting {
  kind: "companyChange";
}

export type QueueItem = CompanyInQueue | OfferInQueue | OrganiserInQueue | EventInQueue | CompanyChangeInQueue;

/** Organisers that signed up themselves and wait for staff; those staff created never do. */
export const PENDING_ORGANISER = { verified: false, reviewedAt: null, reviewRequestedAt: { not: null } };

/** More than a day's work; the page says when the list was cut. */
export const QUEUE_LIMIT = 200;

export async function moderationQueue(limit = QUEUE_LIMIT): Promise<{ items: QueueItem[]; limited: boolean }> {
  const [companies, offers, organisers, events, changes] = await Promise.all([
    db().company.findMany({
      where: { status: "PENDING" },
      orderBy: [{ reviewRequestedAt: "asc" }, { id: "asc" }],
      take: limit + 1,
      select: { id: true, name: true, reviewRequestedAt: true },
    }),
    db().offer.findMany({
      where: { status: "SUBMITTED" },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: limit + 1,
      select: {
        id: true,
        number: true,
        titleDe: true,
        titleFr: true,
        submittedAt: true,
        updatedAt: true,
        publishedAt: true,
        company: { select: { id: true, name: true, status: true } },
      },
    }),
    db().organiser.findMany({
      where: PENDING_ORGANISER,
      orderBy: [{ reviewRequestedAt: "asc" }, { id: "asc" }],
      take: limit + 1,
      select: { id: true, name: true, reviewRequestedAt: true },
    }),
    db().eventRevision.findMany({
      where: { status: "SUBMITTED" },
      orderBy: [{ submittedAt: "asc" }, { eventId: "asc" }],
      take: limit + 1,
      select: {
        eventId: true,
        data: true,
        submittedAt: true,
        updatedAt: true,
        event: {
          select: { number: true, publishedAt: true, organiser: { select: { id: true, name: true, verified: true } } },
        },
      },
    }),
    db().companyRevision.findMany({
      where: { status: "PENDING" },
      orderBy: [{ submittedAt: "asc" }, { companyId: "asc" }],
      take: limit + 1,
      select: { companyId: true, submittedAt: true, company: { select: { name: true } } },
    }),
  ]);
  const items: QueueItem[] = [
    ...companies.map((company) => ({
      kind: "company" as const,
      id: company.id,
      companyId: company.id,
      companyName: company.name,
      waitingSince: company.reviewRequestedAt,
    })),
    ...offers.map((offer) => ({
      kind: "offer" as const,
      id: offer.id,
      number: offer.number,
      titleDe: offer.titleDe,
      titleFr: offer.titleFr,
      companyId: offer.company.id,
      companyName: offer.company.name,
      companyVerified: offer.company.status === "VERIFIED",
      firstPublication: offer.publishedAt === null,
      // The company side always sets submittedAt; the last change stands in should it be missing.
      waitingSince: offer.submittedAt ?? offer.updatedAt,
    })),
    ...organisers.map((organiser) => ({
      kind: "organiser" as const,
      id: organiser.id,
      companyId: organiser.id,
      companyName: organiser.name,
      waitingSince: organiser.reviewRequestedAt ?? new Date(0),
    })),
    ...events.map((revision) => {
      const data = (revision.data ?? {}) as Record<string, unknown>;
      const text = (key: string) => (typeof data[key] === "string" && data[key] !== "" ? (data[key] as string) : null);
      return {
        kind: "event" as const,
        id: revision.eventId,
        number: revision.event.number,
        titleDe: text("titleDe"),
        titleFr: text("titleFr"),
        companyId: revision.event.organiser.id,
        companyName: revision.event.organiser.name,
        companyVerified: revision.event.organiser.verified,
        firstPublication: revision.event.publishedAt === null,
        waitingSince: revision.submittedAt ?? revision.updatedAt,
      };
    }),
    ...changes.map((change) => ({
      kind: "companyChange" as const,
      id: change.companyId,
      companyId: change.companyId,
      companyName: change.company.name,
      waitingSince: change.submittedAt,
    })),
  ].sort((a, b) => a.waitingSince.getTime() - b.waitingSince.getTime() || a.id.localeCompare(b.id));
  return { items: items.slice(0, limit), limited: items.length > limit };
}

/** How many things wait, for the staff navigation: two index-only counts. */
export async function moderationWaitingCount(): Promise<number> {
  const [companies, offers, organisers, events, changes] = await Promise.all([
    db().company.count({ where: { status: "PENDING" } }),
    db().offer.count({ where: { status: "SUBMITTED" } }),
    db().organiser.count({ where: PENDING_ORGANISER }),
    db().eventRevision.count({ where: { status: "SUBMITTED" } }),
    db().companyRevision.count({ where: { status: "PENDING" } }),
  ]);
  return companies + offers + organisers + events + changes;
}

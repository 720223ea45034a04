/**
 * The two kinds of team on the platform, companies and organisers, as invitations see them
 * (ADR 0029): the same one-time links, accept page and rules, with what differs gathered here.
 */
import type { Prisma } from "~/generated/prisma/client";
import type { Language } from "~/modules/i18n/languages";
import { queueMail } from "~/modules/mail/mail-queue.server";
import type { Database } from "~/utils/db.server";

type Client = Database | Prisma.TransactionClient;

export type TeamKind = "company" | "organiser";

export interface InvitationMail {
  to: string;
  language: Language;
  teamName: string;
  inviterName: string;
  url: string;
}

export interface Team {
  kind: TeamKind;
  purpose: "COMPANY_INVITE" | "ORGANISER_INVITE";
  /** The role of an account that joins. */
  role: "COMPANY_MEMBER" | "ORGANISER_MEMBER";
  /** The name of the team's id in an invitation's data and in the members page's forms. */
  idKey: "companyId" | "organiserId";
  /** Where a member lands after joining, below /{lang}/. */
  membersPage: string;
  /** Locale keys of the texts that name the kind of team (`.errors.notVerified`, `.errors.dailyLimit`). */
  texts: "account:members" | "organisers:members";
  /** The team's name and whether the Antenne has verified it; null when there is no such team. */
  find(client: Client, id: string): Promise<{ name: string; verified: boolean } | null>;
  /** The ids of the teams of this kind an account belongs to. */
  teamsOf(client: Client, userId: string): Promise<string[]>;
  addMember(client: Client, teamId: string, userId: string): Promise<void>;
  queueInvitation(client: Client, mail: InvitationMail): Promise<void>;
}

export const COMPANY_TEAM: Team = {
  kind: "company",
  purpose: "COMPANY_INVITE",
  role: "COMPANY_MEMBER",
  idKey: "companyId",
  membersPage: "company/members",
  texts: "account:members",
  async find(client, id) {
    const company = await client.company.findUnique({ where: { id }, select: { name: true, status: true } });
    return company && { name: company.name, verified: company.status === "VERIFIED" };
  },
  async teamsOf(client, userId) {
    const rows = await client.companyMember.findMany({ where: { userId }, select: { companyId: true } });
    return rows.map((row) => row.companyId);
  },
  async addMember(client, companyId, userId) {
    await client.companyMember.create({ data: { companyId, userId, isOwner: false } });
  },
  queueInvitation: (client, { teamName, inviterName, url, ...mail }) =>
    queueMail(client, { ...mail, template: "company-invite", data: { companyName: teamName, inviterName, url } }),
};

export const ORGANISER_TEAM: Team = {
  kind: "organiser",
  purpose: "ORGANISER_INVITE",
  role: "ORGANISER_MEMBER",
  idKey: "organiserId",
  membersPage: "organiser/members",
  texts: "organisers:members",
  find: (client, id) => client.organiser.findUnique({ where: { id }, select: { name: true, verified: true } }),
  async teamsOf(client, userId) {
    const rows = await client.organiserMember.findMany({ where: { userId }, select: { organiserId: true } });
    return rows.map((row) => row.organiserId);
  },
  async addMember(client, organiserId, userId) {
    await client.organiserMember.create({ data: { organiserId, userId, isOwner: false } });
  },
  queueInvitation: (client, { teamName, inviterName, url, ...mail }) =>
    queueMail(client, { ...mail, template: "organiser-invite", data: { organiserName: teamName, inviterName, url } }),
};

export const TEAMS: readonly Team[] = [COMPANY_TEAM, ORGANISER_TEAM];

export function teamOfKind(kind: TeamKind): Team {
  return kind === "company" ? COMPANY_TEAM : ORGANISER_TEAM;
}

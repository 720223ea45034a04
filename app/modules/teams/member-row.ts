/** One person of a company's or an organiser's team, as the members pages show them. */
export interface MemberRow {
  id: string;
  name: string;
  email: string;
  isOwner: boolean;
  isYou: boolean;
  /** YYYY-MM-DD. */
  joinedOn: string;
  /** Whether the signed-in user may take this person off the team (their own row: leave it). */
  removable: boolean;
}

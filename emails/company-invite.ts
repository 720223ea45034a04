import { z } from "zod";
import { defineMailTemplate, displayName, mailLink } from "./mail-template";
import { composeTeamInvite } from "./team-invite";

/** A company member invites a colleague to manage the company's offers and applications. */
export const companyInvite = defineMailTemplate({
  data: z.object({ companyName: displayName, inviterName: displayName, url: mailLink }),
  compose: ({ companyName, inviterName, url }, t) =>
    composeTeamInvite("companyInvite", { companyName, inviterName }, url, t),
});

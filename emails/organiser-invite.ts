import { z } from "zod";
import { defineMailTemplate, displayName, mailLink } from "./mail-template";
import { composeTeamInvite } from "./team-invite";

/** An organiser's owner invites a colleague to prepare the organisation's events. */
export const organiserInvite = defineMailTemplate({
  data: z.object({ organiserName: displayName, inviterName: displayName, url: mailLink }),
  compose: ({ organiserName, inviterName, url }, t) =>
    composeTeamInvite("organiserInvite", { organiserName, inviterName }, url, t),
});

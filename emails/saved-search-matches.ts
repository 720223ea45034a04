import { z } from "zod";
import { defineMailTemplate, displayName, greeting, mailLink, type MailBlock } from "./mail-template";

/**
 * The daily alert of a saved search: the newest offers published since the last one (at most
 * ten), a link to the whole search and a one-click stop. Not transactional mail: besides the stop
 * link in the text, it carries List-Unsubscribe headers with the stop link (mailHeaders in templates.ts).
 */
const offer = z.object({
  /** In the mail's language when the offer has it, else the other one. */
  title: z.string().trim().min(1).max(300),
  company: displayName,
  place: z.string().trim().min(1).max(200),
  url: mailLink,
});

export const savedSearchMatches = defineMailTemplate({
  data: z.object({
    name: displayName,
    /** The saved search in a few words, as the account page shows it. */
    search: z.string().trim().min(1).max(500),
    /** New offers in all, which may be more than the list shows. */
    total: z.number().int().min(1),
    /** False when the index stopped counting (1,000+). */
    totalIsExact: z.boolean(),
    offers: z.array(offer).min(1).max(10),
    searchUrl: mailLink,
    stopUrl: mailLink,
  }),
  compose: ({ name, search, total, totalIsExact, offers, searchUrl, stopUrl }, t) => {
    const count = { count: total, total: totalIsExact ? String(total) : `${total}+` };
    const more = total > offers.length;
    return {
      subject: t("emails:savedSearch.subject", { ...count, search }),
      preview: offers.map((item) => item.title).join(" · "),
      greeting: greeting(t, name),
      blocks: [
        { kind: "paragraph", text: t("emails:savedSearch.intro", { ...count, search }) },
        ...offers.map((item): MailBlock => ({
          kind: "note",
          title: item.title,
          text: `${item.company}, ${item.place}\n${item.url}`,
        })),
        ...(more
          ? [{ kind: "paragraph" as const, text: t("emails:savedSearch.more", { shown: offers.length, ...count }) }]
          : []),
        { kind: "action", label: t("emails:savedSearch.action"), url: searchUrl },
        { kind: "paragraph", text: t("emails:savedSearch.stopIntro") },
        { kind: "action", label: t("emails:savedSearch.stop"), url: stopUrl },
      ],
      reason: t("emails:savedSearch.reason", { search }),
    };
  },
});

import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { answerOf, cookieOf, person, routeArgs } from "../../../test/support/company-fixtures";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import {
  editionPreviewLoader,
  editionStaffAction,
  editionStaffLoader,
  newsletterStaffAction,
  newsletterStaffLoader,
} from "./newsletter-staff-page.server";

/** The staff pages of the newsletter, through the loaders and actions the routes export. */
beforeEach(async () => {
  await resetAccountsAndQueue();
  await db().$executeRawUnsafe(`TRUNCATE newsletter_subscriber, newsletter_edition CASCADE`);
});

async function staff(email: string) {
  const user = await person(email, "STAFF");
  return { user, cookie: await cookieOf(user.id) };
}

describe("/:lang/staff/newsletter", () => {
  it("is closed to everyone but staff", async () => {
    const student = await person("lena@example.de", "STUDENT");
    const answer = await answerOf(newsletterStaffLoader(routeArgs("/de/staff/newsletter", await cookieOf(student.id))));
    expect((answer as Response).status).toBe(403);
    const visitor = await answerOf(newsletterStaffLoader(routeArgs("/de/staff/newsletter")));
    expect((visitor as Response).status).toBe(302);
  });

  it("composes an edition that waits for German and for a second staff member", async () => {
    const anna = await staff("anna@antenne.example");
    const paul = await staff("paul@antenne.example");
    const created = (await answerOf(
      newsletterStaffAction(routeArgs("/fr/staff/newsletter", anna.cookie, { month: "2026-12" })),
    )) as Response;
    expect(created.status).toBe(303);
    const id = created.headers.get("Location")!.split("/").pop()!;
    const path = `/fr/staff/newsletter/${id}`;
    const args = (cookie: string, form?: Record<string, string>) => ({
      ...routeArgs(path, cookie, form),
      params: { lang: "fr", id },
    });

    await answerOf(
      editionStaffAction(
        args(anna.cookie, {
          intent: "save",
          subjectDe: "",
          subjectFr: "Numéro de décembre",
          "blocks.0.de.title": "",
          "blocks.0.de.markdown": "",
          "blocks.0.fr.title": "Édito",
          "blocks.0.fr.markdown": "Bonne fin d’année",
          "blocks.1.limit": "4",
        }),
      ),
    );
    const page = await editionStaffLoader(args(paul.cookie));
    expect(page.edition.gaps.map((gap) => gap.missing)).toEqual([["de"], ["de"]]);
    expect(page.kinds).toContain("franco-german-day");
    const refused = (await editionStaffAction(args(paul.cookie, { intent: "approve" }))) as unknown as {
      init: { status: number };
      data: { error: string };
    };
    expect(refused).toMatchObject({ init: { status: 409 }, data: { error: "newsletter:staff.refused.parity" } });

    await answerOf(
      editionStaffAction(
        args(anna.cookie, {
          intent: "save",
          subjectDe: "Dezember-Ausgabe",
          subjectFr: "Numéro de décembre",
          "blocks.0.de.title": "Editorial",
          "blocks.0.de.markdown": "Ein gutes Jahresende",
          "blocks.0.fr.title": "Édito",
          "blocks.0.fr.markdown": "Bonne fin d’année",
        }),
      ),
    );
    expect(await editionStaffAction(args(anna.cookie, { intent: "approve" }))).toMatchObject({
      data: { error: "newsletter:staff.refused.ownEdition" },
    });
    const approved = (await answerOf(editionStaffAction(args(paul.cookie, { intent: "approve" })))) as Response;
    expect(approved.status).toBe(303);
    expect((await db().newsletterEdition.findUniqueOrThrow({ where: { id } })).status).toBe("APPROVED");

    const text = await editionPreviewLoader({
      ...routeArgs(`${path}/preview?in=de&as=text`, paul.cookie),
      params: { lang: "fr", id },
    });
    expect(text.headers.get("Content-Type")).toContain("text/plain");
    expect(await text.text()).toContain("Ein gutes Jahresende");
  });
});

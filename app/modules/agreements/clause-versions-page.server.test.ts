/**
 * The staff page of the clause versions against a real PostgreSQL: the list with how many
 * agreements use each version, publishing a new version from the form (with its audit entry),
 * refusals that write nothing, and agreements that keep the version they were written with.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeEach, describe, expect, it } from "vitest";
import { moveApplication } from "~/modules/applications/applications.server";
import { db } from "~/utils/db.server";
import { applied, student } from "../../../test/support/application-test-setup";
import { acceptedPupil } from "../../../test/support/agreement-test-setup";
import { answerOf, routeArgs } from "../../../test/support/company-fixtures";
import { staffMember } from "../../../test/support/moderation-test-data";
import { pdfText } from "../../../test/support/pdf-text";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { clauseFieldName } from "./agreement-clause-form";
import { CLAUSE_WORDING, FIRST_CLAUSES } from "./agreement-clauses";
import { renderCurrentDocument } from "./agreements.server";
import { clauseVersionsAction, clauseVersionsLoader } from "./clause-versions-page.server";

beforeEach(async () => {
  await resetAccountsAndQueue();
  // The reset empties the agreements; the versions staff published go too, the reference one stays.
  await db().agreementClauseVersion.deleteMany({ where: { version: { gt: 1 } } });
});

type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => Promise<unknown>;
const PAGE = "/de/staff/agreements/clauses";

const call = (handler: Handler, url: string, cookie?: string, form?: Record<string, string>) =>
  answerOf(handler(routeArgs(url, cookie, form)));

type Page = Awaited<ReturnType<typeof clauseVersionsLoader>>;
type Refused = { init: { status: number }; data: { errors: Record<string, string>; values: Record<string, string> } };

/** The form as the page fills it from a version's clauses, with some fields changed. */
function formOf(page: Page, changes: Record<string, string> = {}, note = ""): Record<string, string> {
  const fields: Record<string, string> = { basedOn: String(page.current.version), note };
  page.current.clauses.forEach((clause, index) => {
    for (const field of CLAUSE_WORDING) fields[clauseFieldName(index, field)] = clause[field];
  });
  return { ...fields, ...changes };
}

const PURPOSE = FIRST_CLAUSES.findIndex((clause) => clause.key === "purpose");
const NEW_PURPOSE_FR = "La présente convention règle le stage (nouvelle rédaction, version 2).";

async function documentText(agreementId: string) {
  const agreement = await db().agreement.findUniqueOrThrow({
    where: { id: agreementId },
    include: { clauseVersion: true },
  });
  return (await pdfText(await renderCurrentDocument(agreement))).text;
}

describe("the clause versions page", () => {
  it("publishes the edited texts as the next version; earlier agreements keep theirs, new ones get it", async () => {
    const { agreement, offer, company } = await acceptedPupil();
    const staff = await staffMember();
    const page = (await call(clauseVersionsLoader as Handler, PAGE, staff.cookie)) as Page;
    expect(page.versions).toEqual([expect.objectContaining({ version: 1, agreements: 1, current: true })]);
    expect(page.current.clauses[PURPOSE]).toMatchObject({ titleDe: "Artikel 1 – Gegenstand" });

    const published = await call(
      clauseVersionsAction as Handler,
      PAGE,
      staff.cookie,
      formOf(page, { [clauseFieldName(PURPOSE, "textFr")]: NEW_PURPOSE_FR }, "Article 1 reformulé"),
    );
    expect((published as Response).headers.get("Location")).toBe(`${PAGE}?published=2`);
    const entry = await db().auditLogEntry.findFirstOrThrow({ where: { action: "agreements.publish-clauses" } });
    expect(entry).toMatchObject({ actorId: staff.id, targetType: "agreement-clause-version", details: { version: 2 } });

    // The agreement written before keeps version 1, in its record and in its PDF.
    const before = await db().agreement.findUniqueOrThrow({
      where: { id: agreement.id },
      include: { clauseVersion: true },
    });
    expect(before.clauseVersion.version).toBe(1);
    const oldText = await documentText(agreement.id);
    expect(oldText).toContain("ne crée aucun contrat de travail");
    expect(oldText).not.toContain("nouvelle rédaction");

    // A company accepting now writes the new version.
    const noah = await student("noah@lycee.fr", { displayName: "Noah Petit" });
    const applicationId = await applied(noah.id, offer);
    expect((await moveApplication({ applicationId, actorId: company.owner.id, action: "accept" })).ok).toBe(true);
    const next = await db().agreement.findUniqueOrThrow({ where: { applicationId }, include: { clauseVersion: true } });
    expect(next.clauseVersion.version).toBe(2);
    expect(await documentText(next.id)).toContain(NEW_PURPOSE_FR);

    const after = (await call(clauseVersionsLoader as Handler, `${PAGE}?published=2`, staff.cookie)) as Page;
    expect(after.published).toBe(2);
    expect(after.versions.map((v) => [v.version, v.note, v.agreements, v.current])).toEqual([
      [2, "Article 1 reformulé", 1, true],
      [1, "First version", 1, false],
    ]);
    expect(after.current.clauses[PURPOSE]?.textFr).toBe(NEW_PURPOSE_FR);
  }, 60_000);

  it("refuses a clause without one of its languages, an unchanged text and a stale form, and writes nothing", async () => {
    const staff = await staffMember();
    const page = (await call(clauseVersionsLoader as Handler, PAGE, staff.cookie)) as Page;
    const count = () => db().agreementClauseVersion.count();
    expect(await count()).toBe(1);

    const missing = (await call(
      clauseVersionsAction as Handler,
      PAGE,
      staff.cookie,
      formOf(page, { [clauseFieldName(2, "textFr")]: "   ", [clauseFieldName(3, "titleDe")]: "" }),
    )) as Refused;
    expect(missing.init.status).toBe(400);
    expect(missing.data.errors).toEqual({
      [clauseFieldName(2, "textFr")]: "agreements:errors.clauseText",
      [clauseFieldName(3, "titleDe")]: "agreements:errors.clauseTitle",
    });
    // What was typed comes back to the form.
    expect(missing.data.values[clauseFieldName(0, "textDe")]).toBe(FIRST_CLAUSES[0]?.textDe);

    const tooLong = (await call(
      clauseVersionsAction as Handler,
      PAGE,
      staff.cookie,
      formOf(page, { [clauseFieldName(0, "textDe")]: "x".repeat(8001) }),
    )) as Refused;
    expect(tooLong.data.errors).toEqual({ [clauseFieldName(0, "textDe")]: "agreements:errors.tooLong" });

    const unchanged = (await call(clauseVersionsAction as Handler, PAGE, staff.cookie, formOf(page))) as Refused;
    expect(unchanged.data.errors).toEqual({ form: "agreements:errors.clausesUnchanged" });

    const stale = (await call(
      clauseVersionsAction as Handler,
      PAGE,
      staff.cookie,
      formOf(page, { basedOn: "7", [clauseFieldName(0, "textDe")]: "Neu." }),
    )) as Refused;
    expect(stale.init.status).toBe(409);
    expect(stale.data.errors).toEqual({ form: "agreements:errors.clausesChangedMeanwhile" });

    expect(await count()).toBe(1);
    expect(await db().auditLogEntry.count({ where: { action: "agreements.publish-clauses" } })).toBe(0);

    // Two staff members fill the form from version 1; the second publication would undo the first unseen.
    const first = await call(
      clauseVersionsAction as Handler,
      PAGE,
      staff.cookie,
      formOf(page, { [clauseFieldName(0, "textDe")]: "Erste Änderung." }),
    );
    expect((first as Response).status).toBe(302);
    const second = (await call(
      clauseVersionsAction as Handler,
      PAGE,
      staff.cookie,
      formOf(page, { [clauseFieldName(1, "textDe")]: "Zweite Änderung." }),
    )) as Refused;
    expect(second.data.errors).toEqual({ form: "agreements:errors.clausesChangedMeanwhile" });
    // The form comes back with the texts in force, not the stale ones, so posting again cannot undo the first.
    expect(second.data.values).toEqual({});
    expect(await count()).toBe(2);
  });
});

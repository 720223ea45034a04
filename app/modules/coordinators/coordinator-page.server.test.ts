import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import {
  answerOf,
  companyWithOwner,
  cookieOf,
  person,
  routeArgs,
  thrownResponse,
} from "../../../test/support/company-fixtures";
import { queuedMails, resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { coordinatorOf, publishedOffer, studentWithProfile } from "../../../test/support/student-fixtures";
import { staffMember } from "../../../test/support/moderation-test-data";
import { coordinatorAction, coordinatorLoader } from "./coordinator-page.server";
import { coordinatorsStaffAction, coordinatorsStaffLoader } from "./coordinators-staff-page.server";

beforeEach(resetAccountsAndQueue);

type Overview = Extract<Awaited<ReturnType<typeof coordinatorLoader>>, { confirmed: true }>;
/** An action's redirect (returned, not thrown). */
async function redirectOf(promise: Promise<unknown>): Promise<string | null> {
  const answer = await answerOf(promise);
  if (!(answer instanceof Response)) throw new Error(`expected a redirect, got ${JSON.stringify(answer)}`);
  return answer.headers.get("Location");
}

const overviewOf = async (cookie: string, query = "") =>
  (await coordinatorLoader(routeArgs(`/fr/coordinator${query}`, cookie))) as Overview;

describe("the coordinator's school page", () => {
  it("lists the school's students and their applications, not other schools'", async () => {
    const teacher = await coordinatorOf("lp-industrie-rouen", "prof@lycee.example");
    const lea = await studentWithProfile("lea@eleve.example", { displayName: "Léa Martin" });
    await studentWithProfile("tom@bbs.example", { schoolKey: "bbs-1-hannover", displayName: "Tom Weber" });
    const company = await companyWithOwner("Weber Mechatronik", "chef@weber.example");
    const offer = await publishedOffer(company.id);
    const period = offer.periods[0]!;
    await db().application.create({
      data: {
        studentId: lea.id,
        offerId: offer.id,
        periodId: period.id,
        startsOn: period.startsOn,
        endsOn: period.endsOn,
        motivation: "Je voudrais découvrir la maintenance en Allemagne.",
        motivationLanguage: "fr",
        status: "ACCEPTED",
      },
    });

    const page = await overviewOf(teacher.cookie);
    expect(page.schoolName).toContain("Rouen");
    expect(page.students.map((student) => student.name)).toEqual(["Léa Martin"]);
    expect(page.students[0]).toMatchObject({ complete: true, accepted: 1, openApplications: 0, endorsedOn: null });
    expect(page.applications).toEqual([
      expect.objectContaining({ studentName: "Léa Martin", status: "ACCEPTED", companyName: "Weber Mechatronik" }),
    ]);
    expect(page.applications[0]!.offerTitle).toBe("Stage en mécatronique");

    expect((await overviewOf(teacher.cookie, "?status=DECLINED")).applications).toEqual([]);
    // A state that does not exist shows everything instead of failing.
    expect((await overviewOf(teacher.cookie, "?status=LOST")).applications).toHaveLength(1);
  });

  it("shows no student to a coordinator whom staff have not confirmed", async () => {
    await studentWithProfile("lea@eleve.example");
    const teacher = await person("neu@lycee.example", "COORDINATOR");
    const school = await db().school.findUniqueOrThrow({ where: { key: "lp-industrie-rouen" } });
    await db().coordinatorProfile.create({ data: { userId: teacher.id, schoolId: school.id } });
    const page = await coordinatorLoader(routeArgs("/fr/coordinator", await cookieOf(teacher.id)));
    expect(page).toMatchObject({ confirmed: false });
    expect(page).not.toHaveProperty("students");

    const endorse = await answerOf(
      coordinatorAction(
        routeArgs("/fr/coordinator", await cookieOf(teacher.id), { intent: "endorse", studentId: teacher.id }),
      ),
    );
    expect(endorse).toMatchObject({ init: { status: 400 } });
  });

  it("endorses a student of the school and takes it back; other schools' students are refused", async () => {
    const teacher = await coordinatorOf("lp-industrie-rouen", "prof@lycee.example");
    const lea = await studentWithProfile("lea@eleve.example");
    const tom = await studentWithProfile("tom@bbs.example", { schoolKey: "bbs-1-hannover" });

    const done = await redirectOf(
      coordinatorAction(routeArgs("/fr/coordinator", teacher.cookie, { intent: "endorse", studentId: lea.id })),
    );
    expect(done).toContain("done=endorse");
    const endorsed = await db().studentProfile.findUniqueOrThrow({ where: { userId: lea.id } });
    expect(endorsed.endorsedById).toBe(teacher.id);
    expect((await overviewOf(teacher.cookie)).students[0]!.endorsedOn).not.toBeNull();

    const refused = await answerOf(
      coordinatorAction(routeArgs("/fr/coordinator", teacher.cookie, { intent: "endorse", studentId: tom.id })),
    );
    expect(refused).toMatchObject({ data: { errors: { form: "coordinator:errors.notYourStudent" } } });
    const tampered = await answerOf(
      coordinatorAction(routeArgs("/fr/coordinator", teacher.cookie, { intent: "promote", studentId: "42" })),
    );
    expect(tampered).toMatchObject({
      init: { status: 400 },
      data: { errors: { intent: "coordinator:errors.unknownAction", studentId: "coordinator:errors.notYourStudent" } },
    });
    expect((await db().studentProfile.findUniqueOrThrow({ where: { userId: tom.id } })).endorsedAt).toBeNull();

    await redirectOf(
      coordinatorAction(routeArgs("/fr/coordinator", teacher.cookie, { intent: "unendorse", studentId: lea.id })),
    );
    expect((await db().studentProfile.findUniqueOrThrow({ where: { userId: lea.id } })).endorsedAt).toBeNull();
  });

  it("is not for students or companies", async () => {
    const lea = await studentWithProfile("lea@eleve.example");
    const response = await thrownResponse(coordinatorLoader(routeArgs("/fr/coordinator", lea.cookie)));
    expect(response.status).toBe(403);
  });
});

describe("staff confirming coordinators", () => {
  it("lists waiting coordinators first and confirms one, with an audit entry", async () => {
    const staff = await staffMember();
    const teacher = await person("neu@lycee.example", "COORDINATOR", { displayName: "Anne Prof", locale: "fr" });
    const school = await db().school.findUniqueOrThrow({ where: { key: "lp-industrie-rouen" } });
    await db().coordinatorProfile.create({ data: { userId: teacher.id, schoolId: school.id } });
    await coordinatorOf("bbs-1-hannover", "lehrer@bbs.example");

    const listed = await coordinatorsStaffLoader(routeArgs("/fr/staff/coordinators", staff.cookie));
    expect(listed.coordinators.map((row) => [row.name, row.confirmedOn === null])).toEqual([
      ["Anne Prof", true],
      ["lehrer", false],
    ]);

    const done = await redirectOf(
      coordinatorsStaffAction(
        routeArgs("/fr/staff/coordinators", staff.cookie, { intent: "confirm", coordinatorId: teacher.id }),
      ),
    );
    expect(done).toBe("/fr/staff/coordinators?done=confirm");
    expect(
      (await db().coordinatorProfile.findUniqueOrThrow({ where: { userId: teacher.id } })).verifiedAt,
    ).not.toBeNull();
    expect(await db().auditLogEntry.findMany({ select: { action: true, targetId: true } })).toEqual([
      { action: "coordinators.confirm", targetId: teacher.id },
    ]);
    expect(await queuedMails()).toEqual([
      expect.objectContaining({
        template: "coordinator-confirmed",
        to: "neu@lycee.example",
        language: "fr",
        data: expect.objectContaining({ schoolName: expect.stringContaining("Rouen") }),
      }),
    ]);
  });

  it("refuses everyone but staff", async () => {
    const teacher = await coordinatorOf("bbs-1-hannover", "lehrer@bbs.example");
    const response = await thrownResponse(
      coordinatorsStaffAction(
        routeArgs("/de/staff/coordinators", teacher.cookie, { intent: "confirm", coordinatorId: teacher.id }),
      ),
    );
    expect(response.status).toBe(403);
  });
});

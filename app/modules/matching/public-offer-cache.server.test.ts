import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { companyWithOwner } from "../../../test/support/company-fixtures";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { publishedOffer } from "../../../test/support/student-fixtures";
import { publicMatchOffers } from "./public-offer-cache.server";

beforeEach(resetAccountsAndQueue);

const ids = async () => [...(await publicMatchOffers())].map((offer) => offer.id).sort();

describe("the public offers matching keeps in memory", () => {
  it("follows publications, edits, unpublished offers and companies that lose their verification", async () => {
    const weber = await companyWithOwner("Weber Mechatronik", "chef@weber.example");
    const first = await publishedOffer(weber.id);
    expect(await ids()).toEqual([first.id]);

    // Published after the first look: found by the next one.
    const second = await publishedOffer(weber.id, { fields: ["metal"], languageLevel: "B1" });
    expect(await ids()).toEqual([first.id, second.id].sort());

    // An edit shows in the facts matching reads.
    await db().offer.update({ where: { id: second.id }, data: { languageLevel: "A1" } });
    expect([...(await publicMatchOffers())].find((offer) => offer.id === second.id)?.languageLevel).toBe("A1");

    // Taken offline for an edit (the workflow writes with updateMany): gone.
    await db().offer.updateMany({ where: { id: first.id, status: "PUBLISHED" }, data: { status: "DRAFT" } });
    expect(await ids()).toEqual([second.id]);

    // The company's verification withdrawn: all of its offers are gone.
    await db().company.update({ where: { id: weber.id }, data: { status: "REJECTED" } });
    expect(await ids()).toEqual([]);
  });

  it("carries each offer's fields, periods and place", async () => {
    const weber = await companyWithOwner("Weber Mechatronik", "chef@weber.example");
    const offer = await publishedOffer(weber.id, {
      fields: ["mechatronics", "electrical"],
      periods: [
        { startsOn: "2027-05-03", endsOn: "2027-06-25", places: 2 },
        { startsOn: "2027-09-06", endsOn: "2027-10-01", places: 1 },
      ],
    });
    const [cached] = [...(await publicMatchOffers())];
    expect(cached).toMatchObject({
      id: offer.id,
      country: "DE",
      languageLevel: "A2",
      minAge: 16,
      accommodation: "PROVIDED",
      place: { latitude: 52.423, longitude: 10.787 },
    });
    expect([...cached!.fields].sort()).toEqual(["electrical", "mechatronics"]);
    expect(cached!.periods.map((period) => [period.startsOn, period.endsOn]).sort()).toEqual([
      ["2027-05-03", "2027-06-25"],
      ["2027-09-06", "2027-10-01"],
    ]);
  });
});

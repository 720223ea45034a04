import { describe, expect, it } from "vitest";
import {
  isEditable,
  isPublic,
  OFFER_STATUSES,
  showsReviewComment,
  transition,
  waitsForCompanyVerification,
  type Actor,
  type OfferAction,
} from "./offer-workflow";
import { allowedOfferMove } from "../../../test/support/offer-moves";

/** Who may ever take each action, whatever the status: anyone else is told "not yours". */
const ACTORS_OF: Record<OfferAction, Actor[]> = {
  submit: ["company"],
  withdraw: ["company"],
  edit: ["company"],
  publish: ["staff"],
  requestChanges: ["staff"],
  reject: ["staff"],
  fill: ["company"],
  reopen: ["company"],
  expire: ["system"],
  renew: ["company"],
  archive: ["company", "staff"],
};

const ACTIONS = Object.keys(ACTORS_OF) as OfferAction[];
const ACTORS: Actor[] = ["company", "staff", "system"];

/**
 * Every status × action × actor against the moves written out in test/support/offer-moves.ts,
 * independently of the MOVES table: a change to the table that the product did not decide on
 * fails this test.
 */
describe("the offer workflow table", () => {
  const cases = OFFER_STATUSES.flatMap((from) =>
    ACTIONS.flatMap((action) => ACTORS.map((actor) => ({ from, action, actor }))),
  );

  it.each(cases)("$from --$action by $actor", ({ from, action, actor }) => {
    const to = allowedOfferMove(from, action, actor);
    const result = transition(from, action, actor);
    if (to) {
      expect(result).toEqual({ ok: true, to });
    } else {
      const reason = ACTORS_OF[action].includes(actor) ? "notAllowed" : "notYours";
      expect(result).toEqual({ ok: false, reason });
    }
  });

  it("lets nothing leave ARCHIVED or REJECTED except archiving a rejected offer", () => {
    const leaving = cases.filter(
      (c) => (c.from === "ARCHIVED" || c.from === "REJECTED") && transition(c.from, c.action, c.actor).ok,
    );
    expect(leaving.map((c) => `${c.from} ${c.action} ${c.actor}`)).toEqual([
      "REJECTED archive company",
      "REJECTED archive staff",
    ]);
  });
});

describe("what each status means for the company and the public", () => {
  it("lets the company change text only in a draft or after staff asked for changes", () => {
    expect(OFFER_STATUSES.filter(isEditable)).toEqual(["DRAFT", "CHANGES_REQUESTED"]);
  });

  it("shows the moderators' comment only when it asks something of the company", () => {
    expect(OFFER_STATUSES.filter(showsReviewComment)).toEqual(["CHANGES_REQUESTED", "REJECTED"]);
  });

  it("holds unreviewed states back until the company is verified", () => {
    expect(OFFER_STATUSES.filter(waitsForCompanyVerification)).toEqual(["DRAFT", "SUBMITTED", "CHANGES_REQUESTED"]);
  });

  it("makes an offer public only when it is published by a verified company", () => {
    const publicOnes = OFFER_STATUSES.flatMap((status) =>
      ["PENDING", "VERIFIED", "REJECTED"]
        .filter((companyStatus) => isPublic({ status, company: { status: companyStatus } }))
        .map((companyStatus) => `${status}/${companyStatus}`),
    );
    expect(publicOnes).toEqual(["PUBLISHED/VERIFIED"]);
  });
});

import { describe, expect, it } from "vitest";
import { newBlock, parityGaps, allowsFrancoGermanDay, type EditionBlock } from "./edition-blocks";
import {
  canApprove,
  canCancel,
  canEdit,
  canPause,
  canResume,
  canSchedule,
  type Decision,
  type EditionStatus,
} from "./edition-workflow";

const editorial = (de: string, fr: string): EditionBlock => ({
  id: "intro",
  kind: "editorial",
  de: { title: "", markdown: de },
  fr: { title: "", markdown: fr },
});

describe("the parity check", () => {
  it("lists each written block and subject missing in one language", () => {
    const gaps = parityGaps({
      subjectDe: "",
      subjectFr: "Décembre",
      blocks: [editorial("", "Bonjour"), newBlock("offers", "offers"), editorial("Hallo", "Bonjour")],
    });
    expect(gaps).toEqual([
      { where: "subject", kind: "subject", position: 0, missing: ["de"] },
      { where: "intro", kind: "editorial", position: 1, missing: ["de"] },
    ]);
  });

  it("finds nothing missing when both languages are there, and provided blocks need no text", () => {
    expect(
      parityGaps({ subjectDe: "Dezember", subjectFr: "Décembre", blocks: [editorial("Hallo", "Bonjour")] }),
    ).toEqual([]);
  });

  it("offers the 22 January block in December and January only", () => {
    expect(allowsFrancoGermanDay("2026-12")).toBe(true);
    expect(allowsFrancoGermanDay("2027-01")).toBe(true);
    expect(allowsFrancoGermanDay("2026-11")).toBe(false);
  });
});

describe("approval and scheduling", () => {
  const complete = [] as const;
  it("needs a second staff member and both languages", () => {
    const edition = { status: "DRAFT" as const, authorId: "anna" };
    expect(canApprove(edition, "anna", [...complete])).toEqual({ ok: false, reason: "ownEdition" });
    expect(canApprove(edition, "paul", [{ where: "subject", kind: "subject", position: 0, missing: ["de"] }])).toEqual({
      ok: false,
      reason: "parity",
    });
    expect(canApprove(edition, "paul", [...complete])).toEqual({ ok: true });
  });

  it("schedules only an approved edition, and never edits one that was released", () => {
    const now = new Date("2026-12-01T08:00:00Z");
    expect(canSchedule({ status: "DRAFT" }, now, now)).toEqual({ ok: false, reason: "notApproved" });
    expect(canSchedule({ status: "APPROVED" }, now, now)).toEqual({ ok: true });
    expect(canEdit("SENDING")).toEqual({ ok: false, reason: "notEditable" });
    expect(canCancel("SENT")).toEqual({ ok: false, reason: "finished" });
  });
});

describe("what each state of an edition allows", () => {
  const states: EditionStatus[] = ["DRAFT", "APPROVED", "SCHEDULED", "SENDING", "PAUSED", "SENT", "CANCELLED"];
  const allowed = (decide: (status: EditionStatus) => Decision) => states.filter((status) => decide(status).ok);
  const now = new Date("2026-12-01T08:00:00Z");

  it("edits until released, pauses a sending one, resumes a paused one, cancels until finished", () => {
    expect(allowed(canEdit)).toEqual(["DRAFT", "APPROVED", "SCHEDULED"]);
    expect(allowed(canPause)).toEqual(["SENDING"]);
    expect(allowed(canResume)).toEqual(["PAUSED"]);
    expect(allowed(canCancel)).toEqual(["DRAFT", "APPROVED", "SCHEDULED", "SENDING", "PAUSED"]);
    expect([canPause("PAUSED"), canResume("SENDING"), canCancel("CANCELLED")]).toEqual([
      { ok: false, reason: "notSending" },
      { ok: false, reason: "notPaused" },
      { ok: false, reason: "finished" },
    ]);
  });

  it("approves a draft only, and schedules an approved or already scheduled one", () => {
    expect(allowed((status) => canApprove({ status, authorId: "anna" }, "paul", []))).toEqual(["DRAFT"]);
    expect(canApprove({ status: "APPROVED", authorId: "anna" }, "paul", [])).toEqual({ ok: false, reason: "notDraft" });
    expect(allowed((status) => canSchedule({ status }, now, now))).toEqual(["APPROVED", "SCHEDULED"]);
  });

  it("refuses a time in the past, with a minute's grace for the form's own clock", () => {
    const at = (seconds: number) => canSchedule({ status: "APPROVED" }, new Date(now.getTime() + seconds * 1000), now);
    expect([at(-60), at(-61), at(3600)]).toEqual([{ ok: true }, { ok: false, reason: "pastDate" }, { ok: true }]);
  });
});

import { describe, expect, it } from "vitest";
import { EngineGate } from "./engine-gate";

function gateWithClock() {
  const clock = { now: 1_000_000 };
  const gate = new EngineGate({ now: () => clock.now, pauseMs: 30_000 });
  const questions: number[] = [];
  const answering = (filled: boolean) => async () => {
    questions.push(clock.now);
    return filled;
  };
  return { clock, gate, questions, answering };
}

describe("EngineGate", () => {
  it("pauses Meilisearch for 30 s after a failure, then lets one search try again", async () => {
    const { clock, gate, answering } = gateWithClock();
    const yes = answering(true);
    expect(await gate.allows(yes)).toBe(true);
    expect(gate.noteFailure()).toBe(true);
    expect(await gate.allows(yes)).toBe(false);
    clock.now += 29_999;
    expect(await gate.allows(yes)).toBe(false);
    clock.now += 1;
    expect(gate.paused).toBe(false);
    expect(await gate.allows(yes)).toBe(true);
  });

  it("reports a pause once, however many searches under way fail during it", () => {
    const { clock, gate } = gateWithClock();
    expect(gate.noteFailure()).toBe(true);
    clock.now += 5_000;
    expect(gate.noteFailure()).toBe(false);
    expect(gate.noteFailure()).toBe(false);
    // Late failures do not prolong the pause.
    clock.now += 25_000;
    expect(gate.paused).toBe(false);
    expect(gate.noteFailure()).toBe(true);
  });

  it("reports a recovery once, after the pause", () => {
    const { clock, gate } = gateWithClock();
    expect(gate.noteSuccess()).toBe(false);
    gate.noteFailure();
    // A search that was under way when the pause began.
    expect(gate.noteSuccess()).toBe(false);
    clock.now += 30_000;
    expect(gate.noteSuccess()).toBe(true);
    expect(gate.noteSuccess()).toBe(false);
  });

  it("asks whether Meilisearch is filled at most once per 30 s until it is, then keeps the yes", async () => {
    const { clock, gate, questions, answering } = gateWithClock();
    expect(await gate.allows(answering(false))).toBe(false);
    clock.now += 10_000;
    expect(await gate.allows(answering(true))).toBe(false);
    expect(questions).toHaveLength(1);
    clock.now += 20_000;
    expect(await gate.allows(answering(true))).toBe(true);
    expect(gate.filled).toBe(true);
    clock.now += 60_000;
    expect(await gate.allows(answering(false))).toBe(true);
    expect(questions).toHaveLength(2);
  });

  it("asks again whether Meilisearch is filled after a failure: it may have come back empty", async () => {
    const { clock, gate, questions, answering } = gateWithClock();
    expect(await gate.allows(answering(true))).toBe(true);
    gate.noteFailure();
    clock.now += 30_000;
    expect(await gate.allows(answering(false))).toBe(false);
    expect(questions).toHaveLength(2);
  });

  it("sends searches that arrive during the question to PostgreSQL instead of waiting", async () => {
    const { gate } = gateWithClock();
    let answer: (filled: boolean) => void = () => {};
    const first = gate.allows(() => new Promise<boolean>((resolve) => (answer = resolve)));
    expect(await gate.allows(async () => true)).toBe(false);
    answer(true);
    expect(await first).toBe(true);
  });

  it("does not ask whether Meilisearch is filled during a pause", async () => {
    const { clock, gate, questions, answering } = gateWithClock();
    gate.noteFailure();
    expect(await gate.allows(answering(true))).toBe(false);
    expect(questions).toEqual([]);
    clock.now += 30_000;
    expect(await gate.allows(answering(true))).toBe(true);
  });

  it("takes a filled Meilisearch from elsewhere (health) without asking", async () => {
    const { gate, questions, answering } = gateWithClock();
    gate.noteFilled();
    expect(await gate.allows(answering(false))).toBe(true);
    expect(questions).toEqual([]);
  });
});

import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { clockShiftMs, daysUntil } from "./clock";

/** Runs a few lines in a fresh Node process with the given environment; returns what it printed. */
function inProcess(env: Record<string, string>, code: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
    env: { ...process.env, VITEST: "", ...env },
    encoding: "utf8",
  });
}

/** The machine's date, also when this suite itself runs with the clock moved. */
const realToday = () => new Date(Date.now() - clockShiftMs()).toISOString().slice(0, 10);

const PRINT_CLOCK = `
  await import("./app/utils/clock-from-env.ts");
  const { clockShiftMs } = await import("./app/utils/clock.ts");
  console.log(JSON.stringify({
    today: new Date().toISOString().slice(0, 10),
    nowToday: new Date(Date.now()).toISOString().slice(0, 10),
    epoch: new Date(0).toISOString(),
    parsed: new Date("2027-01-22T10:00:00Z").toISOString(),
    isDate: new Date() instanceof Date && new Date(5).constructor === Date && !(new Date(5) instanceof Map),
    called: typeof Date(),
    real: new Date(Date.now() - clockShiftMs()).toISOString().slice(0, 10),
  }));`;

describe("the clock", () => {
  it("counts whole days to a date and refuses what is not one", () => {
    const real = new Date("2026-12-06T23:30:00Z");
    expect(daysUntil("2026-12-06", real)).toBe(0);
    expect(daysUntil("2028-06-06", real)).toBe(548);
    expect(daysUntil("2026-11-26", real)).toBe(-10);
    expect(daysUntil("2027-02-30", real)).toBeNull();
    expect(daysUntil("next year", real)).toBeNull();
  });

  it("moves the whole process to ANTENNE_TODAY and leaves explicit dates alone", () => {
    const run = inProcess({ ANTENNE_TODAY: "2028-06-06", APP_ENV: "local" }, PRINT_CLOCK);
    expect(run.stderr).toContain("ANTENNE_TODAY=2028-06-06");
    const seen = JSON.parse(run.stdout);
    // Around midnight UTC the real day may turn during the run; the clock keeps the real time of day.
    expect(["2028-06-06", "2028-06-07"]).toContain(seen.today);
    expect(seen.nowToday).toBe(seen.today);
    expect(seen.epoch).toBe("1970-01-01T00:00:00.000Z");
    expect(seen.parsed).toBe("2027-01-22T10:00:00.000Z");
    expect(seen.isDate).toBe(true);
    expect(seen.called).toBe("string");
    expect(seen.real).toBe(realToday());
  });

  it("is the machine's date when unset", () => {
    const run = inProcess({ ANTENNE_TODAY: "" }, PRINT_CLOCK);
    expect(JSON.parse(run.stdout).today).toBe(realToday());
  });

  it("is refused in production, before the server starts", () => {
    const run = inProcess({ ANTENNE_TODAY: "2028-06-06", APP_ENV: "production" }, PRINT_CLOCK);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("refused with APP_ENV=production");
  });
});

/**
 * The slot of the financial annex for "programmes this placement may be eligible for". The
 * programmes module (another issue) provides the answer; until it is wired in, the annex says that
 * nothing is known yet. The lead wires it with `provideEligibleProgrammes` at start-up.
 */
export interface EligibleProgramme {
  nameDe: string;
  nameFr: string;
  noteDe?: string;
  noteFr?: string;
}

/** What the programmes module is told about a placement. */
export interface PlacementFacts {
  learnerCountry: string;
  learnerStatus: string;
  learnerAgeOnFirstDay: number | null;
  startsOn: string;
  endsOn: string;
  hostCountry: string;
}

export type EligibleProgrammesProvider = (placement: PlacementFacts) => Promise<EligibleProgramme[]>;

let provider: EligibleProgrammesProvider = () => Promise.resolve([]);

export function provideEligibleProgrammes(next: EligibleProgrammesProvider): void {
  provider = next;
}

export function eligibleProgrammes(placement: PlacementFacts): Promise<EligibleProgramme[]> {
  return provider(placement);
}

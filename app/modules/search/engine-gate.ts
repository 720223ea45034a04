/**
 * Decides, per process, whether a search may ask Meilisearch or should go straight to
 * PostgreSQL. Pure: the clock and the "is Meilisearch filled?" question are handed in.
 *
 * - After a failed Meilisearch request it pauses Meilisearch for `pauseMs`, so a server that hangs
 *   costs one timeout per pause instead of one per search.
 * - Until Meilisearch is known to hold the offers it asks `isFilled` at most once per `pauseMs`;
 *   a yes is kept until the next failure (after which the server may have come back empty).
 */
export const ENGINE_PAUSE_MS = 30_000;

export interface EngineGateOptions {
  now?: () => number;
  pauseMs?: number;
}

export class EngineGate {
  readonly #now: () => number;
  readonly #pauseMs: number;
  #pausedUntil = Number.NEGATIVE_INFINITY;
  #nextFillCheck = Number.NEGATIVE_INFINITY;
  #filled = false;
  /** Failed since the last answer: the next answer ends a degradation. */
  #failing = false;

  constructor({ now = Date.now, pauseMs = ENGINE_PAUSE_MS }: EngineGateOptions = {}) {
    this.#now = now;
    this.#pauseMs = pauseMs;
  }

  get paused(): boolean {
    return this.#now() < this.#pausedUntil;
  }

  get filled(): boolean {
    return this.#filled;
  }

  /**
   * Whether to ask Meilisearch now. Searches that arrive while `isFilled` is being answered go to
   * PostgreSQL rather than wait; an error from `isFilled` is the caller's to report as a failure.
   */
  async allows(isFilled: () => Promise<boolean>): Promise<boolean> {
    if (this.paused) return false;
    if (this.#filled) return true;
    if (this.#now() < this.#nextFillCheck) return false;
    this.#nextFillCheck = this.#now() + this.#pauseMs;
    if (await isFilled()) this.#filled = true;
    // A failure while the question was out paused Meilisearch meanwhile.
    return this.#filled && !this.paused;
  }

  /** Meilisearch is known to hold the offers (e.g. health asked it). */
  noteFilled(): void {
    this.#filled = true;
  }

  /**
   * A Meilisearch request failed. Returns whether this starts a pause (log it then); failures of
   * requests that were already under way neither log again nor prolong the pause.
   */
  noteFailure(): boolean {
    this.#failing = true;
    this.#filled = false;
    if (this.paused) return false;
    this.#pausedUntil = this.#now() + this.#pauseMs;
    return true;
  }

  /** Meilisearch answered. Returns whether it had failed before and the pause is over (log the recovery then). */
  noteSuccess(): boolean {
    if (this.paused) return false;
    const recovered = this.#failing;
    this.#failing = false;
    return recovered;
  }
}

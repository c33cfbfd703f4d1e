/**
 * The throttle behind createCorpus's and loadCorpus's `onProgress`: a stage
 * reports when its count has moved by a step (a 256th of its total, or a fixed
 * amount when the total is unknown), so that a stage of a million records makes
 * a few hundred calls, and a loop pays one comparison per record.
 */
import type { CorpusProgress } from '../../createCorpus.js';

/** How many reports a stage of known size makes at most, besides its last. */
const REPORTS_PER_STAGE = 256;

/** The calls of one stage to an `onProgress` callback. */
export class StageProgress {
  readonly #report: (progress: CorpusProgress) => void;
  readonly #stage: CorpusProgress['stage'];
  readonly #total: number | undefined;
  readonly #step: number;
  #next = 0;

  /**
   * @param report - The user's callback; what it throws ends the build.
   * @param stage - The stage this reports.
   * @param total - The stage's total, when known.
   * @param unknownStep - The step when the total is unknown.
   */
  constructor(
    report: (progress: CorpusProgress) => void,
    stage: CorpusProgress['stage'],
    total: number | undefined,
    unknownStep = 1,
  ) {
    this.#report = report;
    this.#stage = stage;
    this.#total = total;
    this.#step = total === undefined ? unknownStep : Math.max(1, Math.ceil(total / REPORTS_PER_STAGE));
  }

  /** Reports `done` if it has moved a step since the last report (the first call always reports). */
  tick(done: number): void {
    if (done >= this.#next) {
      this.#next = done + this.#step;
      this.#report({ stage: this.#stage, done, total: this.#total });
    }
  }

  /**
   * The stage's last report, where `done` is the total: the final count, even where the total
   * was unknown or differs (a file that changed size while it was read).
   */
  end(done: number): void {
    this.#report({ stage: this.#stage, done, total: done });
  }
}

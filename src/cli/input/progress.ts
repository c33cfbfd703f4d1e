/**
 * The progress line a long read draws on stderr: records read, records per
 * second, and, where the input's size is known, how far it is and an ETA. It
 * is drawn only on a terminal, only once more than {@link PROGRESS_AFTER}
 * records have been read, and at most every {@link REDRAW_MS} of the clock
 * that `Io` gives, so that tests can drive it with a clock of their own.
 */
import type { Io } from '../io.js';

/** The progress line appears once more records than this have been read. */
export const PROGRESS_AFTER = 10_000;
/** The least time between two redraws, in milliseconds of `io.now()`. */
export const REDRAW_MS = 100;
/** The clock is read once every this many records, not at each one. */
export const CLOCK_EVERY = 1_000;

/** Goes to the start of the line and clears it: the line is drawn over, and wiped when done. */
const CLEAR = '\r\u001B[K';

const numbers = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A count as the progress line writes it: rounded, with thousands separated by commas. */
export const formatCount = (value: number): string => numbers.format(value);

/** A duration in seconds, for the ETA: `45s`, `3m 05s`, `2h 07m`. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  if (whole < 60) {
    return `${whole}s`;
  }
  const pad = (value: number): string => String(value).padStart(2, '0');
  if (whole < 3_600) {
    return `${Math.floor(whole / 60)}m ${pad(whole % 60)}s`;
  }
  return `${Math.floor(whole / 3_600)}h ${pad(Math.floor((whole % 3_600) / 60))}m`;
}

/** The progress line of one input. */
export class Progress {
  readonly #io: Io;
  readonly #label: string;
  readonly #start: number;
  #drawnAt = -Infinity;
  #drawn = false;

  /**
   * @param io - Where to draw, whether stderr is a terminal, and the clock.
   * @param label - The input, as messages name it.
   */
  constructor(io: Io, label: string) {
    this.#io = io;
    this.#label = label;
    this.#start = io.stderrIsTerminal ? io.now() : 0;
  }

  /**
   * Notes that `records` have been read, `done` of `total` units of the input
   * (bytes of a file, or records of an array whose length is known; `total`
   * is `undefined` when the size is unknown), and redraws when it is time.
   */
  update(records: number, done: number, total: number | undefined): void {
    if (!this.#io.stderrIsTerminal || records <= PROGRESS_AFTER || records % CLOCK_EVERY !== 0) {
      return;
    }
    const now = this.#io.now();
    if (now - this.#drawnAt < REDRAW_MS) {
      return;
    }
    this.#drawnAt = now;
    const seconds = (now - this.#start) / 1_000;
    const parts = [`${formatCount(records)} records`];
    if (seconds > 0) {
      parts.push(`${formatCount(records / seconds)}/s`);
    }
    if (total !== undefined && total > 0 && done > 0) {
      parts.push(`${Math.floor((100 * Math.min(done, total)) / total)}%`);
      if (seconds > 0) {
        parts.push(`ETA ${formatDuration((seconds * (total - Math.min(done, total))) / done)}`);
      }
    }
    this.#draw(`Reading ${this.#label}: ${parts.join(', ')}`);
  }

  /** Replaces the line with `text` at once, if a line is shown: a phase after the reading, such as the checks. */
  status(text: string): void {
    if (this.#drawn) {
      this.#draw(text);
    }
  }

  /** Wipes the line, if one was drawn, so that what follows starts on a clean line. */
  clear(): void {
    if (this.#drawn) {
      this.#io.stderr(CLEAR);
      this.#drawn = false;
    }
  }

  #draw(text: string): void {
    this.#io.stderr(`${CLEAR}${text}`);
    this.#drawn = true;
  }
}

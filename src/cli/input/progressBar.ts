/**
 * The progress bar that `--data` draws on stderr while `loadCorpus` reads, validates and
 * indexes an NDJSON input, from its `onProgress` reports: the stage, a bar, the share, how
 * much of how much, and an ETA. It is drawn only on a terminal, only once the load has run
 * for {@link BAR_AFTER_MS} (a small input draws nothing), at most every {@link REDRAW_MS}
 * (and at each new stage), by the clock that `Io` gives, so that tests drive it with their own.
 */
import type { CorpusProgress } from '../../createCorpus.js';
import type { Io } from '../io.js';
import { formatCount, formatDuration, REDRAW_MS } from './progress.js';

export { REDRAW_MS };

/** Nothing is drawn before the load has run this long, in milliseconds of `io.now()`. */
export const BAR_AFTER_MS = 250;

/** The bar's width in characters, between its brackets. */
export const BAR_WIDTH = 20;

/** Goes to the start of the line and clears it: the line is drawn over, and wiped when done. */
const CLEAR = '\r\u001B[K';

/** What each stage is called on the line. */
const VERBS: Readonly<Record<CorpusProgress['stage'], string>> = {
  read: 'Reading',
  validate: 'Validating',
  index: 'Indexing',
};

const megabytes = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Bytes as the bar writes them: in MB (10^6 bytes), with one decimal. */
export const formatMegabytes = (bytes: number): string => `${megabytes.format(bytes / 1e6)} MB`;

/** The progress bar of one input's load. */
export class ProgressBar {
  readonly #io: Io;
  readonly #label: string;
  readonly #size: number | undefined;
  readonly #start: number;
  #stage: CorpusProgress['stage'] | undefined;
  #stageStart = 0;
  #drawnAt = -Infinity;
  #drawn = false;

  /**
   * @param io - Where to draw, whether stderr is a terminal, and the clock.
   * @param label - The input, as messages name it.
   * @param size - The input's size in bytes, when known (a file), for the reading stage of a stream.
   */
  constructor(io: Io, label: string, size: number | undefined) {
    this.#io = io;
    this.#label = label;
    this.#size = size;
    this.#start = io.stderrIsTerminal ? io.now() : 0;
  }

  /** Hears one report of `onProgress`, and redraws when it is time. */
  readonly update = (progress: CorpusProgress): void => {
    if (!this.#io.stderrIsTerminal) {
      return;
    }
    const now = this.#io.now();
    const newStage = progress.stage !== this.#stage;
    if (newStage) {
      this.#stage = progress.stage;
      this.#stageStart = now;
    }
    if (now - this.#start < BAR_AFTER_MS || (!newStage && now - this.#drawnAt < REDRAW_MS)) {
      return;
    }
    this.#drawnAt = now;
    this.#draw(this.#line(progress, (now - this.#stageStart) / 1_000));
  };

  /** Wipes the line, if one was drawn, so that what follows starts on a clean line. */
  clear(): void {
    if (this.#drawn) {
      this.#io.stderr(CLEAR);
      this.#drawn = false;
    }
  }

  /** The text of the line for `progress`, `seconds` into its stage. */
  #line({ stage, done, total: given }: CorpusProgress, seconds: number): string {
    const total = given ?? (stage === 'read' ? this.#size : undefined);
    const amount = (value: number): string =>
      stage === 'read' ? formatMegabytes(value) : `${formatCount(value)} records`;
    const head = `${VERBS[stage]} ${this.#label}`;
    if (total === undefined) {
      return `${head}: ${amount(done)}`;
    }
    const share = total === 0 ? 1 : Math.min(done, total) / total;
    const filled = Math.floor(share * BAR_WIDTH);
    const parts = [
      `${head} [${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${Math.floor(share * 100)}%`,
      `${amount(done)} of ${amount(total)}`.replace(/ MB of /, ' of ').replace(/ records of /, ' of '),
    ];
    if (done > 0 && done < total && seconds > 0) {
      parts.push(`ETA ${formatDuration((seconds * (total - done)) / done)}`);
    }
    return parts.join(', ');
  }

  #draw(text: string): void {
    this.#io.stderr(`${CLEAR}${text}`);
    this.#drawn = true;
  }
}

/** Where the command line reads and writes, and the output helpers its commands share. */
import type { ByteSource } from './input/byteSource.js';

/** Where the command writes and reads: the process's streams and clock, or buffers and a fake clock in tests. */
export interface Io {
  readonly stdout: (chunk: string | Uint8Array) => void;
  readonly stderr: (chunk: string) => void;
  /** Whether stdout is a terminal, where binary output is refused and tables are fit to `columns`. */
  readonly stdoutIsTerminal: boolean;
  /** The terminal's width in columns, when stdout is a terminal that reports one. */
  readonly columns: number | undefined;
  /** Whether stderr is a terminal: the only place a progress line is drawn. */
  readonly stderrIsTerminal: boolean;
  /** Milliseconds on a monotonic clock: the progress line's rate, ETA and redraw throttle read it. */
  readonly now: () => number;
  /** Standard input, which a `--data -` (or `--entities -`, `--topics -`) reads. */
  readonly stdin: ByteSource;
}

/** The width tables must fit: the terminal's; none for a pipe or a file, which get every character. */
export const tableWidth = (io: Io): number | undefined =>
  io.stdoutIsTerminal && io.columns !== undefined && io.columns > 0 ? io.columns : undefined;

/** `value` as the command line prints JSON: indented by two spaces, with a final newline. */
export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

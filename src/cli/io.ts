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
  /**
   * Whether the user asked for no ANSI styles: NO_COLOR set to anything but the empty
   * string (https://no-color.org), or TERM=dumb. Only a terminal gets styles anyway.
   */
  readonly noColor: boolean;
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

/**
 * Whether stdout takes ANSI styles, such as a search match in bold reverse video: a terminal
 * whose user has not opted out. A pipe or a file never gets them, so its text stays plain.
 */
export const styled = (io: Io): boolean => io.stdoutIsTerminal && !io.noColor;

/** `value` as the command line prints JSON: indented by two spaces, with a final newline. */
export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

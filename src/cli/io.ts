/** Where the command line writes, and the output helpers its commands share. */

/** Where the command writes: stdout and stderr, or buffers in tests. */
export interface Io {
  readonly stdout: (chunk: string | Uint8Array) => void;
  readonly stderr: (chunk: string) => void;
  /** Whether stdout is a terminal, where binary output is refused and tables are fit to `columns`. */
  readonly stdoutIsTerminal: boolean;
  /** The terminal's width in columns, when stdout is a terminal that reports one. */
  readonly columns: number | undefined;
}

/** The width tables must fit: the terminal's; none for a pipe or a file, which get every character. */
export const tableWidth = (io: Io): number | undefined =>
  io.stdoutIsTerminal && io.columns !== undefined && io.columns > 0 ? io.columns : undefined;

/** `value` as the command line prints JSON: indented by two spaces, with a final newline. */
export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** An `Io` for running the command line in the test's own process: buffers for its output, a clock and a stdin of the test's. */
import type { ByteSource } from '../../src/cli/input/byteSource.js';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

/** The bytes of `bytes`, as standard input: a pipe, so its size is unknown. */
export function memorySource(bytes: Uint8Array): ByteSource {
  let at = 0;
  return {
    read(into) {
      const count = Math.min(into.length, bytes.length - at);
      into.set(bytes.subarray(at, at + count));
      at += count;
      return count;
    },
    size: () => undefined,
  };
}

/** How the in-process run is set up; everything is a pipe with no input, unless said. */
export interface RunOptions {
  /** stdout is a terminal of this many columns. */
  readonly columns?: number | undefined;
  /** stdout is a terminal, whatever `columns` says. */
  readonly stdoutIsTerminal?: boolean;
  /** The user asked for no ANSI styles (NO_COLOR or TERM=dumb). */
  readonly noColor?: boolean;
  /** stderr is a terminal, where progress is drawn. */
  readonly stderrIsTerminal?: boolean;
  /** What standard input holds. */
  readonly stdin?: string | Uint8Array;
  /** The clock; by default one that never moves. */
  readonly now?: () => number;
}

/** What an in-process run wrote, and its exit code. */
export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

/** Runs `main` in this process with buffers for stdout and stderr. */
export async function runMain(argv: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const input = options.stdin ?? '';
  const io: Io = {
    stdout: (chunk) => {
      stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('latin1');
    },
    stderr: (chunk) => {
      stderr += chunk;
    },
    stdoutIsTerminal: options.stdoutIsTerminal ?? options.columns !== undefined,
    columns: options.columns,
    noColor: options.noColor ?? false,
    stderrIsTerminal: options.stderrIsTerminal ?? false,
    now: options.now ?? (() => 0),
    stdin: memorySource(typeof input === 'string' ? Buffer.from(input) : input),
  };
  const status = await main(argv, io);
  return { stdout, stderr, status };
}

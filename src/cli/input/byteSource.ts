/**
 * The bytes an input flag reads, as a synchronous source: a file, or standard
 * input. The command line stays synchronous (a command's `run` returns when
 * it is done), so input is read with `fs.readSync` in chunks rather than
 * through a stream: a large NDJSON file is never held whole in memory.
 */
import { closeSync, fstatSync, readSync } from 'node:fs';

/** Bytes to read, in order: a file or a pipe. */
export interface ByteSource {
  /**
   * Reads the next bytes into `into`, from its start.
   *
   * @returns How many bytes were read: 0 at the end of the input, and only there.
   */
  read(into: Uint8Array): number;
  /** The input's size in bytes, when it is a regular file; `undefined` for a pipe or a terminal. */
  size(): number | undefined;
}

/** An owned source that must be closed once read. */
export interface ClosableSource extends ByteSource {
  /** Releases the file descriptor. */
  close(): void;
}

// A sleep for a synchronous reader: waits on a value nothing ever changes, for up to the timeout.
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** The time to wait before reading again from a non-blocking pipe that had nothing yet. */
const RETRY_MS = 5;

/**
 * The bytes of file descriptor `fd`, read with `fs.readSync`.
 *
 * A pipe that another process opened non-blocking answers EAGAIN when it has
 * nothing yet, which is not the end of the input: the read waits a moment
 * and tries again. Windows reports the end of a pipe as an EOF error.
 */
export function fdSource(fd: number): ClosableSource {
  let size: number | null | undefined;
  return {
    read(into) {
      for (;;) {
        try {
          return readSync(fd, into, 0, into.length, null);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EOF') {
            return 0;
          }
          if (code !== 'EAGAIN') {
            throw error;
          }
          Atomics.wait(sleeper, 0, 0, RETRY_MS);
        }
      }
    },
    size() {
      if (size === undefined) {
        const stats = fstatSync(fd);
        size = stats.isFile() ? stats.size : null;
      }
      return size ?? undefined;
    },
    close() {
      closeSync(fd);
    },
  };
}

/** `source` with `prefix`, bytes already taken from it, given back first. */
export function withPrefix(prefix: Uint8Array, source: ByteSource): ByteSource {
  let rest = prefix;
  return {
    read(into) {
      if (rest.length === 0) {
        return source.read(into);
      }
      const count = Math.min(into.length, rest.length);
      into.set(rest.subarray(0, count));
      rest = rest.subarray(count);
      return count;
    },
    size: () => source.size(),
  };
}

#!/usr/bin/env node
// The `ru-tj-news` bin: runs the command line on the process's arguments.
import { fdSource } from './cli/input/byteSource.js';
import { main } from './cli/main.js';

// A reader that stops early (`ru-tj-news list --format json | head`) closes the pipe, and the next
// write fails with EPIPE. That is not an error, as for cat and jq: stop writing, and leave the exit
// code to the command. Any other write error is thrown, as Node would throw it.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') {
    throw error;
  }
});

// Node's types say isTTY is a boolean, but it is undefined, not false, when the stream is a pipe or a file.
const stdoutIsTerminal = (process.stdout.isTTY as boolean | undefined) === true;
const stderrIsTerminal = (process.stderr.isTTY as boolean | undefined) === true;

process.exitCode = await main(process.argv.slice(2), {
  stdout: (chunk) => {
    // A stream that met EPIPE is destroyed; writing to it again is pointless.
    if (!process.stdout.destroyed) {
      process.stdout.write(chunk);
    }
  },
  stderr: (chunk) => process.stderr.write(chunk),
  stdoutIsTerminal,
  columns: stdoutIsTerminal ? process.stdout.columns : undefined,
  // NO_COLOR counts when it is set and not empty (https://no-color.org); a dumb terminal shows escapes as text.
  noColor: (process.env.NO_COLOR ?? '') !== '' || process.env.TERM === 'dumb',
  stderrIsTerminal,
  now: () => performance.now(),
  // Read with readSync on file descriptor 0, only when an input flag is given `-`.
  stdin: fdSource(0),
});

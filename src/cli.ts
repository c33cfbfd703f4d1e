#!/usr/bin/env node
// The `ru-tj-news` bin: runs the command line on the process's arguments.
import { main } from './cli/main.js';

process.exitCode = main(process.argv.slice(2), {
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
  stdoutIsTerminal: process.stdout.isTTY === true,
});

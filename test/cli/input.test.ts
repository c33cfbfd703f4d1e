/** The readers behind --data: input flags, lines read in chunks, and places in a JSON text. */
import { describe, expect, it } from 'vitest';

import { UsageError } from '../../src/cli/command.js';
import type { ByteSource } from '../../src/cli/input/byteSource.js';
import { inputFile } from '../../src/cli/input/inputFile.js';
import { arrayItemLine, errorPosition, lineAndColumn } from '../../src/cli/input/jsonPlace.js';
import { readJsonValues } from '../../src/cli/input/jsonValues.js';
import { CHUNK_BYTES, forEachLine } from '../../src/cli/input/lines.js';
import { Progress } from '../../src/cli/input/progress.js';
import { catchError } from '../support/catchError.js';

/** `bytes` handed out at most `step` at a time, as a slow pipe does. */
function trickle(bytes: Uint8Array, step: number): ByteSource {
  let at = 0;
  return {
    read(into) {
      const count = Math.min(step, into.length, bytes.length - at);
      into.set(bytes.subarray(at, at + count));
      at += count;
      return count;
    },
    size: () => bytes.length,
  };
}

/** The lines forEachLine gives for `text`, read `step` bytes at a time, with their numbers. */
function linesOf(text: string | Uint8Array, step: number): [string, number][] {
  const lines: [string, number][] = [];
  forEachLine(trickle(typeof text === 'string' ? Buffer.from(text) : text, step), 'x', (line, number) => {
    lines.push([line, number]);
  });
  return lines;
}

describe('inputFile', () => {
  it.each([
    ['-', undefined, '<stdin>', undefined],
    ['records.json', 'json', 'records.json', 'records.json'],
    ['dir.v2/records.NDJSON', 'ndjson', 'dir.v2/records.NDJSON', 'dir.v2/records.NDJSON'],
    ['records.jsonl', 'ndjson', 'records.jsonl', 'records.jsonl'],
  ] as const)('reads %s as %s', (value, format, label, filePath) => {
    expect(inputFile('data', value, 'records')).toEqual({ flag: 'data', path: filePath, label, format });
  });

  it.each(['', 'records', 'records.csv', 'records.json.gz', 'json', '.json/records', 'records.'] as const)(
    'refuses %o as a usage error that names the forms it takes',
    (value) => {
      const error = catchError(() => inputFile('entities', value, 'entities'));
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toBe(
        `Invalid --entities ${JSON.stringify(value)}: expected a .json file (an array of entities), an .ndjson or .jsonl file (one per line), or - for stdin`,
      );
    },
  );
});

describe('forEachLine', () => {
  const TEXTS = [
    ['lines with a final newline', 'أ\nبت\n\nث\n'],
    ['a last line without a newline', 'one\ntwo'],
    ['CRLF line ends, kept for JSON.parse to skip', 'a\r\nb\r\n'],
    ['Arabic, emoji and combining marks', 'مُوسْكُو،\n😀 x\nعَ'],
    ['nothing', ''],
    ['one newline', '\n'],
  ] as const;
  const STEPS = [1, 2, 3, 5, CHUNK_BYTES] as const;

  it.each(TEXTS.flatMap(([name, text]) => STEPS.map((step) => [name, step, text] as const)))(
    'gives every line of %s, read %i bytes at a time, numbered from 1',
    (_name, step, text) => {
      const expected = (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
      expect(linesOf(text, step)).toEqual(text === '' ? [] : expected.map((line, index) => [line, index + 1]));
    },
  );

  it('skips a byte order mark at the start, and only there', () => {
    expect(linesOf('\uFEFFa\n\uFEFFb', 1)).toEqual([
      ['a', 1],
      ['\uFEFFb', 2],
    ]);
  });

  it('gives a line longer than two chunks whole', () => {
    const long = 'ب'.repeat(CHUNK_BYTES + 17);
    expect(linesOf(`a\n${long}\nz`, CHUNK_BYTES)).toEqual([
      ['a', 1],
      [long, 2],
      ['z', 3],
    ]);
  });

  it('names the line that is not UTF-8, even when it is split between reads', () => {
    const bytes = Buffer.concat([Buffer.from('ok\nعربي\n'), Buffer.from([0x61, 0xd8]), Buffer.from('\nlast')]);
    for (const step of [1, 4, CHUNK_BYTES]) {
      expect(() => linesOf(bytes, step)).toThrow('x:3: Not valid UTF-8: expected text encoded as UTF-8');
    }
  });

  it('tells how many bytes it has read before it gives the lines they hold', () => {
    const bytes = Buffer.from('ab\ncd\nef\n');
    const heard: string[] = [];
    forEachLine(
      trickle(bytes, 4),
      'x',
      (line) => heard.push(line),
      (read) => heard.push(`read ${read}`),
    );
    expect(heard).toEqual(['read 4', 'ab', 'read 8', 'cd', 'read 9', 'ef']);
  });
});

describe('readJsonValues on stdin', () => {
  const stdin = inputFile('data', '-', 'records');
  const quiet = new Progress(
    {
      stdout: () => undefined,
      stderr: () => undefined,
      stdoutIsTerminal: false,
      columns: undefined,
      noColor: false,
      stderrIsTerminal: false,
      now: () => 0,
      stdin: trickle(new Uint8Array(0), 1),
    },
    '<stdin>',
  );
  /** The values read from `text`, `step` bytes at a time, with the line of each. */
  const valuesOf = (text: string, step: number): [unknown, number][] => {
    const values: [unknown, number][] = [];
    readJsonValues(stdin, trickle(Buffer.from(text), step), 'records', quiet, (value, index, places) => {
      values.push([value, places.lineOf(index)]);
    });
    return values;
  };

  it.each([1, 2, 3, 1_000] as const)('tells a JSON array from NDJSON when the pipe gives %i bytes a time', (step) => {
    expect(valuesOf('\uFEFF\n [\n{"a": 1},\n{"b": 2}]', step)).toEqual([
      [{ a: 1 }, 3],
      [{ b: 2 }, 4],
    ]);
    expect(valuesOf('\uFEFF\n {"a": 1}\n\n{"b": [2]}\n', step)).toEqual([
      [{ a: 1 }, 2],
      [{ b: [2] }, 4],
    ]);
    expect(valuesOf('', step)).toEqual([]);
    expect(valuesOf(' \n\t', step)).toEqual([]);
  });
});

describe('places in a JSON text', () => {
  it.each([
    ['[1, 2]', 0, 1],
    ['[\n  1,\n  2\n]', 1, 3],
    ['[\n "a,b", "[x]",\n "q\\"],[",\n {"k": [1, {"a": "}"}]},\n [[ ]]\n]', 2, 3],
    ['[\n "a,b", "[x]",\n "q\\"],[",\n {"k": [1, {"a": "}"}]},\n [[ ]]\n]', 3, 4],
    ['[\n "a,b", "[x]",\n "q\\"],[",\n {"k": [1, {"a": "}"}]},\n [[ ]]\n]', 4, 5],
    ['\uFEFF[{},\r\n{}]', 1, 2],
  ] as const)('finds in %j the line where item %i starts: %i', (text, index, line) => {
    // The text is a JSON array that has the item.
    expect((JSON.parse(text.replace(/^\uFEFF/, '')) as unknown[]).length).toBeGreaterThan(index);
    expect(arrayItemLine(Buffer.from(text), index)).toBe(line);
  });

  it.each([
    ['ab\ncd', 0, 1, 1],
    ['ab\ncd', 3, 2, 1],
    ['ab\ncd', 5, 2, 3],
    ['\n\n\n', 3, 4, 1],
  ] as const)('puts position %j:%i at line %i, column %i', (text, position, line, column) => {
    expect(lineAndColumn(text, position)).toEqual({ line, column });
  });

  it.each(['[1,', '{"a": tru', '[1]x', '"abc'] as const)('reads where JSON.parse says %j fails', (text) => {
    let message = '';
    try {
      JSON.parse(text);
    } catch (error) {
      message = (error as Error).message;
    }
    const position = errorPosition(message, text);
    // Node 20 gives a position, or says the text ends too soon, for each of these.
    expect(position).toBeGreaterThan(0);
    expect(position).toBeLessThanOrEqual(text.length);
  });
});

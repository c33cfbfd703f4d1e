import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { type Article, articles, createCorpus, InvalidRecordError, loadCorpus } from '../src/index.js';
import { corpusArbitrary } from './support/arbitraries.js';
import { type PropertyName, runs } from './support/propertyRuns.js';

/** The shipped articles as a user's file holds them: plain data, which the schema's fast path keeps. */
const shipped = JSON.parse(JSON.stringify(articles)) as Article[];

/** What a build gave: the articles as NDJSON, or the error's fields that callers read. */
type Outcome =
  | { readonly ok: string }
  | {
      readonly index: number;
      readonly line: number | undefined;
      readonly path: readonly PropertyKey[];
      readonly issues: readonly unknown[];
      readonly message: string;
    };

function outcomeOf(error: unknown): Outcome {
  if (!(error instanceof InvalidRecordError)) {
    throw error;
  }
  const { index, line, path, issues, message } = error;
  return { index, line, path, issues, message };
}

/**
 * What loadCorpus must give for `text`: createCorpus over the JSON.parse of each line that is
 * not blank, with the line of the record that fails; for a line that JSON.parse refuses,
 * that line and the parser's own message.
 */
function expected(text: string): Outcome {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const records: unknown[] = [];
  const lineOf: number[] = [];
  for (const [at, line] of lines.entries()) {
    if (line.trim() === '') {
      continue;
    }
    try {
      records.push(JSON.parse(line));
    } catch (error) {
      return {
        index: records.length,
        line: at + 1,
        path: [],
        issues: [],
        message: `${(error as Error).message}: expected one JSON object per line`,
      };
    }
    lineOf.push(at + 1);
  }
  try {
    return { ok: createCorpus(records).toNdjson() };
  } catch (error) {
    const outcome = outcomeOf(error);
    if (!('index' in outcome)) {
      throw error;
    }
    const line = lineOf[outcome.index];
    return {
      ...outcome,
      line,
      message: outcome.message.replace(/^(Invalid record at \S+):/, `$1 (line ${line}):`),
    };
  }
}

/** The records as NDJSON, laid out as a user's file may be: blank lines, CRLF, a BOM, no final newline; one line possibly spoiled. */
const textArbitrary = fc
  .record({
    records: fc.oneof(corpusArbitrary, fc.subarray(shipped)),
    blanks: fc.array(fc.constantFrom('', '  ', '\r', '\t '), { maxLength: 30 }),
    blankAt: fc.array(fc.nat(), { maxLength: 30 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
    spoil: fc.option(
      fc.record({
        at: fc.nat(),
        how: fc.constantFrom('cut', 'bad date', 'duplicate id', 'two on a line', 'not an object'),
      }),
    ),
  })
  .map(({ records, blanks, blankAt, crlf, bom, finalNewline, spoil }) => {
    const lines = records.map((record) => JSON.stringify(record));
    if (spoil !== null && lines.length > 0) {
      const at = spoil.at % lines.length;
      const line = lines[at]!;
      const record = records[at]!;
      lines[at] = {
        cut: line.slice(0, Math.floor(line.length / 2)),
        'bad date': JSON.stringify({ ...record, publishedAt: '29/06/2022' }),
        'duplicate id': JSON.stringify({ ...record, id: records[0]!.id }),
        'two on a line': `${line},${line}`,
        'not an object': '[1, 2]',
      }[spoil.how];
    }
    blanks.forEach((blank, index) => {
      lines.splice((blankAt[index] ?? 0) % (lines.length + 1), 0, blank);
    });
    const body = lines.join(crlf ? '\r\n' : '\n');
    return `${bom ? '\uFEFF' : ''}${body}${finalNewline && body !== '' ? '\n' : ''}`;
  });

/** `whole` cut at the positions `cuts` (any order, repeats allowed). */
function cut<T extends { slice(start: number, end?: number): T; readonly length: number }>(
  whole: T,
  cuts: readonly number[],
): T[] {
  const points = [...new Set(cuts.map((point) => point % (whole.length + 1)))].sort((a, b) => a - b);
  const pieces: T[] = [];
  let start = 0;
  for (const point of [...points, whole.length]) {
    pieces.push(whole.slice(start, point));
    start = point;
  }
  return pieces;
}

describe('loadCorpus', () => {
  it('builds over any chunking of an NDJSON text what createCorpus builds over its parsed lines, or fails with the same error', async () => {
    const name: PropertyName =
      'loadCorpus over any chunking of an NDJSON text equals createCorpus over its parsed lines, errors included';
    await fc.assert(
      fc.asyncProperty(
        textArbitrary,
        fc.array(fc.nat(), { maxLength: 40 }),
        fc.boolean(),
        async (text, cuts, asBytes) => {
          const chunks = asBytes ? cut(new TextEncoder().encode(text), cuts) : cut(text, cuts);
          let got: Outcome;
          try {
            got = { ok: (await loadCorpus(chunks)).toNdjson() };
          } catch (error) {
            got = outcomeOf(error);
          }
          const want = expected(text);
          if ('ok' in want || 'ok' in got) {
            expect(got).toEqual(want);
            return;
          }
          // A line that is not JSON: the message is ours around the parser's own.
          const { message, ...rest } = want;
          expect({ ...got, message: undefined }).toEqual({ ...rest, message: undefined });
          expect(got.message.endsWith(message)).toBe(true);
          expect(got.message.startsWith(`Invalid record at articles[${want.index}]`)).toBe(true);
        },
      ),
      runs(name),
    );
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import {
  type Article,
  articles,
  type CorpusProgress,
  createCorpus,
  InvalidQueryError,
  InvalidRecordError,
  loadCorpus,
  toNdjson,
} from '../src/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'load-corpus-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes `text` to a file of `dir` named `name`, and returns its path. */
function file(name: string, text: string | Uint8Array): string {
  const at = path.join(dir, name);
  writeFileSync(at, text);
  return at;
}

const TEXT = toNdjson(articles);
const LINES = TEXT.trimEnd().split('\n') as [string, string, string, string, string];
const BYTES = new TextEncoder().encode(TEXT);

/** The ids of a corpus's articles, in order. */
const ids = (list: readonly Article[]): string[] => list.map((article) => article.id);

/** What a promise rejects with; fails the test when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

/** `bytes` in chunks of `size` bytes. */
function chunksOf(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) {
    out.push(bytes.subarray(at, at + size));
  }
  return out;
}

describe('loadCorpus', () => {
  const sources = [
    ['an .ndjson path', () => file('a.ndjson', TEXT)],
    ['a .jsonl path in capitals', () => file('b.JSONL', TEXT)],
    ['a file: URL', () => pathToFileURL(file('c.ndjson', TEXT))],
    ['a Node Readable', () => Readable.from(chunksOf(BYTES, 777))],
    ['a web ReadableStream', () => new Blob([BYTES]).stream()],
    [
      'an async iterable of text',
      () =>
        (async function* () {
          for (const line of LINES) {
            // A stream that waits between chunks.
            yield await Promise.resolve(`${line}\n`);
          }
        })(),
    ],
    ['an array of byte chunks, cut inside characters', () => chunksOf(BYTES, 5)],
  ] as const;

  it.each(sources)('builds from %s the corpus that createCorpus builds from the parsed lines', async (_, source) => {
    const loaded = await loadCorpus(source());
    const built = createCorpus(LINES.map((line) => JSON.parse(line) as unknown));
    expect(ids(loaded.articles)).toEqual(ids(built.articles));
    expect(loaded.toNdjson()).toBe(built.toNdjson());
    expect(loaded.query({ topics: 'military-base' })).toEqual(built.query({ topics: 'military-base' }));
    expect(Object.isFrozen(loaded.articles[0])).toBe(true);
  });

  it('skips blank lines and a byte order mark, takes CRLF, and needs no final newline', async () => {
    const text = `\uFEFF${LINES[0]}\r\n\n   \r\n${LINES.slice(1).join('\n')}`;
    const loaded = await loadCorpus([text]);
    expect(ids(loaded.articles)).toEqual(ids(articles));
  });

  it('builds an empty corpus from an empty or blank input', async () => {
    for (const text of ['', '\n\n', ' \n']) {
      expect((await loadCorpus([text])).articles).toEqual([]);
    }
  });

  it('takes the options of createCorpus', async () => {
    const trusted = await loadCorpus([TEXT], { validate: false, entities: createCorpus(articles).entities });
    expect(ids(trusted.articles)).toEqual(ids(articles));
  });

  const badPaths = [
    ['a .json file', 'articles.json'],
    ['a .txt file', 'articles.txt'],
    ['no extension', 'articles'],
    ['a .ndjson folder of a .csv file', 'x.ndjson/articles.csv'],
  ] as const;

  it.each(badPaths)('refuses the path of %s with an InvalidQueryError that names it', async (_, name) => {
    const error = await rejection(loadCorpus(path.join(dir, name)));
    expect(error).toBeInstanceOf(InvalidQueryError);
    expect((error as Error).message).toContain(name);
    expect((error as Error).message).toContain('expected an NDJSON file, ending in .ndjson or .jsonl');
  });

  it('refuses a URL that is not a file: URL', async () => {
    const error = await rejection(loadCorpus(new URL('https://example.org/a.ndjson')));
    expect(error).toBeInstanceOf(InvalidQueryError);
    expect((error as Error).message).toContain('"https://example.org/a.ndjson": expected a file: URL');
  });

  const badSources = [
    ['a number', 42],
    ['null', null],
    ['a plain object', { path: 'a.ndjson' }],
  ] as const;

  it.each(badSources)('refuses %s as a source with an InvalidQueryError', async (_, source) => {
    const error = await rejection(loadCorpus(source as unknown as string));
    expect(error).toBeInstanceOf(InvalidQueryError);
    expect((error as Error).message).toMatch(
      /^Invalid loadCorpus source .*: expected the path of an \.ndjson or \.jsonl file/,
    );
  });

  it('refuses a chunk that is neither bytes nor text, such as a record', async () => {
    const error = await rejection(loadCorpus([articles[0]] as unknown as string[]));
    expect(error).toBeInstanceOf(InvalidQueryError);
    expect((error as Error).message).toMatch(
      /^Invalid chunk .*: expected bytes \(a Uint8Array\) or a string of NDJSON/,
    );
  });

  it.each([
    [
      'bytes, then text',
      [new TextEncoder().encode(LINES[0]), `\n${LINES[1]}\n`],
      /expected bytes \(a Uint8Array\), as the source's first chunk was/,
    ],
    [
      'text, then bytes',
      [`${LINES[0]}\n`, new TextEncoder().encode(`${LINES[1]}\n`)],
      /expected a string, as the source's first chunk was/,
    ],
  ] as const)(
    'refuses a source that mixes %s, whose lines could not be put back in order',
    async (_, chunks, message) => {
      const error = await rejection(loadCorpus(chunks));
      expect(error).toBeInstanceOf(InvalidQueryError);
      expect((error as Error).message).toMatch(message);
    },
  );

  it('refuses a line of white space that is not JSON white space, as JSON.parse does, naming its line', async () => {
    const error = await rejection(loadCorpus([`${LINES[0]}\n\u00A0\n`]));
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect((error as InvalidRecordError).line).toBe(2);
  });

  it('rejects with the error of the file system for a missing file', async () => {
    const error = await rejection(loadCorpus(path.join(dir, 'missing.ndjson')));
    expect((error as NodeJS.ErrnoException).code).toBe('ENOENT');
  });

  it('rejects with the error of a stream that fails', async () => {
    const failure = new Error('disk on fire');
    const node = Readable.from(
      (async function* () {
        yield await Promise.resolve(BYTES.subarray(0, 100));
        throw failure;
      })(),
    );
    expect(await rejection(loadCorpus(node))).toBe(failure);
    const web = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(failure);
      },
    });
    expect(await rejection(loadCorpus(web))).toBe(failure);
  });

  const badJson = [
    ['a truncated record', '{"id": "x",', 12],
    ['two records on one line', '{},{}', 3],
    ['a bare word, where V8 gives no position', 'hello', undefined],
  ] as const;

  it.each(badJson)('names the line, column and index of %s, counting blank lines', async (_, line, column) => {
    const text = [LINES[0], '', line, LINES[1]].join('\n');
    for (const chunks of [[text], chunksOf(new TextEncoder().encode(text), 7)]) {
      const error = await rejection(loadCorpus(chunks));
      expect(error).toBeInstanceOf(InvalidRecordError);
      const { index, line: at, column: where, path: bad, issues } = error as InvalidRecordError;
      expect({ index, at, where, bad, issues }).toEqual({ index: 1, at: 3, where: column, bad: [], issues: [] });
      expect((error as Error).message).toMatch(
        new RegExp(
          `^Invalid record at articles\\[1\\] \\(line 3${column === undefined ? '' : `, column ${column}`}\\):\\n✖ Invalid JSON: .*: expected one JSON object per line$`,
        ),
      );
      expect((error as Error).cause).toBeInstanceOf(SyntaxError);
    }
  });

  it('names the line of bytes that are not UTF-8, even when a chunk cuts them', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${LINES[0]}\n\n`), 0x7b, 0xff, 0x7d, 0x0a]);
    for (const size of [1, 2, 3, bytes.length]) {
      const error = await rejection(loadCorpus(chunksOf(bytes, size)));
      expect(error).toBeInstanceOf(InvalidRecordError);
      expect((error as InvalidRecordError).line).toBe(3);
      expect((error as Error).message).toBe(
        'Invalid record at articles[1] (line 3):\n✖ Not valid UTF-8: expected text encoded as UTF-8',
      );
    }
  });

  it("gives createCorpus's own error for a bad record, with the record's line", async () => {
    const bad = { ...articles[2], publishedAt: '29/06/2022' };
    const lines = [LINES[0], '', LINES[1], JSON.stringify(bad)];
    const expected = (() => {
      try {
        createCorpus(lines.filter((line) => line !== '').map((line) => JSON.parse(line) as unknown));
      } catch (error) {
        return error as InvalidRecordError;
      }
      throw new Error('expected createCorpus to throw');
    })();
    const error = (await rejection(loadCorpus([lines.join('\n')]))) as InvalidRecordError;
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect([error.collection, error.index, error.path, error.issues, error.line]).toEqual([
      expected.collection,
      expected.index,
      expected.path,
      expected.issues,
      4,
    ]);
    expect(error.message).toBe(expected.message.replace(/^(Invalid record at \S+):/, '$1 (line 4):'));
    expect((error.cause as InvalidRecordError).message).toBe(expected.message);
  });

  it('reports a duplicate id, found by the index pass, at its line', async () => {
    const error = (await rejection(loadCorpus([[LINES[0], LINES[1], LINES[0]].join('\n')]))) as InvalidRecordError;
    expect([error.index, error.line, error.path]).toEqual([2, 3, ['id']]);
  });
});

describe('onProgress', () => {
  /** Every call of onProgress during `build`. */
  async function progressOf(
    build: (onProgress: (progress: CorpusProgress) => void) => unknown,
  ): Promise<CorpusProgress[]> {
    const calls: CorpusProgress[] = [];
    await build((progress) => calls.push(progress));
    return calls;
  }

  /** Checks the promises of the vocabulary: stages in order, done growing, and a last call with done === total. */
  function expectWellFormed(calls: readonly CorpusProgress[], stages: readonly CorpusProgress['stage'][]): void {
    expect([...new Set(calls.map(({ stage }) => stage))]).toEqual(stages);
    for (const stage of stages) {
      const own = calls.filter((call) => call.stage === stage);
      const dones = own.map(({ done }) => done);
      expect(dones).toEqual([...dones].sort((a, b) => a - b));
      const last = own.at(-1)!;
      expect(last.done).toBe(last.total);
      expect(own.slice(0, -1).every(({ done, total }) => total === undefined || done <= total)).toBe(true);
    }
  }

  it('reports read, validate and index, each ending with done === total, for loadCorpus of a file', async () => {
    const at = file('progress.ndjson', TEXT);
    const calls = await progressOf((onProgress) => loadCorpus(at, { onProgress }));
    expectWellFormed(calls, ['read', 'validate', 'index']);
    expect(calls.filter(({ stage }) => stage === 'read').every(({ total }) => total === BYTES.length)).toBe(true);
    expect(calls.at(-1)).toEqual({ stage: 'index', done: articles.length, total: articles.length });
  });

  it('reports the size of a stream only at its end, when it is known', async () => {
    const calls = await progressOf((onProgress) => loadCorpus(chunksOf(BYTES, 100), { onProgress }));
    const read = calls.filter(({ stage }) => stage === 'read');
    expect(read.slice(0, -1).every(({ total }) => total === undefined)).toBe(true);
    expect(read.at(-1)).toEqual({ stage: 'read', done: BYTES.length, total: BYTES.length });
  });

  it('reports index only when createCorpus does not validate', async () => {
    const calls = await progressOf((onProgress) => createCorpus(articles, { validate: false, onProgress }));
    expectWellFormed(calls, ['index']);
  });

  it('makes at most 258 calls per stage however many records there are', async () => {
    const many = Array.from({ length: 3000 }, (_, index) => ({
      ...articles[index % articles.length]!,
      id: `a-${index}`,
    }));
    const calls = await progressOf((onProgress) => createCorpus(many, { validate: false, onProgress }));
    expectWellFormed(calls, ['index']);
    expect(calls.length).toBeLessThanOrEqual(258);
    expect(calls.length).toBeGreaterThan(100);
  });

  const stages = ['validate', 'index'] as const;

  it.each(stages)('ends createCorpus with what the callback throws in %s, and freezes nothing given', (stage) => {
    const failure = new Error('stop');
    for (const validate of [true, false]) {
      const records = JSON.parse(JSON.stringify(articles)) as Article[];
      const run = (): unknown =>
        createCorpus(records, {
          validate,
          onProgress: (progress) => {
            if (progress.stage === stage && progress.done === progress.total) {
              throw failure;
            }
          },
        });
      if (stage === 'validate' && !validate) {
        expect(run).not.toThrow();
        continue;
      }
      expect(run).toThrow(failure);
      expect(records.some((record) => Object.isFrozen(record))).toBe(false);
    }
  });

  it('ends loadCorpus with what the callback throws while reading', async () => {
    const failure = new Error('stop');
    const error = await rejection(
      loadCorpus([TEXT], {
        onProgress: () => {
          throw failure;
        },
      }),
    );
    expect(error).toBe(failure);
  });

  const badCallbacks = [
    ['a string', 'log'],
    ['an object', { stage: 'read' }],
    ['null', null],
  ] as const;

  it.each(badCallbacks)('refuses %s as onProgress with an InvalidQueryError that names it', async (_, value) => {
    const options = { onProgress: value as unknown as () => void };
    const message = /^Invalid onProgress option .*: expected a function that takes \{ stage, done, total \}$/;
    expect(() => createCorpus(articles, options)).toThrow(InvalidQueryError);
    expect(() => createCorpus(articles, options)).toThrow(message);
    const error = await rejection(loadCorpus([TEXT], options));
    expect(error).toBeInstanceOf(InvalidQueryError);
    expect((error as Error).message).toMatch(message);
  });
});

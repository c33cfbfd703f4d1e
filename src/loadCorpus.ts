import { type Corpus, createCorpus, type CreateCorpusOptions } from './createCorpus.js';
import { InvalidQueryError, InvalidRecordError } from './errors.js';
import { assertOptions } from './internal/args/arguments.js';
import { describeValue } from './internal/args/describeValue.js';
import { readOnProgress, readValidate } from './internal/corpus/corpusOptions.js';
import { NdjsonRecords } from './internal/corpus/ndjsonRecords.js';
import { markPlain } from './internal/corpus/plainRecords.js';
import { StageProgress } from './internal/corpus/progress.js';
import { problemOf, recordErrorAt } from './internal/corpus/recordLine.js';

/**
 * Options of {@link loadCorpus}: those of {@link createCorpus}, whose `onProgress` hears the
 * `'read'` stage too.
 *
 * @category Corpus
 * @example
 * ```ts
 * import type { LoadCorpusOptions } from 'ru-tj-news';
 *
 * const options: LoadCorpusOptions = { onProgress: ({ stage, done, total }) => console.error(stage, done, total) };
 * typeof options.onProgress;
 * // => 'function'
 * ```
 */
export type LoadCorpusOptions = CreateCorpusOptions;

/**
 * What {@link loadCorpus} reads: the path of an NDJSON file (a string or a `file:` URL), or its
 * bytes or text in chunks: a Node `Readable`, a web `ReadableStream` (such as a `fetch`
 * response's `body`), or any async or plain iterable of `Uint8Array` or string chunks: every
 * chunk bytes, or every chunk text, since a line may run across chunks.
 *
 * @category Corpus
 * @example
 * ```ts
 * import type { CorpusSource } from 'ru-tj-news';
 *
 * const sources: CorpusSource[] = ['articles.ndjson', new URL('file:///data/articles.jsonl'), ['{"id":', '"x"}\n']];
 * sources.length;
 * // => 3
 * ```
 */
export type CorpusSource =
  string | URL | AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string> | ReadableStream<Uint8Array>;

/** Bytes read from a file at a time, and the step of `'read'` reports when the size is unknown. */
const CHUNK_BYTES = 1 << 20;

/**
 * node:fs, as a name bundlers do not resolve: a literal `import('node:fs')` makes a browser
 * bundle of the main entry fail to build even when nothing in it reads a path.
 */
const NODE_FS = 'node:fs';

/** The extensions of an NDJSON file, matched without regard to case. */
const NDJSON_EXTENSION = /\.(?:ndjson|jsonl)$/i;

/**
 * Reads an NDJSON file or stream of articles, one per line, and builds the
 * indexed {@link Corpus} as it reads.
 *
 * The input is decoded and parsed chunk by chunk, so memory never holds the
 * whole text and the records together; the records then go through exactly what
 * {@link createCorpus} does with the same options: the result is the corpus of
 * `createCorpus(lines.map((line) => JSON.parse(line)), options)`. A path (a string, or a
 * `file:` URL) must end in `.ndjson` or `.jsonl`: a `.json` file holds one array, which
 * is `createCorpus(JSON.parse(text))`'s to read. It is read with `node:fs`, loaded only
 * then, so a browser bundle that passes a stream never needs it. A stream gives bytes
 * (UTF-8, cut anywhere) or text, not both. Lines end at `\n` (a `\r` before it is allowed), a
 * line of JSON white space only (spaces, tabs) is skipped (but counted, so that line numbers match an editor's), a
 * byte order mark is skipped at the start, and the last line needs no newline.
 * A line that is not JSON, not UTF-8, or a record that fails a check rejects
 * the promise with an {@link InvalidRecordError} that gives the record's index, its
 * `line` (and for bad JSON the `column`), the path of the bad field and Zod's issues;
 * nothing is half-built, and no record given is frozen. A stream that fails rejects
 * with its own error.
 *
 * @param source - The path of an `.ndjson` or `.jsonl` file, a `file:` URL, a Node `Readable` or any async (or plain) iterable of `Uint8Array` or string chunks, or a web `ReadableStream` of bytes.
 * @param options - Those of {@link createCorpus}; `onProgress` hears the `'read'` stage first, in bytes.
 * @returns A promise of the indexed {@link Corpus}.
 * @throws {InvalidRecordError} As a rejection: a line that is not JSON or UTF-8, or a record that {@link createCorpus} refuses, with its `line`.
 * @throws {InvalidQueryError} As a rejection: `source` is none of the above, a path has another extension, a chunk is neither bytes nor text or is not of the first chunk's kind, or an option is bad (as {@link createCorpus}).
 * @category Corpus
 * @example
 * ```ts
 * import { articles, loadCorpus, toNdjson } from 'ru-tj-news';
 *
 * // Any async iterable of bytes or text will do: here the shipped articles, cut into chunks of 1000 characters.
 * const text = toNdjson(articles);
 * async function* chunks() {
 *   for (let at = 0; at < text.length; at += 1000) {
 *     yield text.slice(at, at + 1000);
 *   }
 * }
 * const mine = await loadCorpus(chunks());
 * mine.articles.length;
 * // => 5
 * mine.query({ topics: 'military-base', from: '2025-01-01' }).length;
 * // => 2
 * ```
 * @example
 * ```ts
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { articles, loadCorpus, toNdjson } from 'ru-tj-news';
 *
 * const file = join(mkdtempSync(join(tmpdir(), 'corpus-')), 'articles.ndjson');
 * writeFileSync(file, toNdjson(articles));
 * const stages = new Set<string>();
 * const mine = await loadCorpus(file, { onProgress: ({ stage }) => stages.add(stage) });
 * [mine.articles.length, [...stages]];
 * // => [5, ['read', 'validate', 'index']]
 * ```
 * @example
 * ```ts
 * import { articles, loadCorpus, toNdjson, type InvalidRecordError } from 'ru-tj-news';
 *
 * // A bad line is named by its line number, blank lines included.
 * const lines = toNdjson(articles.slice(0, 2)).split('\n');
 * try {
 *   await loadCorpus([lines[0], '', '{"id": 1,', lines[1]].join('\n').split(''));
 * } catch (error) {
 *   [(error as InvalidRecordError).index, (error as InvalidRecordError).line];
 *   // => [1, 3]
 * }
 * ```
 */
export async function loadCorpus(source: CorpusSource, options: LoadCorpusOptions = {}): Promise<Corpus> {
  assertOptions(
    options,
    ['entities', 'topics', 'events', 'validate', 'missingSpaces', 'onProgress'],
    'the loadCorpus options',
  );
  const onProgress = readOnProgress(options.onProgress);
  // Checked before the read, which may take long; createCorpus checks the registries after it.
  readValidate(options.validate);
  const { chunks, size } = await open(source);
  const parsed = new NdjsonRecords();
  const progress = onProgress && new StageProgress(onProgress, 'read', size, CHUNK_BYTES);
  let read = 0;
  progress?.tick(0);
  // The first chunk's kind: a line may run across chunks, so bytes and text cannot be mixed.
  let kind: 'bytes' | 'text' | undefined;
  for await (const chunk of chunks) {
    const chunkKind = typeof chunk === 'string' ? 'text' : chunk instanceof Uint8Array ? 'bytes' : undefined;
    if (chunkKind === undefined) {
      throw new InvalidQueryError(
        `Invalid chunk ${describeValue(chunk)} from the loadCorpus source: expected bytes (a Uint8Array) or a string of NDJSON (records already in memory are createCorpus's to build)`,
        chunk,
      );
    }
    kind ??= chunkKind;
    if (chunkKind !== kind) {
      throw new InvalidQueryError(
        `Invalid chunk ${describeValue(chunk)} from the loadCorpus source: expected ${kind === 'bytes' ? 'bytes (a Uint8Array)' : 'a string'}, as the source's first chunk was; a source gives every chunk as bytes or every chunk as text`,
        chunk,
      );
    }
    if (typeof chunk === 'string') {
      parsed.pushText(chunk);
      read += chunk.length;
    } else {
      // Not text, so bytes: chunkKind said so.
      const bytes = chunk as Uint8Array;
      parsed.pushBytes(bytes);
      read += bytes.length;
    }
    progress?.tick(read);
  }
  parsed.end();
  progress?.end(read);
  try {
    // Every record here is JSON.parse's own output, which no caller has seen: plain data.
    markPlain(parsed.records);
    return createCorpus(parsed.records, options);
  } catch (error) {
    if (!(error instanceof InvalidRecordError) || error.collection !== 'articles') {
      throw error;
    }
    // The same error, with the line of the record.
    const { collection, index, path, issues } = error;
    throw recordErrorAt(
      { collection, index, path, issues, problem: problemOf(error) },
      parsed.lineOf(index),
      undefined,
      error,
    );
  }
}

/** The chunks of `source`, and its size in bytes when it is a file. */
async function open(
  // unknown: the types say what a caller may pass; this checks what one did.
  source: unknown,
): Promise<{ readonly chunks: AsyncIterable<unknown>; readonly size: number | undefined }> {
  if (typeof source === 'string' || source instanceof URL) {
    return openFile(source);
  }
  if (typeof source === 'object' && source !== null) {
    if (typeof (source as Partial<ReadableStream>).getReader === 'function') {
      return { chunks: readerChunks(source as ReadableStream<unknown>), size: undefined };
    }
    if (
      typeof (source as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === 'function' ||
      typeof (source as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function'
    ) {
      return { chunks: source as AsyncIterable<unknown>, size: undefined };
    }
  }
  throw new InvalidQueryError(
    `Invalid loadCorpus source ${describeValue(source)}: expected the path of an .ndjson or .jsonl file, a file: URL, a stream or an async iterable of its bytes or text`,
    source,
  );
}

/** The chunks of a file, read with node:fs, which is loaded only here. */
async function openFile(
  source: string | URL,
): Promise<{ readonly chunks: AsyncIterable<unknown>; readonly size: number | undefined }> {
  if (source instanceof URL && source.protocol !== 'file:') {
    throw new InvalidQueryError(
      `Invalid loadCorpus source ${describeValue(source.href)}: expected a file: URL, or a stream of the response's body`,
      source,
    );
  }
  const name = source instanceof URL ? source.pathname : source;
  if (!NDJSON_EXTENSION.test(name)) {
    throw new InvalidQueryError(
      `Invalid loadCorpus path ${describeValue(typeof source === 'string' ? source : source.href)}: expected an NDJSON file, ending in .ndjson or .jsonl (a .json array is createCorpus(JSON.parse(text))'s to read)`,
      source,
    );
  }
  const { createReadStream, promises } = (await import(/* @vite-ignore */ NODE_FS)) as typeof import('node:fs');
  const stats = await promises.stat(source);
  // A pipe or a device has no size to read up to.
  const size = stats.isFile() ? stats.size : undefined;
  return { chunks: createReadStream(source, { highWaterMark: CHUNK_BYTES }), size };
}

/** The chunks of a web stream, read with its reader, which works where a stream is not async iterable. */
async function* readerChunks(stream: ReadableStream<unknown>): AsyncGenerator {
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    if (!finished) {
      // Stops the stream when the read ends early (a bad line); nothing waits for it, nor for its answer.
      reader.cancel().catch(() => undefined);
    }
  }
}

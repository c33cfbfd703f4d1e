import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { articles } from '../../src/index.js';
import { quoteProblems, quotesHold } from '../../src/internal/corpus/quotes.js';
import { articleArbitrary } from '../support/arbitraries.js';
import { runs } from '../support/propertyRuns.js';

type Bag = Record<string, unknown>;

/** The places a record quotes its text from, each as the path of its object and its key. */
const QUOTE_SLOTS = [
  [['date'], 'evidence'],
  [['date'], 'corroboration'],
  [['date'], 'modifiedEvidence'],
  [['topicEvidence'], 'first'],
  [['source', 'chain', 0], 'evidence'],
  [['timeExpressions', 0], 'evidence'],
  [['en'], 'title evidence'],
  [['en'], 'sentence evidence'],
] as const;

/** Quotes to put there, given the record: its own words, from each of its texts, and words that are not its own. */
function quotesFor(record: Bag): unknown[] {
  const body = record['body'] as string;
  const title = record['title'] as string;
  const source = record['source'] as { furniture: { text: string }[] };
  const furniture = source.furniture.map((piece) => piece.text);
  const words = [body.slice(0, 5), body.slice(-4), title.slice(1, 6), ...furniture.map((text) => text.slice(0, 4))];
  return [...words, '', '   ', 'ليس في النص', 7, null, `${body.slice(0, 3)}ليس`];
}

/**
 * `record` with the quote at one place set to `pick` of quotesFor (a list where the place holds
 * one), and maybe its title's basis flipped; with the quote put there.
 */
function mutate(
  record: Bag,
  slot: number,
  pick: number,
  flip: boolean,
): { readonly changed: Bag; readonly quote: unknown } {
  const copy = structuredClone(record);
  const [path, key] = QUOTE_SLOTS[slot % QUOTE_SLOTS.length]!;
  // A record without time expressions gets an inferred one, whose evidence the check reads.
  if (path[0] === 'timeExpressions' && !Array.isArray(copy['timeExpressions'])) {
    copy['timeExpressions'] = [{ field: 'body', start: 0, end: 1, value: '2024', basis: 'inferred' }];
  }
  let at = copy as unknown;
  for (const step of path) {
    at = (at as Record<string | number, unknown>)[step];
  }
  const quotes = quotesFor(copy);
  const quote = quotes[pick % quotes.length];
  const bag = at as Bag;
  if (key === 'title evidence' || key === 'sentence evidence') {
    // The quote check does not count sentences: a record without English evidence gets some here.
    const own = (copy['body'] as string).slice(0, 3);
    bag['evidence'] =
      key === 'title evidence'
        ? { title: [quote], summary: [[own]] }
        : { title: [own], summary: [[own], [own, quote]] };
  } else if (key === 'first') {
    // The quote check does not compare topicEvidence with topics: a record without topics gets one here.
    bag[Object.keys(bag)[0] ?? 'some-topic'] = [quote];
  } else {
    bag[key] = key === 'corroboration' ? [quote] : quote;
  }
  if (flip) {
    copy['titleBasis'] = copy['titleBasis'] === 'source' ? 'editorial' : 'source';
  }
  return { changed: copy, quote };
}

const shipped = JSON.parse(JSON.stringify(articles)) as Bag[];
const valid = fc.oneof(
  fc.constantFrom(...shipped),
  articleArbitrary('a-0') as fc.Arbitrary<unknown> as fc.Arbitrary<Bag>,
);

describe('quotesHold', () => {
  const agrees = "quotesHold is true exactly when the quote check finds no problem in a record's quotes";
  it(agrees, () => {
    const outcomes = new Set<boolean>();
    fc.assert(
      fc.property(valid, fc.nat(), fc.nat(), fc.boolean(), (record, slot, pick, flip) => {
        const { changed, quote } = mutate(record, slot, pick, flip);
        const holds = quotesHold(changed);
        outcomes.add(holds);
        // quoteProblems leaves a quote that is not text to the schema; createCorpus's check refuses it.
        const isText = typeof quote === 'string' && quote.trim().length > 0;
        expect(holds).toBe(isText && quoteProblems(changed).length === 0);
      }),
      runs(agrees),
    );
    expect([...outcomes].sort()).toEqual([false, true]);
  });

  it.each([
    ['no source', (record: Bag) => ({ ...record, source: undefined })],
    [
      'English evidence that is not an object',
      (record: Bag) => ({ ...record, en: { ...(record['en'] as Bag), evidence: ['quote'] } }),
    ],
    [
      'English summary evidence that is not a list of lists',
      (record: Bag) => ({
        ...record,
        en: { ...(record['en'] as Bag), evidence: { title: ['x'], summary: ['quote'] } },
      }),
    ],
    [
      'furniture that is not a list',
      (record: Bag) => ({ ...record, source: { ...(record['source'] as Bag), furniture: {} } }),
    ],
    [
      'a piece of furniture without text',
      (record: Bag) => ({ ...record, source: { ...(record['source'] as Bag), furniture: [{}] } }),
    ],
    [
      'a party that is not an object',
      (record: Bag) => ({ ...record, source: { ...(record['source'] as Bag), chain: ['x'] } }),
    ],
    ['topic evidence that is not a list', (record: Bag) => ({ ...record, topicEvidence: { 'x-1': 'quote' } })],
    ['a date that is not an object', (record: Bag) => ({ ...record, date: 'today' })],
    ['time expressions that are not a list', (record: Bag) => ({ ...record, timeExpressions: {} })],
    ['a time expression that is not an object', (record: Bag) => ({ ...record, timeExpressions: ['2024'] })],
    [
      'an inferred time expression without evidence',
      (record: Bag) => ({
        ...record,
        timeExpressions: [{ field: 'body', start: 0, end: 1, value: '2024', basis: 'inferred' }],
      }),
    ],
  ] as const)('is false for a record with %s, which the full check reports', (_name, change) => {
    expect(quotesHold(shipped[0]!)).toBe(true);
    expect(quotesHold(change(shipped[0]!))).toBe(false);
  });
});

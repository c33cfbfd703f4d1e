import { describe, expect, it } from 'vitest';

import { articles, entities, events, EventSchema, eventsOf, type NewsEvent } from '../src/index.js';
import { EVENT_TYPE_CAMEO, EVENT_TYPES } from '../src/internal/args/vocabulary.js';
import { timexRange } from '../src/internal/dates/timexRange.js';
import { readJsonFile, readText } from './support/corpus.js';
import { comparedPairs, compareTimes, touches } from './support/eventTimes.js';

const entityById = new Map(entities.map((entity) => [entity.id, entity]));
const articleById = new Map(articles.map((article) => [article.id, article]));
const reportingArticles = (event: NewsEvent) =>
  [...new Set(event.mentions.map((mention) => mention.article))].map((id) => articleById.get(id)!);
const mentionText = (mention: NewsEvent['mentions'][number]): string =>
  articleById.get(mention.article)![mention.field].slice(mention.start, mention.end);
/** Every text of an article that evidence may quote: the printed title, the body and each piece of furniture. */
const quotable = (event: NewsEvent): string[] =>
  reportingArticles(event).flatMap((article) => [
    article.title,
    article.body,
    ...article.source.furniture.map((piece) => piece.text),
  ]);
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const arabicIndic = (digits: string): string => digits.replace(/\d/g, (digit) => ARABIC_INDIC[Number(digit)]!);
const WORD = /[\p{L}\p{N}\p{M}]/u;

describe('the event registry', () => {
  it('holds events that EventSchema accepts and returns unchanged', () => {
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(EventSchema.parse(event), event.id).toEqual(event);
    }
  });

  it('gives every event a unique id, and keeps them sorted by id', () => {
    const ids = events.map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  it('keeps data/events.json pretty-printed and stable', () => {
    expect(readText('data/events.json')).toBe(`${JSON.stringify(readJsonFile('data/events.json'), null, 2)}\n`);
  });

  it('resolves every participant, place and entity to the registry: a place to a location or facility, an entity to an event or a document', () => {
    const problems = events.flatMap((event) => [
      ...event.participants
        .filter((participant) => !entityById.has(participant.entity))
        .map((participant) => `${event.id}: participant ${participant.entity}`),
      ...(event.place !== undefined && !['location', 'facility'].includes(entityById.get(event.place)?.type ?? '')
        ? [`${event.id}: place ${event.place}`]
        : []),
      ...(event.entity !== undefined && !['event', 'document'].includes(entityById.get(event.entity)?.type ?? '')
        ? [`${event.id}: entity ${event.entity}`]
        : []),
    ]);
    expect(problems).toEqual([]);
  });

  it('points every mention at an article, inside its field, on whole words with no white space at either end', () => {
    const problems = events.flatMap((event) =>
      event.mentions.flatMap((mention) => {
        const text = articleById.get(mention.article)?.[mention.field];
        if (text === undefined) {
          return [`${event.id}: unknown article ${mention.article}`];
        }
        const words = text.slice(mention.start, mention.end);
        const cut =
          mention.end > text.length ||
          words.trim() !== words ||
          WORD.test(text.charAt(mention.start - 1)) ||
          WORD.test(text.charAt(mention.end));
        return cut ? [`${event.id}: ${mention.article} ${mention.field} ${mention.start}-${mention.end}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('agrees with the document it is the signing or issuing of: the same date, and the document’s parties among its participants', () => {
    const linked = events.filter((event) => entityById.get(event.entity ?? '')?.type === 'document');
    expect(linked.length).toBeGreaterThan(0);
    const problems = linked.flatMap((event) => {
      const document = entityById.get(event.entity!)!;
      const participants = new Set(event.participants.map((participant) => participant.entity));
      return [
        ...(document.date !== undefined && document.date.value !== event.date.value
          ? [`${event.id}: date ${event.date.value}, document ${document.date.value}`]
          : []),
        ...(document.parties?.entities ?? [])
          .filter((party) => !participants.has(party))
          .map((party) => `${event.id}: party ${party} is no participant`),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('quotes, for each inferred date, words of an article that reports the event', () => {
    const problems = events
      .filter((event) => event.date.evidence !== undefined)
      .filter((event) => !quotable(event).some((text) => text.includes(event.date.evidence!)))
      .map((event) => event.id);
    expect(problems).toEqual([]);
  });

  it('quotes in its inferences and disagreements only words of the articles', () => {
    // The Arabic in parentheses is a quotation; an inference may quote an article that dates the event for another.
    const texts = articles.flatMap((article) => [
      article.title,
      article.body,
      ...article.source.furniture.map((piece) => piece.text),
    ]);
    const quotes = events.flatMap((event) =>
      [event.date.inference ?? '', event.disagreement ?? ''].flatMap((prose) =>
        [...prose.matchAll(/\(([^()]*\p{Script=Arabic}[^()]*)\)/gu)].map((match) => [event.id, match[1]!] as const),
      ),
    );
    expect(quotes.length).toBeGreaterThan(20);
    expect(quotes.filter(([, quote]) => !texts.some((text) => text.includes(quote)))).toEqual([]);
  });

  it('writes the year of every stated calendar date in one of the event’s mentions', () => {
    const problems = events
      .filter((event) => event.date.basis === 'stated' && timexRange(event.date.value) !== undefined)
      .filter((event) => {
        const year = event.date.value.slice(0, 4);
        return !event.mentions.some((mention) => {
          const words = mentionText(mention);
          return words.includes(year) || words.includes(arabicIndic(year));
        });
      })
      .map((event) => event.id);
    expect(problems).toEqual([]);
  });

  it('uses every type of the vocabulary, and gives each type its CAMEO code or none', () => {
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(EVENT_TYPES));
    expect(Object.keys(EVENT_TYPE_CAMEO).sort()).toEqual([...EVENT_TYPES].sort());
  });

  it('lists every type with its CAMEO code and name in the data model, as the vocabulary has them', () => {
    const rows = [...readText('docs/data-model.md').matchAll(/^\| `([a-z-]+)` \| (?:`(\d{3})` (.+?)|none) \|/gm)].map(
      (match) => [match[1], match[2] === undefined ? null : { code: match[2], name: match[3] }] as const,
    );
    expect(Object.fromEntries(rows)).toEqual(EVENT_TYPE_CAMEO);
  });

  it.each([
    ['the talks of 9 October 2025', 'putin-rahmon-talks-2025-10-09', 2],
    ['the establishment of diplomatic relations in 1992', 'russia-tajikistan-diplomatic-relations-1992', 2],
    ['the state visit of October 2025', 'putin-state-visit-to-dushanbe-2025', 2],
  ] as const)('records %s once, with the mentions of each article that reports it', (_what, id, count) => {
    const holders = articles.filter((article) => eventsOf([article]).some((event) => event.id === id));
    expect(holders.length).toBe(count);
    expect(events.filter((event) => event.id === id)).toHaveLength(1);
  });
});

describe('the comparison of an event date with a time expression', () => {
  it.each([
    ['2025-10-09', '2025-10-09', 'agree'],
    ['2025-10-08/2025-10-09', '2025-10-08', 'agree'],
    ['2022-06-28/2022-06-29TMO', '2022-06-29TMO', 'agree'],
    ['2025-10-09TAF', '2025', 'agree'],
    ['2025-10-09TAF', '2025/2027', 'agree'],
    ['1992-05-15', '1992', 'agree'],
    ['2022-10', '2019', 'disagree'],
    ['2025-10-09', '2025-09-01', 'disagree'],
    ['PAST_REF', 'PAST_REF', 'agree'],
    ['PAST_REF', 'FUTURE_REF', 'disagree'],
    ['PAST_REF', '2026', 'not comparable'],
    ['1992-04-08', 'P30Y', 'not comparable'],
    ['2025-10-09', 'XXXX-10-09', 'not comparable'],
  ] as const)('finds %s and %s: %s', (event, expression, agreement) => {
    expect(compareTimes(event, expression)).toBe(agreement);
  });

  it.each([
    ['an expression inside the mention', 'aaaa mmmm eeee bbbb', { start: 5, end: 14 }, { start: 10, end: 14 }, true],
    [
      'an expression across the mention’s end',
      'aaaa mmmm eeee bbbb',
      { start: 0, end: 9 },
      { start: 5, end: 14 },
      true,
    ],
    [
      'an expression just before, across a comma and a space',
      'eeee، mmmm',
      { start: 6, end: 10 },
      { start: 0, end: 4 },
      true,
    ],
    ['an expression just after, across a space', 'mmmm eeee', { start: 0, end: 4 }, { start: 5, end: 9 }, true],
    ['an expression a word away', 'mmmm xx eeee', { start: 0, end: 4 }, { start: 8, end: 12 }, false],
    ['an expression of the next sentence', 'mmmm. eeee', { start: 0, end: 4 }, { start: 6, end: 10 }, false],
    ['an expression of the next paragraph', 'mmmm\n\neeee', { start: 0, end: 4 }, { start: 6, end: 10 }, false],
  ] as const)('compares %s: %s', (_what, text, mention, expression, expected) => {
    expect(touches(mention, expression, text)).toBe(expected);
  });
});

describe('event dates against the time expressions of the articles', () => {
  const layered = articles.filter((article) => article.timeExpressions !== undefined);
  const everyArticle = layered.length === articles.length;

  it('waits for the time expressions of every article, or none: a partial layer would check only some events', () => {
    expect([0, articles.length]).toContain(layered.length);
  });

  it.runIf(everyArticle)('agrees with every time expression in or next to its mentions', () => {
    const pairs = comparedPairs(events, articles);
    expect(
      pairs
        .filter((pair) => pair.agreement === 'disagree')
        .map(
          (pair) =>
            `${pair.event.id} (${pair.event.date.value}) ≠ ${pair.article}: ${pair.words} (${pair.expression.value})`,
        ),
    ).toEqual([]);
    // Loud when the check finds nothing to compare: the words of a stated calendar date are in a mention, so each is compared.
    const stated = events.filter(
      (event) => event.date.basis === 'stated' && timexRange(event.date.value) !== undefined,
    );
    const compared = new Set(pairs.filter((pair) => pair.agreement !== 'not comparable').map((pair) => pair.event.id));
    expect(stated.filter((event) => !compared.has(event.id)).map((event) => event.id)).toEqual([]);
    expect(compared.size).toBeGreaterThanOrEqual(stated.length);
  });
});

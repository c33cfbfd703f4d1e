import { describe, expect, it } from 'vitest';

import {
  entities,
  filterByEntity,
  filterByTopic,
  getEntity,
  getTopic,
  InvalidDateError,
  InvalidQueryError,
  InvalidRecordError,
  RuTjNewsError,
  topics,
  UnknownEntityError,
  UnknownTopicError,
} from '../src/index.js';
import { catchError } from './support/catchError.js';

describe('errors', () => {
  const table = [
    ['InvalidDateError', new InvalidDateError('bad date', 'x')],
    ['InvalidQueryError', new InvalidQueryError('bad query', 1)],
    ['UnknownEntityError', new UnknownEntityError('Rahmun', ['Rahmon'])],
    ['UnknownTopicError', new UnknownTopicError('sprot', [])],
    [
      'InvalidRecordError',
      new InvalidRecordError({ collection: 'articles', index: 2, path: ['entities', 0, 'id'], problem: '✖ bad' }),
    ],
  ] as const;

  it.each(table)('%s sets its name and is an Error and a RuTjNewsError', (name, error) => {
    expect(error.name).toBe(name);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(RuTjNewsError);
    expect(String(error)).toContain(name);
  });

  it('names the ref, the expected form and the suggestions', () => {
    expect(new UnknownEntityError('Rahmun', ['Rahmon', 'رحمون']).message).toBe(
      'Unknown entity "Rahmun": expected an entity id, name or alias such as "emomali-rahmon" or "رحمون". Did you mean "Rahmon", "رحمون"?',
    );
    expect(new UnknownTopicError('sprot', []).message).toBe(
      'Unknown topic "sprot": expected a topic id, label or IPTC code such as "diplomacy" or "medtop:20000639".',
    );
  });

  it('names the article and asks for its registry when the ref came from a record, not a query', () => {
    expect(new UnknownEntityError('x-y', [], 'a-1').message).toBe(
      'Article "a-1" names entity "x-y", which the registry does not have: pass the registry the records were built with, as { entities }.',
    );
    expect(new UnknownTopicError('sprot', ['sport'], 3).message).toBe(
      'The article at index 3 lists topic "sprot", which the vocabulary does not have: pass the vocabulary the records were built with, as { topics }. Did you mean "sport"?',
    );
    expect([new UnknownEntityError('x', [], 'a-1').article, new UnknownEntityError('x', []).article]).toEqual([
      'a-1',
      undefined,
    ]);
  });

  it('writes the record path the way code would', () => {
    expect(
      new InvalidRecordError({ collection: 'articles', index: 2, path: ['entities', 0, 'id'], problem: '✖ bad' })
        .message,
    ).toBe('Invalid record at articles[2].entities[0].id:\n✖ bad');
  });

  it('cuts a long value short in the message', () => {
    const error = new UnknownEntityError('x'.repeat(10_000), []);
    expect(error.message.length).toBeLessThan(300);
    expect(error.ref).toHaveLength(10_000);
  });
});

/** A one-letter slip: the name without its middle character. */
function slip(name: string): string {
  const middle = Math.floor(name.length / 2);
  return name.slice(0, middle) + name.slice(middle + 1);
}

describe('the suggestions of UnknownEntityError and UnknownTopicError', () => {
  const kinds = [
    [
      'entity',
      entities.flatMap((entity) => [
        entity.id,
        entity.name.en,
        entity.name.ar,
        ...(entity.name.ru === undefined ? [] : [entity.name.ru]),
        ...entity.aliases,
      ]),
      (ref: string) => filterByEntity([], ref),
      (ref: string) => getEntity(ref)?.id,
      UnknownEntityError,
    ],
    [
      'topic',
      topics.flatMap((topic) => [
        topic.id,
        topic.label.en,
        topic.label.ar,
        ...(topic.iptc === undefined ? [] : [topic.iptc]),
      ]),
      (ref: string) => filterByTopic([], ref),
      (ref: string) => getTopic(ref)?.id,
      UnknownTopicError,
    ],
  ] as const;

  it.each(kinds)(
    'name each %s at most once, and each resolves to the one it stands for',
    (_kind, names, resolve, find, type) => {
      let checked = 0;
      for (const miss of new Set(names.map(slip))) {
        if (find(miss) !== undefined) {
          continue;
        }
        const error = catchError(() => resolve(miss));
        expect(error).toBeInstanceOf(type);
        const { suggestions } = error as UnknownEntityError | UnknownTopicError;
        const ids = suggestions.map(find);
        expect(ids, `the suggestions for ${JSON.stringify(miss)}: ${suggestions.join(', ')}`).not.toContain(undefined);
        expect(new Set(ids).size, `the suggestions for ${JSON.stringify(miss)}: ${suggestions.join(', ')}`).toBe(
          ids.length,
        );
        checked += suggestions.length;
      }
      // Most slips of a shipped name are near that name, so most misses have a suggestion to check.
      expect(checked).toBeGreaterThan(names.length / 2);
    },
  );
});

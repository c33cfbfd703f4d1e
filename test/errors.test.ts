import { describe, expect, it } from 'vitest';
import { InvalidDateError, InvalidQueryError, InvalidRecordError, RuTjNewsError, UnknownEntityError, UnknownTopicError } from '../src/index.js';

describe('errors', () => {
  const table = [
    ['InvalidDateError', new InvalidDateError('bad date', 'x')],
    ['InvalidQueryError', new InvalidQueryError('bad query', 1)],
    ['UnknownEntityError', new UnknownEntityError('Rahmun', ['Rahmon'])],
    ['UnknownTopicError', new UnknownTopicError('sprot', [])],
    ['InvalidRecordError', new InvalidRecordError({ collection: 'articles', index: 2, path: ['entities', 0, 'id'], problem: '✖ bad' })],
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
    expect(new UnknownTopicError('sprot', []).message).toBe('Unknown topic "sprot": expected a topic id, label or IPTC code such as "diplomacy" or "medtop:20000639".');
  });

  it('writes the record path the way code would', () => {
    expect(new InvalidRecordError({ collection: 'articles', index: 2, path: ['entities', 0, 'id'], problem: '✖ bad' }).message).toBe(
      'Invalid record at articles[2].entities[0].id:\n✖ bad',
    );
  });

  it('cuts a long value short in the message', () => {
    const error = new UnknownEntityError('x'.repeat(10_000), []);
    expect(error.message.length).toBeLessThan(300);
    expect(error.ref).toHaveLength(10_000);
  });
});

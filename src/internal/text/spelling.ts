/** Whether a mention span spells its entity, by the rule of docs/data-model.md ("Mentions"). */
import type { Entity } from '../../schema.js';
import { describeValue } from '../args/describeValue.js';
import { normalizeText } from './normalize.js';

/** The normalized forms of an entity's names and aliases. */
export function spellingsOf(entity: Entity): ReadonlySet<string> {
  const { name } = entity;
  const names = [name.ar, name.en, ...(name.ru === undefined ? [] : [name.ru]), ...entity.aliases];
  return new Set(names.map(normalizeText));
}

// Enough units before a span to hold `لل` and any marks written on it.
const LOOK_BEHIND = 16;

/**
 * Checks the mention spans of records against a registry. Most spans repeat a
 * spelling already seen, so accepted raw spellings are kept by length and
 * compared in place, without slicing or normalizing the text again.
 */
export class MentionCheck {
  readonly #entities: readonly Entity[];
  /** Per entity number: its normalized names, made on first use. */
  readonly #spellings: (ReadonlySet<string> | undefined)[] = [];
  /** Per entity number: raw spellings known to spell it, by length. */
  readonly #accepted: (Map<number, string[]> | undefined)[] = [];

  constructor(entities: readonly Entity[]) {
    this.#entities = entities;
  }

  /**
   * What is wrong with `mention` of the entity numbered `value` in `record`, with the
   * key of the bad part; undefined when its span lies inside its field and spells the entity.
   */
  problem(
    record: { readonly title: unknown; readonly body: unknown },
    value: number,
    mention: unknown,
  ): { readonly key: 'field' | 'start' | 'end'; readonly message: string } | undefined {
    if (typeof mention !== 'object' || mention === null) {
      return { key: 'field', message: `Expected a mention { field, start, end }, got ${describeValue(mention)}` };
    }
    const { field, start, end } = mention as {
      readonly field: unknown;
      readonly start: unknown;
      readonly end: unknown;
    };
    if (field !== 'title' && field !== 'body') {
      return { key: 'field', message: `Expected the field 'title' or 'body', got ${describeValue(field)}` };
    }
    const text = field === 'title' ? record.title : record.body;
    if (typeof text !== 'string') {
      return { key: 'field', message: `Expected the article's ${field} to be a string, got ${describeValue(text)}` };
    }
    if (!Number.isInteger(start) || (start as number) < 0) {
      return { key: 'start', message: `Expected start to be a whole number from 0, got ${describeValue(start)}` };
    }
    const from = start as number;
    if (!Number.isInteger(end) || (end as number) <= from || (end as number) > text.length) {
      return {
        key: 'end',
        message: `Expected end to be a whole number after start (${from}) and at most the ${field}'s length (${text.length}), got ${describeValue(end)}`,
      };
    }
    const to = end as number;
    const accepted = (this.#accepted[value] ??= new Map<number, string[]>());
    const known = accepted.get(to - from);
    if (known !== undefined) {
      for (const spelling of known) {
        if (text.startsWith(spelling, from)) {
          return undefined;
        }
      }
    }
    const entity = this.#entities[value] as Entity;
    const spellings = (this.#spellings[value] ??= spellingsOf(entity));
    const raw = text.slice(from, to);
    const spelled = normalizeText(raw);
    if (spellings.has(spelled)) {
      // A name holds wherever the same raw text occurs.
      if (known === undefined) {
        accepted.set(raw.length, [raw]);
      } else {
        known.push(raw);
      }
      return undefined;
    }
    // Right after لل (the article fused with the preposition ل), a name that starts with ال is written without it.
    if (
      spellings.has(`ال${spelled}`) &&
      normalizeText(text.slice(Math.max(0, from - LOOK_BEHIND), from)).endsWith('لل')
    ) {
      return undefined;
    }
    return {
      key: 'end',
      message: `The span [${from}, ${to}) of ${field} reads ${describeValue(raw)}, which is not a name or alias of ${describeValue(entity.id)}`,
    };
  }
}

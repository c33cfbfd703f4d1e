/**
 * Whether a mention span spells its entity, and starts and ends where the
 * mention finder would place it, by the rules of docs/data-model.md ("Mentions").
 */
import type { Entity } from '../../schema.js';
import { describeValue } from '../args/describeValue.js';
import { closeQuote, countQuotes, isQuoteChar, isQuoteUnit, nameKey } from './mentionRules.js';
import { normalizeText } from './normalize.js';
import {
  endMessage,
  endProblem,
  isCliticPrefix,
  missingSpacesBefore,
  wordAround,
  wordStartBefore,
} from './wordBounds.js';

/**
 * The forms in which an entity's names and aliases are compared: normalized, trimmed
 * and without quotation marks, as the finder compiles them (aliasTrie.ts).
 */
export function spellingsOf(entity: Entity): ReadonlySet<string> {
  const { name } = entity;
  const names = [name.ar, name.en, ...(name.ru === undefined ? [] : [name.ru]), ...entity.aliases];
  return new Set(names.map((spelling) => nameKey(normalizeText(spelling.trim()), true)));
}

/**
 * The form in which the span `raw` is compared with the names (see {@link spellingsOf}),
 * or undefined when it starts or ends on a quotation mark, where no name starts or ends.
 */
function spanKey(raw: string): string | undefined {
  const normalized = normalizeText(raw);
  return normalized.length === 0 ||
    isQuoteUnit(normalized.charCodeAt(0)) ||
    isQuoteUnit(normalized.charCodeAt(normalized.length - 1))
    ? undefined
    : nameKey(normalized, false);
}

/** A problem with one mention: the key of the bad part, and what is wrong. */
export interface MentionProblem {
  readonly key: 'field' | 'start' | 'end';
  readonly message: string;
}

/**
 * Checks the mention spans of records against a registry. Most spans repeat a
 * spelling already seen, so accepted raw spellings are kept by length and
 * compared in place, without slicing or normalizing the text again. Where a
 * span starts and ends is checked for every span, from the few characters
 * around it.
 */
export class MentionCheck {
  readonly #entities: readonly Entity[];
  /** Places where a source runs two words together, as `'الوزير|لافروف'`: a span may start there. */
  readonly #missingSpaces: readonly string[];
  /** Per entity number: its normalized names, made on first use. */
  readonly #spellings: (ReadonlySet<string> | undefined)[] = [];
  /** Per entity number: raw spellings known to spell it, by length. */
  readonly #accepted: (Map<number, string[]> | undefined)[] = [];

  constructor(entities: readonly Entity[], missingSpaces: readonly string[] = []) {
    this.#entities = entities;
    this.#missingSpaces = missingSpaces;
  }

  /**
   * What is wrong with `mention` of the entity numbered `value` in `record`, with the
   * key of the bad part; undefined when its span lies inside its field, spells the
   * entity, starts where its word starts (clitics aside) and ends where it ends,
   * without tanween.
   */
  problem(
    record: { readonly title: unknown; readonly body: unknown },
    value: number,
    mention: unknown,
  ): MentionProblem | undefined {
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
    // A span may end on the quotation mark that closes one opened inside its name; the name ends before it.
    const nameEnd = to - from > 1 && isQuoteChar(text.charCodeAt(to - 1)) ? to - 1 : to;
    const direct = this.#spellsDirectly(text, from, nameEnd, value);
    const wordStart = wordStartBefore(text, from);
    // Most spans spell a name as written and start a word: that path allocates nothing.
    if (!direct || wordStart !== from) {
      const problem = this.#spellingOrStartProblem(text, field, from, nameEnd, to, value, direct, wordStart);
      if (problem !== undefined) {
        return problem;
      }
    }
    const where = `The span [${from}, ${to}) of ${field}`;
    const ending = endProblem(text, from, nameEnd);
    if (ending !== undefined) {
      return { key: 'end', message: endMessage(ending, text, where, from, nameEnd) };
    }
    // Only a quotation mark right after the name can change where the span ends: most spans skip the count.
    const expected =
      nameEnd < text.length && isQuoteChar(text.charCodeAt(nameEnd))
        ? closeQuote(text, nameEnd, countQuotes(normalizeText(text.slice(from, nameEnd))))
        : nameEnd;
    return expected === to
      ? undefined
      : {
          key: 'end',
          message:
            expected > to
              ? `${where} leaves open a quotation mark of the name, in ${describeValue(wordAround(text, from, expected))}: expected end to be ${expected}, after the mark that closes it`
              : `${where} ends on a quotation mark that closes none opened inside the name, in ${describeValue(wordAround(text, from, to))}: expected end to be ${expected}, before it`,
        };
  }

  /** Per entity number: its normalized names, made on first use. */
  #spellingsOf(value: number): ReadonlySet<string> {
    return (this.#spellings[value] ??= spellingsOf(this.#entities[value] as Entity));
  }

  /** Whether `text` from `from` to `to` spells one of the names of entity `value` as written (not after لل). */
  #spellsDirectly(text: string, from: number, to: number, value: number): boolean {
    const accepted = (this.#accepted[value] ??= new Map<number, string[]>());
    const known = accepted.get(to - from);
    if (known !== undefined) {
      for (const spelling of known) {
        if (text.startsWith(spelling, from)) {
          return true;
        }
      }
    }
    const raw = text.slice(from, to);
    const key = spanKey(raw);
    if (key === undefined || !this.#spellingsOf(value).has(key)) {
      return false;
    }
    // A name holds wherever the same raw text occurs.
    if (known === undefined) {
      accepted.set(raw.length, [raw]);
    } else {
      known.push(raw);
    }
    return true;
  }

  /** Whether `text` from `from` to `to` spells a name of entity `value` that starts with ال, written without it. */
  #spellsFused(text: string, from: number, to: number, value: number): boolean {
    const key = spanKey(text.slice(from, to));
    return key !== undefined && this.#spellingsOf(value).has(`ال${key}`);
  }

  /**
   * For a span that does not both spell a name as written and start a word: what is
   * wrong with its spelling or its start, given where the letters of its word before it begin.
   * The name runs from `from` to `nameEnd`; the span, which the messages name, to `to`.
   */
  #spellingOrStartProblem(
    text: string,
    field: 'title' | 'body',
    from: number,
    nameEnd: number,
    to: number,
    value: number,
    direct: boolean,
    wordStart: number,
  ): MentionProblem | undefined {
    const where = (): string => `The span [${from}, ${to}) of ${field}`;
    const notAName = (): string =>
      `${where()} reads ${describeValue(text.slice(from, to))}, which is not a name or alias of ${describeValue((this.#entities[value] as Entity).id)}`;
    // A name that starts with ال, written without it: a mention only right after لل.
    const fused = !direct && this.#spellsFused(text, from, nameEnd, value);
    if (!direct && !fused) {
      return { key: 'end', message: notAName() };
    }
    const startIssue = this.#startProblem(text, from, wordStart, direct, fused, value, nameEnd);
    if (startIssue === undefined) {
      return undefined;
    }
    return direct
      ? { key: 'start', message: `${where()} ${startIssue}` }
      : { key: 'end', message: `${notAName()}: a name that starts with ال is written without it only right after لل` };
  }

  /**
   * Why a span that starts at `start` starts inside a word, or undefined: the
   * letters of its word before it must be clitics, counted from the word's start
   * (`wordStart`) or from a listed missing space inside the word, the nearest.
   * `direct` and `fused` say whether the span spells a name as written, or one
   * that starts with ال written without it.
   */
  #startProblem(
    text: string,
    start: number,
    wordStart: number,
    direct: boolean,
    fused: boolean,
    value: number,
    end: number,
  ): string | undefined {
    if (wordStart === -1) {
      return 'is preceded by more than 32 diacritics or invisible marks in a row: expected fewer, so that the start of its word can be found';
    }
    const isFused = (): boolean => fused || this.#spellsFused(text, start, end, value);
    const cliticsFrom = (from: number): boolean =>
      from === start
        ? direct
        : (direct && isCliticPrefix(text, from, start, false)) ||
          (isFused() && isCliticPrefix(text, from, start, true));
    if (cliticsFrom(wordStart)) {
      return undefined;
    }
    const [missingSpace] = missingSpacesBefore(text, start, this.#missingSpaces).filter((at) => at >= wordStart);
    if (missingSpace !== undefined && cliticsFrom(missingSpace)) {
      return undefined;
    }
    // wordStart stops a few letters back, enough for the rule; the message shows the word's whole head.
    const head =
      missingSpace === undefined ? wordAround(text.slice(0, start), start, start) : text.slice(missingSpace, start);
    return `starts inside the word ${describeValue(wordAround(text, start, start))}, after ${describeValue(head)}: expected it to start where its word starts, or after the clitics و or ف, then ب, ل or ك, then ال (or لل before a name written without its ال), or at a missing space listed in options.missingSpaces`;
  }
}

/**
 * The query syntax of the search: words, `"phrases"`, `-exclusions` and
 * `prefix*`, read into clauses of normalized words. What each clause matches
 * is decided later (compileSearch.ts); this file only reads the text.
 */
import { InvalidQueryError } from '../../errors.js';
import { describeValue } from '../args/describeValue.js';
import { searchWords } from './searchWords.js';

/** One clause of a query: a word, a phrase of two words or more, or a prefix. */
export interface QueryClause {
  readonly kind: 'word' | 'phrase' | 'prefix';
  /** The normalized words: one for a word or a prefix, two or more for a phrase. */
  readonly words: readonly string[];
}

/** A read query: the clauses every hit must match, and those no hit may match. */
export interface ParsedQuery {
  readonly include: readonly QueryClause[];
  readonly exclude: readonly QueryClause[];
}

/** The shortest prefix `*` may follow, in normalized letters. */
const MIN_PREFIX = 2;

const SPACE = /\s/u;

function invalid(token: string, expected: string): InvalidQueryError {
  return new InvalidQueryError(`Invalid search token ${describeValue(token)}: expected ${expected}`, token);
}

/**
 * Reads a search text. Outside quotes, whitespace separates tokens; a token
 * that starts with `-` excludes what follows it (a word, or a quoted phrase),
 * and a token that ends with `*` is a prefix. A plain token of several words
 * (`al-Qaeda`, `لياكين-فرولوف`, `U.S.`, `201st`) is a phrase of them, included
 * or excluded alike, so that an entity's hyphenated alias is looked up whole.
 * Punctuation-only tokens are skipped.
 * Throws {@link InvalidQueryError} when `text` is not a string, is blank, has
 * no word, has only exclusions, or misuses `-`, `"` or `*`.
 */
export function parseQuery(text: unknown): ParsedQuery {
  if (typeof text !== 'string') {
    throw new InvalidQueryError(`Expected the search text to be a string, got ${describeValue(text)}`, text);
  }
  if (text.trim().length === 0) {
    throw new InvalidQueryError(`Expected a search text with at least one word, got ${describeValue(text)}`, text);
  }
  const include: QueryClause[] = [];
  const exclude: QueryClause[] = [];
  let at = 0;
  while (at < text.length) {
    if (SPACE.test(text.charAt(at))) {
      at += 1;
      continue;
    }
    const start = at;
    const excluded = text.charAt(at) === '-';
    if (excluded) {
      at += 1;
      if (at === text.length || SPACE.test(text.charAt(at))) {
        throw invalid('-', 'a word or a quoted phrase right after the -, as in -أفغانستان');
      }
    }
    const out = excluded ? exclude : include;
    if (text.charAt(at) === '"') {
      const close = text.indexOf('"', at + 1);
      if (close === -1) {
        // Name the whole token the stray quote is in: `بوتين"` is a closing quote with no opening one.
        let from = start;
        while (from > 0 && !SPACE.test(text.charAt(from - 1))) {
          from -= 1;
        }
        throw invalid(text.slice(from), 'a closing " after the phrase: quotes come in pairs, as in "القاعدة العسكرية"');
      }
      if (text.charAt(close + 1) === '*') {
        throw invalid(text.slice(start, close + 2), 'no * after a phrase: a prefix is one word, as in طاجيك*');
      }
      const inner = text.slice(at + 1, close);
      if (inner.includes('*')) {
        throw invalid(
          text.slice(start, close + 1),
          'no * inside quotes: a prefix is not allowed in a phrase; search the prefix outside the quotes, as in طاجيك*',
        );
      }
      const found = searchWords(inner);
      if (found.length === 0) {
        throw invalid(text.slice(start, close + 1), 'at least one word between the quotes');
      }
      out.push({ kind: found.length === 1 ? 'word' : 'phrase', words: found });
      at = close + 1;
      continue;
    }
    let end = at;
    while (end < text.length && text.charAt(end) !== '"' && !SPACE.test(text.charAt(end))) {
      end += 1;
    }
    const token = text.slice(start, end);
    const prefix = text.charAt(end - 1) === '*';
    const body = text.slice(at, prefix ? end - 1 : end);
    at = end;
    if (body.includes('*')) {
      throw invalid(token, '* only at the end of a word, as in طاجيك*');
    }
    const found = searchWords(body);
    if (prefix) {
      const [only, ...more] = found;
      if (only === undefined) {
        throw invalid(token, 'a word of two letters or more before the *, as in طاجيك*');
      }
      if (more.length > 0) {
        throw invalid(token, 'one word before the *, as in طاجيك*');
      }
      if (only.length < MIN_PREFIX) {
        throw invalid(token, 'a word of two letters or more before the *: a one-letter prefix would match too much');
      }
      out.push({ kind: 'prefix', words: found });
    } else if (found.length > 0) {
      out.push({ kind: found.length === 1 ? 'word' : 'phrase', words: found });
    } else if (excluded) {
      throw invalid(token, 'a word or a quoted phrase right after the -, as in -أفغانستان');
    }
  }
  if (include.length === 0) {
    throw new InvalidQueryError(
      exclude.length > 0
        ? `Expected a search text with something to find besides its exclusions, got ${describeValue(text)}: add a word or phrase without -`
        : `Expected a search text with at least one letter or digit, got ${describeValue(text)}`,
      text,
    );
  }
  return { include, exclude };
}

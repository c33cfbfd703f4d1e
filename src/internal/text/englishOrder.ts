/**
 * The order of `a.localeCompare(b, 'en')` for names written with a small set of
 * characters, computed without ICU: the first `localeCompare` of a process loads
 * ICU's collation tables, about 10 ms, which is most of what sorting a handful of
 * rows costs the command line's start-up (`ru-tj-news stats`).
 *
 * The rules are the Unicode Collation Algorithm's for these characters under the
 * root collation, which English uses: every character here has a primary weight of
 * its own (punctuation, which is not ignorable by default, before digits, before
 * letters; a letter's case does not count at this level), so the first difference
 * of primary weights decides, and a string that is a prefix of the other comes
 * first. Two strings with the same primary weights differ only in case, and the
 * first difference decides there: lower case first. test/internal/englishOrder.test-prop.ts
 * holds this to `localeCompare` on random strings of these characters.
 */

/** The characters that are not letters, in their collation order: space, punctuation, symbols, digits. */
const BEFORE_LETTERS = ' -–—,:.\'"()/&0123456789';

/** The primary weight of a character (a letter's case aside), or -1 for one outside the table. */
function primary(code: number): number {
  if (code >= 97 && code <= 122) {
    return BEFORE_LETTERS.length + code - 97;
  }
  if (code >= 65 && code <= 90) {
    return BEFORE_LETTERS.length + code - 65;
  }
  return BEFORE_LETTERS.indexOf(String.fromCharCode(code));
}

/** Whether every character of `text` is in the table. */
function inTable(text: string): boolean {
  for (let at = 0; at < text.length; at += 1) {
    if (primary(text.charCodeAt(at)) < 0) {
      return false;
    }
  }
  return true;
}

/**
 * `-1`, `0` or `1`, as the sign of `a.localeCompare(b, 'en')`; `undefined` when either
 * string has a character outside the table, for the caller to ask `localeCompare`.
 */
export function compareEnglish(a: string, b: string): number | undefined {
  if (!inTable(a) || !inTable(b)) {
    return undefined;
  }
  let caseOrder = 0;
  const length = Math.min(a.length, b.length);
  for (let at = 0; at < length; at += 1) {
    const left = a.charCodeAt(at);
    const right = b.charCodeAt(at);
    const leftWeight = primary(left);
    const rightWeight = primary(right);
    if (leftWeight !== rightWeight) {
      return leftWeight < rightWeight ? -1 : 1;
    }
    if (caseOrder === 0 && left !== right) {
      // The same letter in two cases: lower case comes first, if nothing else differs.
      caseOrder = left > right ? -1 : 1;
    }
  }
  if (a.length !== b.length) {
    return a.length < b.length ? -1 : 1;
  }
  return caseOrder;
}

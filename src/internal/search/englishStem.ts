/**
 * A light English stemmer for the search of `en.title` and `en.summary`.
 *
 * AUX's version replaces this on merge: this minimal one handles only what the
 * search contract needs to be honest, the possessive 's and the plurals -s, -es
 * and -ies, so that `base`, `bases` and `base's` meet.
 */

/** Words this short are left alone: `is`, `us`, `gas` are not plurals. */
const MIN_LENGTH = 4;

/**
 * The stem of a lowercase Latin word: without a possessive `'s` (or a bare
 * trailing `'`), then without a plural ending (`-ies` → `-y`, `-sses`/`-ches`/
 * `-shes`/`-xes`/`-zes` → without `-es`, else a final `-s` not after `s`, `u` or `i`).
 */
export function englishStem(word: string): string {
  let stem = word.replace(/['\u2019]s$|['\u2019]$/u, '');
  if (stem.length < MIN_LENGTH) {
    return stem;
  }
  if (stem.endsWith('ies') && stem.length > MIN_LENGTH) {
    return `${stem.slice(0, -3)}y`;
  }
  if (/(?:ss|ch|sh|x|z)es$/u.test(stem)) {
    return stem.slice(0, -2);
  }
  if (stem.endsWith('s') && !/[siu]s$/u.test(stem)) {
    stem = stem.slice(0, -1);
  }
  return stem;
}

/**
 * Words for search: normalized words, and the prefix and suffix rules of
 * Lucene's ArabicStemmer, which the search's matching rules are built from
 * (see searchArticles). `tokenize` light-stems, for the benchmark's other engines.
 */
import { normalizeToBuffer, unitsToString } from './normalize.js';

// Lucene's prefixes, normalized; only the first that matches is removed.
const PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'] as const;
// Lucene's suffixes, normalized (ة is already ه, so يه and ية coincide); each is tried in turn.
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'] as const;

/**
 * The clitic prefixes a word can carry in running text: a conjunction (و ف),
 * then a preposition (ب ل ك), then the article (ال), with لل for ل + ال.
 * A query word matches a text word that is the word with one of these in front
 * (لطاجيكستان for طاجيكستان).
 */
export const CLITIC_PREFIXES: readonly string[] = (() => {
  const out = new Set<string>();
  for (const conjunction of ['', 'و', 'ف']) {
    for (const preposition of ['', 'ب', 'ل', 'ك']) {
      for (const article of ['', 'ال']) {
        out.add(conjunction + preposition + article);
      }
    }
    out.add(`${conjunction}لل`);
  }
  return [...out];
})();

const ARABIC_LETTER = /^[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]+$/u;

/**
 * The suffix endings a word can carry: none, one of Lucene's suffixes, or two
 * of them in the order its stemmer strips them (the outer one tried first), as
 * يات = ي + ات or اتها = ات + ها.
 */
export const SUFFIX_ENDINGS: readonly string[] = (() => {
  const out = new Set<string>(['', ...SUFFIXES]);
  SUFFIXES.forEach((outer, at) => {
    for (const inner of SUFFIXES.slice(at + 1)) {
      out.add(inner + outer);
    }
  });
  return [...out];
})();

/**
 * The possessive and object pronouns a word can carry, normalized: his, her,
 * their two, their, your two, your (plural), our. The singular "your" (ك) and
 * the feminine plurals (هن كن) are left out: on a three-letter word they mostly
 * make other words (هنا + ك is هناك, اما + كن is اماكن).
 */
export const PRONOUN_ENDINGS: readonly string[] = ['ه', 'ها', 'هما', 'هم', 'كما', 'كم', 'نا'];

/**
 * The endings a short core (under three letters, a leading ال not counted)
 * can carry: none, or Lucene's pronoun suffixes ه ها and ي. A short word's
 * letters line up inside many longer words, so it takes no plural, dual or
 * adjective ending, nor the longer pronouns: ان does not find كانون (ك + ان
 * + ون), nor ما بالمائة (ب + ال + ما + يه), nor الا الاهم, while في finds فيها
 * and عن عنه.
 */
export const SHORT_ENDINGS: readonly string[] = ['', 'ه', 'ها', 'ي'];

/**
 * The endings a core of three letters or more can carry beyond
 * {@link SUFFIX_ENDINGS}: a pronoun, or a pronoun behind the plural ات or the
 * construct forms of the dual and plural, ا (وفداهما) and ي (مواطنيهم). انا is
 * left out: it is as often the tanween alef of a word in ان (احيانا).
 */
export const INFLECTION_ENDINGS: readonly string[] = [
  ...PRONOUN_ENDINGS,
  ...['ات', 'ا', 'ي'].flatMap((number) =>
    PRONOUN_ENDINGS.filter((pronoun) => number !== 'ا' || pronoun !== 'نا').map((pronoun) => number + pronoun),
  ),
];

/**
 * The endings of a feminine noun after its stem, with the ta marbuta (ه once
 * normalized) or the ت it becomes before a suffix: ه, the plural ات and ات +
 * pronoun, and ت + a pronoun, my (ي), the dual (ان ين) or its construct forms
 * (ا ي, alone or with a pronoun): شراك + تهما, اتفاقي + تين.
 */
export const FEMININE_ENDINGS: readonly string[] = [
  'ه',
  'ات',
  ...PRONOUN_ENDINGS.map((pronoun) => `ات${pronoun}`),
  ...['ان', 'ين', 'ا', 'ي', ...INFLECTION_ENDINGS.filter((ending) => !ending.startsWith('ات'))].map(
    (ending) => `ت${ending}`,
  ),
];

/**
 * The subject endings of a past-tense verb that the other endings lack: she (ت)
 * and they two, feminine (تا), as in عقدت and وقعتا.
 */
export const VERB_ENDINGS: readonly string[] = ['ت', 'تا'];

/** The tanween alef of the accusative, as in وزيرا for وزيراً. */
export const TANWEEN_ALEF = 'ا';

/**
 * The clitic prefix the light stemmer removes from a normalized Arabic word
 * (the first of Lucene's prefixes that fits), or undefined when it removes none.
 */
export function lucenePrefix(word: string): string | undefined {
  if (word.length < 3 || !ARABIC_LETTER.test(word)) {
    return undefined;
  }
  // و needs a word of at least 4 letters; the other prefixes need 2 letters left.
  return PREFIXES.find(
    (prefix) => word.length >= (prefix.length === 1 ? 4 : prefix.length + 2) && word.startsWith(prefix),
  );
}

/** Lucene's prefixes, normalized: a word that lost one of them in the query may carry any of them in the text. */
export const LUCENE_PREFIXES: readonly string[] = PREFIXES;

/** Light-stems one normalized word. Only Arabic words are stemmed; digits and Latin words are returned as they are. */
function stemWord(word: string): string {
  if (word.length < 3 || !ARABIC_LETTER.test(word)) {
    return word;
  }
  const prefix = lucenePrefix(word);
  let stem = prefix === undefined ? word : word.slice(prefix.length);
  for (const suffix of SUFFIXES) {
    if (stem.length >= suffix.length + 2 && stem.endsWith(suffix)) {
      stem = stem.slice(0, -suffix.length);
    }
  }
  return stem;
}

/**
 * A word is a run of letters (and any marks NFKC left), or a number with its
 * decimal points: this pattern on normalized text is the definition, and
 * {@link words} is a faster equivalent of it that the tests hold to it.
 */
export const WORD = /[\p{L}\p{M}]+|\p{Nd}+(?:[.\u066b]\p{Nd}+)*/gu;

const LETTER = 1;
const DIGIT = 2;
const OTHER = 3;
/** Class of each UTF-16 unit, filled in on first sight. */
const unitClass = new Uint8Array(0x10000);
const pairClass = new Map<number, number>();

function classify(char: string): number {
  return /^[\p{L}\p{M}]$/u.test(char) ? LETTER : /^\p{Nd}$/u.test(char) ? DIGIT : OTHER;
}

/** The class of the unit (or surrogate pair) at `at`, and its width. */
function classAt(units: Uint16Array, at: number, length: number): number {
  const unit = units[at]!; // callers read at < length
  if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < length) {
    const low = units[at + 1]!; // at + 1 < length, checked above
    if (low >= 0xdc00 && low <= 0xdfff) {
      const codePoint = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      let found = pairClass.get(codePoint);
      if (found === undefined) {
        found = classify(String.fromCodePoint(codePoint));
        pairClass.set(codePoint, found);
      }
      return found + 4; // +4 marks a width of two units
    }
  }
  let found = unitClass[unit]!; // one cell per UTF-16 unit; 0 means not classified yet
  if (found === 0) {
    found = classify(String.fromCharCode(unit));
    unitClass[unit] = found;
  }
  return found;
}

/** The normalized words of a text: `normalizeText(text).match(WORD) ?? []`, in one pass and without a regex. */
export function words(text: string): string[] {
  const { units, length } = normalizeToBuffer(text);
  // Words are slices of one normalized string: cheaper than building each from its units.
  const normalized = unitsToString(units, 0, length);
  const out: string[] = [];
  let at = 0;
  const runEnd = (from: number, wanted: number): number => {
    let end = from;
    while (end < length) {
      const found = classAt(units, end, length);
      if ((found & 3) !== wanted) {
        break;
      }
      end += found > 4 ? 2 : 1;
    }
    return end;
  };
  while (at < length) {
    const found = classAt(units, at, length);
    const kind = found & 3;
    if (kind === LETTER) {
      const end = runEnd(at, LETTER);
      out.push(normalized.slice(at, end));
      at = end;
    } else if (kind === DIGIT) {
      let end = runEnd(at, DIGIT);
      // A decimal point joins two digit runs: 44.7 is one word, 2022. is 2022.
      while (
        end + 1 < length &&
        (units[end] === 0x2e || units[end] === 0x066b) &&
        (classAt(units, end + 1, length) & 3) === DIGIT
      ) {
        end = runEnd(end + 1, DIGIT);
      }
      out.push(normalized.slice(at, end));
      at = end;
    } else {
      at += found > 4 ? 2 : 1;
    }
  }
  return out;
}

/** A cache of stems: the vocabulary of a corpus is far smaller than its text. */
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

function cachedStem(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    // A word is a slice of a whole normalized text; copy it, so that the cache does not keep the text alive.
    const own = copyString(word);
    stem = copyString(stemWord(own));
    if (stemCache.size >= STEM_CACHE_LIMIT) {
      stemCache.clear();
    }
    stemCache.set(own, stem);
  }
  return stem;
}

/** A copy of a string that shares no memory with the string it was sliced from. */
export function copyString(value: string): string {
  let out = '';
  for (let index = 0; index < value.length; index += 1) {
    out += value.charAt(index);
  }
  return out;
}

/** Splits text into search terms: normalized, then cut into words, then light-stemmed. */
export function tokenize(text: string): string[] {
  const found = words(text);
  for (let index = 0; index < found.length; index += 1) {
    found[index] = cachedStem(found[index]!); // index < found.length
  }
  return found;
}

/** Whether a term is an Arabic word, which can carry clitic prefixes in running text. */
export function isArabicTerm(term: string): boolean {
  return ARABIC_LETTER.test(term);
}

/**
 * The word rules of the search (how a query word matches a text word) and the
 * BM25 functions, shared by the scan of a list (scanSearch.ts) and the indexed
 * corpus (searchIndex.ts). Both compute each score with the same function,
 * from the same integers, in the same order, so they return exactly the same ranking.
 */
import { describeValue } from '../args/describeValue.js';
import { recordIssue } from '../args/recordIssue.js';
import {
  CLITIC_PREFIXES,
  FEMININE_ENDINGS,
  INFLECTION_ENDINGS,
  isArabicTerm,
  LUCENE_PREFIXES,
  lucenePrefix,
  PRONOUN_ENDINGS,
  SHORT_ENDINGS,
  SUFFIX_ENDINGS,
  TANWEEN_ALEF,
  VERB_ENDINGS,
} from '../text/tokenize.js';

/** BM25 parameters: the usual defaults. */
export const K1 = 1.2;
const B = 0.75;
/** A title word counts this many times, in both term frequency and document length. */
export const TITLE_WEIGHT = 2;

/** One way a text word can hold a query word: one of `prefixes`, then one of `cores`, then one of `endings`. */
export interface QueryBase {
  readonly prefixes: readonly string[];
  readonly cores: readonly string[];
  readonly endings: ReadonlySet<string>;
}

/** A base of an Arabic query word, with the flags its `endings` were built from (part of the term's key). */
interface ArabicQueryBase extends QueryBase {
  readonly flags: number;
}

/**
 * One word of a query, as the rules for the text words that hold it (see
 * {@link queryTerm}). `key` is the same for two words that match the same text words.
 */
export interface QueryTerm {
  readonly key: string;
  readonly bases: readonly QueryBase[];
}

/** A core left after removing a suffix ending from a query word keeps at least this many letters. */
const MIN_STRIPPED_CORE = 3;

const NO_ENDING: ReadonlySet<string> = new Set(['']);

/**
 * The clitic chains that end in the article (ال, or لل for ل + ال): a query
 * word that starts with one of them without being one of Lucene's prefixes
 * (وبال وكال فبال فكال ولل فلل) loses it as it loses a Lucene prefix. Behind
 * the article, the letters are the word's: no noun starts with ال + ال.
 */
const ARTICLE_CHAINS: readonly string[] = ['وبال', 'وكال', 'فبال', 'فكال', 'ولل', 'فلل'];

/** The prefixes in front of a query word without its own و: Lucene's prefixes and the article chains. */
const LUCENE_BASE_PREFIXES: readonly string[] = ['', ...LUCENE_PREFIXES, ...ARTICLE_CHAINS];

/**
 * A clitic ب before another labial, م or ف (after an optional و or ف): no Arabic
 * verb root starts with two labials (Greenberg 1950), so the ب is the preposition (بمراسم, بفضل),
 * never the word's own letter as in بوتين or بطاقة.
 */
const LABIAL_BA = /^[وف]?ب(?=[مف])/u;

/** What a core of a query word may be followed by, as flags: the ending sets are unions of these. */
const LONG = 1;
const TANWEEN = 2;
const FEMININE = 4;
const NO_NISBA = 8;
const VERB = 16;
const SHORT_PRONOUNS = 32;

/**
 * Whether an ending starts with the nisba ي of an adjective (ي, ية, يين …),
 * the plural and dual ين aside. A tanween alef does not go with it: فرنسا
 * less its alef, plus ي, is فرنسي, another word.
 */
function isNisba(ending: string): boolean {
  return ending.startsWith('ي') && ending !== 'ين';
}

/** The ending sets, built once per combination of flags. */
const endingSets = new Map<number, ReadonlySet<string>>();

function endingsFor(flags: number): ReadonlySet<string> {
  let found = endingSets.get(flags);
  if (found === undefined) {
    // A core without LONG is short (see isLongCore): it takes the short endings only.
    const out = new Set<string>((flags & LONG) === 0 ? SHORT_ENDINGS : SUFFIX_ENDINGS);
    if ((flags & SHORT_PRONOUNS) !== 0) {
      PRONOUN_ENDINGS.forEach((ending) => out.add(ending));
    }
    if ((flags & LONG) !== 0) {
      INFLECTION_ENDINGS.forEach((ending) => out.add(ending));
    }
    if ((flags & TANWEEN) !== 0) {
      out.add(TANWEEN_ALEF);
    }
    if ((flags & FEMININE) !== 0) {
      FEMININE_ENDINGS.forEach((ending) => out.add(ending));
    }
    if ((flags & VERB) !== 0) {
      VERB_ENDINGS.forEach((ending) => out.add(ending));
    }
    if ((flags & NO_NISBA) !== 0) {
      [...out].filter(isNisba).forEach((ending) => out.delete(ending));
    }
    found = out;
    endingSets.set(flags, found);
  }
  return found;
}

/**
 * Whether a core is long enough for the inflection rules: three letters or
 * more, not counting a leading ال, whose letters are as often the article's
 * (الا + هم is also ال + اهم).
 */
function isLongCore(core: string): boolean {
  return core.length - (core.startsWith('ال') ? 2 : 0) >= MIN_STRIPPED_CORE;
}

/**
 * Whether the tanween alef can follow a word: a long core, not after ي (روسي
 * and روسيا are two words), ا, or ه (انه + ا is ب + انها).
 */
function takesTanween(word: string): boolean {
  return isLongCore(word) && !/[ياه]$/u.test(word);
}

/** Whether a verb's subject ending can follow a core: a long core, not after ا (بنا + ت is بنات). */
function takesVerbEnding(core: string): boolean {
  return isLongCore(core) && !core.endsWith('ا');
}

/** Whether a core is short and ends in ي, as إلى, في and أي do once normalized: two letters or ال + one. */
function isShortPronounCore(core: string): boolean {
  return !isLongCore(core) && core.length >= 2 && core.endsWith('ي');
}

/**
 * The flags of a core by its letters: a long core takes the inflection
 * endings, and the verb endings unless it ends in ا; a short core in ي (في،
 * إلى، أي, whose ى becomes ي before a pronoun: إليهما) takes the pronouns.
 */
function lengthFlags(core: string): number {
  if (!isLongCore(core)) {
    return isShortPronounCore(core) ? SHORT_PRONOUNS : 0;
  }
  return LONG | (takesVerbEnding(core) ? VERB : 0);
}

/**
 * The cores of one base of a query word, each with the flags of the endings it
 * may carry: the base, the base without its own suffix ending (three letters or
 * more left) or its own inflection ending (a long core left), the feminine stem
 * of a base in ه, ات or ت + ending, and the word a tanween alef was added to. A
 * core that lost a nominal ending other than the nisba ي takes the tanween alef
 * too (الرئيسان finds ورئيساً), and the word a tanween alef was added to takes
 * every ending but the nisba ones (ورئيساً finds الرئيسان, فرنسا does not find فرنسي).
 */
function coresOf(base: string): Map<string, number> {
  const cores = new Map<string, number>();
  const add = (core: string, flags: number): void => {
    cores.set(core, (cores.get(core) ?? 0) | flags);
  };
  const tanweenAfter = (core: string, ending: string): number => (takesTanween(core) && !isNisba(ending) ? TANWEEN : 0);
  add(base, lengthFlags(base) | tanweenAfter(base, ''));
  for (const ending of SUFFIX_ENDINGS) {
    if (ending.length > 0 && base.endsWith(ending) && base.length - ending.length >= MIN_STRIPPED_CORE) {
      const core = base.slice(0, -ending.length);
      add(core, lengthFlags(core) | tanweenAfter(core, ending));
    }
  }
  for (const ending of INFLECTION_ENDINGS) {
    const core = base.slice(0, -ending.length);
    if (base.endsWith(ending) && isLongCore(core)) {
      add(core, lengthFlags(core) | tanweenAfter(core, ending));
    } else if (base.endsWith(ending) && /^(هما|هم|كما|كم|نا)$/u.test(ending) && isShortPronounCore(core)) {
      // إليهما less هما is إلى; a short ending (فيه, آية = ايه) is left on, as the short rules do.
      add(core, SHORT_PRONOUNS);
    }
  }
  for (const ending of VERB_ENDINGS) {
    const core = base.slice(0, -ending.length);
    if (base.endsWith(ending) && takesVerbEnding(core)) {
      add(core, lengthFlags(core));
    }
  }
  for (const ending of FEMININE_ENDINGS) {
    const stem = base.slice(0, -ending.length);
    if (base.endsWith(ending) && isLongCore(stem)) {
      add(stem, lengthFlags(stem) | FEMININE | tanweenAfter(stem, ending));
    }
  }
  const bare = base.slice(0, -TANWEEN_ALEF.length);
  if (base.endsWith(TANWEEN_ALEF) && takesTanween(bare) && !cores.has(bare)) {
    // The bare word of a tanween form: its number and pronoun endings, but not the nisba ي, since the
    // alef may be the word's own (فرنسا is not فرنس + ا).
    add(bare, lengthFlags(bare) | TANWEEN | NO_NISBA);
  }
  return cores;
}

/** The bases of a query term for one base of the query word, one per set of endings. */
function basesOf(prefixes: readonly string[], base: string): ArabicQueryBase[] {
  const byFlags = new Map<number, string[]>();
  for (const [core, flags] of coresOf(base)) {
    const list = byFlags.get(flags);
    if (list === undefined) {
      byFlags.set(flags, [core]);
    } else {
      list.push(core);
    }
  }
  return [...byFlags].map(([flags, cores]) => ({ prefixes, cores, endings: endingsFor(flags), flags }));
}

/** The query word's own article chain or Lucene prefix, when it starts with one. */
function ownPrefix(word: string): string | undefined {
  const chain = ARTICLE_CHAINS.find((prefix) => word.startsWith(prefix) && word.length >= prefix.length + 2);
  return chain ?? lucenePrefix(word);
}

/**
 * The rules for the normalized text words that hold a normalized query word. A
 * text word holds the query word when it is the word itself, or a core of it,
 * with a clitic prefix (و ف, then ب ل ك, then ال, or لل) in front and an ending
 * behind, each optional. A short core (under three letters, a leading ال not
 * counted) takes only the short endings ({@link SHORT_ENDINGS}: ه ها ي), and
 * the pronouns too when it ends in ي (في إلى أي: إليهما).
 * The endings of a longer core are the suffix endings
 * ({@link SUFFIX_ENDINGS}); on a core of three letters or more (not counting a
 * leading ال) also the inflection endings ({@link INFLECTION_ENDINGS}:
 * pronouns, and the dual and plural forms before them); on the word itself, or
 * a core that lost a nominal ending other than the nisba ي, when it does not
 * end in ي ا or ه, the tanween alef. A core is the word, or the word
 * without its own suffix ending when at least three letters remain, or without
 * its own inflection ending when a long core remains. A word that ends in ه
 * (ta marbuta), ات or ت + an ending has a feminine stem, which carries the
 * feminine endings ({@link FEMININE_ENDINGS}: شراكه and شراكتهما). A word that
 * ends in a tanween alef matches the word without it, with any ending of a
 * long core but the nisba ones. When the query word starts with one of
 * Lucene's prefixes (ال وال بال كال فال لل و) or another clitic chain that ends
 * in the article (وبال وكال فبال فكال ولل فلل), the word without it matches
 * too, behind any clitic prefix; a word without only its و (on four letters or
 * more) matches behind none or one of those prefixes and chains only. When
 * it starts with ب before م or ف (after an optional و or ف) and a long core
 * remains, the word without them matches too, behind any clitic prefix.
 * Letters of the text word that merely line up with the query word's (`أن` in
 * `وكالة`, `على` in `بالفعل`) do not count. A word that is not Arabic matches
 * only itself.
 */
export function queryTerm(word: string): QueryTerm {
  if (!isArabicTerm(word)) {
    return { key: `=${word}`, bases: [{ prefixes: [''], cores: [word], endings: NO_ENDING }] };
  }
  const bases = basesOf(CLITIC_PREFIXES, word);
  const own = ownPrefix(word);
  if (own !== undefined) {
    // Behind the article the rest is a noun, which may carry any clitic (المراسم finds بمراسم); behind a
    // lone و it may be the word's own letter (وزارة is not و + زارة), so only Lucene's prefixes.
    const article = own !== 'و';
    bases.push(...basesOf(article ? CLITIC_PREFIXES : LUCENE_BASE_PREFIXES, word.slice(own.length)));
  }
  const labial = LABIAL_BA.exec(word)?.[0];
  if (labial !== undefined && isLongCore(word.slice(labial.length))) {
    bases.push(...basesOf(CLITIC_PREFIXES, word.slice(labial.length)));
  }
  // The words are normalized Arabic letters: a space, a colon or a bar cannot occur in them. The
  // prefixes are one of two lists, told apart by their length.
  return {
    key: bases.map((base) => `${base.prefixes.length}:${base.flags}:${base.cores.join(' ')}`).join(' | '),
    bases,
  };
}

/** Whether a normalized text word holds the query word of `term`. */
export function termMatches(term: QueryTerm, textWord: string): boolean {
  for (const { prefixes, cores, endings } of term.bases) {
    for (const prefix of prefixes) {
      if (!textWord.startsWith(prefix)) {
        continue;
      }
      for (const core of cores) {
        if (textWord.startsWith(core, prefix.length) && endings.has(textWord.slice(prefix.length + core.length))) {
          return true;
        }
      }
    }
  }
  return false;
}

/** Collection statistics that BM25 needs. */
export interface CollectionStats {
  /** Number of documents. */
  readonly count: number;
  /** Sum of all document lengths (weighted). */
  readonly totalLength: number;
}

/** Inverse document frequency, BM25+ style so that it is never negative. */
export function idf(stats: CollectionStats, documentFrequency: number): number {
  return Math.log(1 + (stats.count - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** The length part of BM25's denominator for a document of `length`. */
export function lengthNorm(stats: CollectionStats, length: number): number {
  return K1 * (1 - B + (B * length) / (stats.totalLength / stats.count));
}

/** One query term's contribution to a document's score, given the document's {@link lengthNorm}. */
export function termScore(termIdf: number, frequency: number, norm: number): number {
  return (termIdf * frequency * (K1 + 1)) / (frequency + norm);
}

/** Reads a record's searchable text, throwing {@link InvalidRecordError} when it has none. */
export function searchableText(article: unknown, index: number, field: 'title' | 'body'): string {
  const value =
    typeof article === 'object' && article !== null ? (article as Record<string, unknown>)[field] : undefined;
  if (typeof value !== 'string') {
    throw recordIssue(index, [field], `Expected ${field} to be a string, got ${describeValue(value)}`);
  }
  return value;
}

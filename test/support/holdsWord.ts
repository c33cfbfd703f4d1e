/**
 * An independent, naive definition of "the article holds this word", written
 * from the search rules in the docs (docs/search.md, "How a word matches", and
 * searchArticles' TSDoc), not from the search's own matcher: the query word's
 * cores are listed with the endings each may take, and every word of the
 * article is cut every way into prefix, core and ending and looked up there.
 */
import { normalizeArabic } from '../../src/index.js';

/** Conjunction, then preposition, then article, each optional; لل is ل + ال. */
const CLITICS = [
  ...['', 'و', 'ف'].flatMap((conjunction) => [
    ...['', 'ب', 'ل', 'ك'].flatMap((preposition) => [conjunction + preposition, `${conjunction + preposition}ال`]),
    `${conjunction}لل`,
  ]),
] as const;

/** Lucene's prefixes, as the search docs list them (normalized). */
const LUCENE = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'] as const;

/** The documented suffixes, normalized (ية is يه). */
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'] as const;

/** No ending, one suffix, or two: the later one in the list sits nearer the core (يات = ي + ات). */
const ENDINGS: ReadonlySet<string> = new Set([
  '',
  ...SUFFIXES,
  ...SUFFIXES.flatMap((outer, at) => SUFFIXES.slice(at + 1).map((inner) => inner + outer)),
]);

/** The documented pronouns: his, her, their two, their, your two, your, our. */
const PRONOUNS = ['ه', 'ها', 'هما', 'هم', 'كما', 'كم', 'نا'] as const;

/** All a short core (under three letters, ال not counted) may carry: nothing, ه, ها or ي. */
const SHORT: ReadonlySet<string> = new Set(['', 'ه', 'ها', 'ي']);

/** On a long core: a pronoun, alone or behind ات, ا (but not انا) or ي. */
const INFLECTIONS: ReadonlySet<string> = new Set([
  ...PRONOUNS,
  ...PRONOUNS.map((pronoun) => `ات${pronoun}`),
  ...PRONOUNS.filter((pronoun) => pronoun !== 'نا').map((pronoun) => `ا${pronoun}`),
  ...PRONOUNS.map((pronoun) => `ي${pronoun}`),
]);

/** On a long core that does not end in ا: she (ت), they two (تا). */
const VERB_SUBJECTS: ReadonlySet<string> = new Set(['ت', 'تا']);

/** After a feminine stem: ة (ه), the plural ات, ات + pronoun, and ت + what follows a long core but ات…, or + ان ين ا ي. */
const FEMININE: ReadonlySet<string> = new Set([
  'ه',
  'ات',
  ...PRONOUNS.map((pronoun) => `ات${pronoun}`),
  ...['ان', 'ين', 'ا', 'ي', ...[...INFLECTIONS].filter((ending) => !ending.startsWith('ات'))].map(
    (ending) => `ت${ending}`,
  ),
]);

const ARABIC = /^[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]+$/u;
const WORDS = /[\p{L}\p{M}]+|\p{Nd}+(?:[.\u066b]\p{Nd}+)*/gu;

/** The normalized words of a text. */
export function textWords(text: string): string[] {
  return normalizeArabic(text).match(WORDS) ?? [];
}

/** The clitic chains that end in the article but are not Lucene prefixes: و or ف, then بال كال or لل. */
const ARTICLE_CHAINS = ['وبال', 'وكال', 'فبال', 'فكال', 'ولل', 'فلل'] as const;

/**
 * The bases of a query word, each with the prefixes a text word may carry in
 * front of it: the word itself (any clitic); the word without its article
 * chain (ال وال بال كال فال لل or one of ARTICLE_CHAINS, two letters left: any
 * clitic) or without its Lucene و (four letters or more: Lucene's prefixes and
 * the article chains); and the word without ب before م or ف, with an optional
 * و or ف in front (a long rest: any clitic).
 */
function bases(word: string): { base: string; prefixes: readonly string[] }[] {
  const out: { base: string; prefixes: readonly string[] }[] = [{ base: word, prefixes: CLITICS }];
  const article = [...ARTICLE_CHAINS, ...LUCENE.filter((prefix) => prefix !== 'و')].find(
    (prefix) => word.startsWith(prefix) && word.length >= prefix.length + 2,
  );
  if (article !== undefined && word.length >= 3) {
    out.push({ base: word.slice(article.length), prefixes: CLITICS });
  } else if (word.startsWith('و') && word.length >= 4) {
    out.push({ base: word.slice(1), prefixes: ['', ...LUCENE, ...ARTICLE_CHAINS] });
  }
  for (const lead of ['ب', 'وب', 'فب']) {
    const rest = word.slice(lead.length);
    if (word.startsWith(lead) && (rest.startsWith('م') || rest.startsWith('ف')) && long(rest)) {
      out.push({ base: rest, prefixes: CLITICS });
    }
  }
  return out;
}

/** A nisba ending: ي, alone or with more after it, but for the plural and dual ين. */
const nisba = (ending: string): boolean => ending.startsWith('ي') && ending !== 'ين';

/** Three letters or more, a leading ال not counted. */
const long = (core: string): boolean => (core.startsWith('ال') ? core.length - 2 : core.length) >= 3;

/** The part of `word` before `ending`, when the word ends with it. */
const before = (word: string, ending: string): string | undefined =>
  ending.length > 0 && word.endsWith(ending) ? word.slice(0, word.length - ending.length) : undefined;

/**
 * What may follow each core of a base: a map from core to the set of endings
 * allowed after it, built rule by rule as the docs state them.
 */
function coreEndings(base: string): Map<string, Set<string>> {
  const allowed = new Map<string, Set<string>>();
  const allow = (core: string, endings: Iterable<string>): void => {
    const set = allowed.get(core) ?? new Set<string>();
    for (const ending of endings) {
      set.add(ending);
    }
    allowed.set(core, set);
  };
  // A short core takes the short endings, and the pronouns too when it ends in ي (two letters at least);
  // a long one the suffix endings, the inflections, and the verb subjects unless it ends in ا.
  const core = (candidate: string): void => {
    if (!long(candidate)) {
      allow(candidate, SHORT);
      if (candidate.length >= 2 && candidate.endsWith('ي')) {
        allow(candidate, PRONOUNS);
      }
      return;
    }
    allow(candidate, ENDINGS);
    allow(candidate, INFLECTIONS);
    if (!candidate.endsWith('ا')) {
      allow(candidate, VERB_SUBJECTS);
    }
  };
  // The tanween alef follows a long core that does not end in ي, ا or ه: the word itself, or a core
  // that lost a nominal ending, unless that ending is a nisba one.
  const tanween = (candidate: string, lost: string): void => {
    if (long(candidate) && !/[ياه]$/u.test(candidate) && !nisba(lost)) {
      allow(candidate, ['ا']);
    }
  };
  core(base);
  tanween(base, '');
  for (const ending of ENDINGS) {
    const rest = before(base, ending);
    if (rest !== undefined && rest.length >= 3) {
      core(rest);
      tanween(rest, ending);
    }
  }
  for (const ending of INFLECTIONS) {
    const rest = before(base, ending);
    if (rest !== undefined && long(rest)) {
      core(rest);
      tanween(rest, ending);
    }
    // A short word in ي + a pronoun but ه or ها: إليهما is إلى + هما.
    if (rest !== undefined && !long(rest) && ['هما', 'هم', 'كما', 'كم', 'نا'].includes(ending)) {
      if (rest.length >= 2 && rest.endsWith('ي')) {
        allow(rest, [...SHORT, ...PRONOUNS]);
      }
    }
  }
  for (const ending of VERB_SUBJECTS) {
    const rest = before(base, ending);
    if (rest !== undefined && long(rest) && !rest.endsWith('ا')) {
      core(rest);
    }
  }
  for (const ending of FEMININE) {
    const stem = before(base, ending);
    if (stem !== undefined && long(stem)) {
      core(stem);
      allow(stem, FEMININE);
      tanween(stem, ending);
    }
  }
  // A word with a tanween alef finds the word without it, with the alef or with any ending of a long
  // core but the nisba ones.
  const bare = before(base, 'ا');
  if (bare !== undefined && long(bare) && !/[ياه]$/u.test(bare)) {
    const endings = [...ENDINGS, ...INFLECTIONS, ...(bare.endsWith('ا') ? [] : VERB_SUBJECTS), 'ا'];
    allow(
      bare,
      endings.filter((ending) => !nisba(ending)),
    );
  }
  return allowed;
}

/** Whether one normalized text word holds one normalized query word. */
export function wordHolds(textWord: string, queryWord: string): boolean {
  if (!ARABIC.test(queryWord)) {
    return textWord === queryWord;
  }
  return bases(queryWord).some(({ base, prefixes }) => {
    const allowed = coreEndings(base);
    // Cut the text word every way into prefix + core + ending, and look the core up.
    return prefixes.some((prefix) => {
      if (!textWord.startsWith(prefix)) {
        return false;
      }
      const rest = textWord.slice(prefix.length);
      for (let cut = 1; cut <= rest.length; cut += 1) {
        if (allowed.get(rest.slice(0, cut))?.has(rest.slice(cut)) === true) {
          return true;
        }
      }
      return false;
    });
  });
}

/** Whether an article's title or body holds a (raw) query word. */
export function holdsWord(article: { readonly title: string; readonly body: string }, word: string): boolean {
  const [queryWord] = textWords(word);
  if (queryWord === undefined) {
    return false;
  }
  return textWords(`${article.title} ${article.body}`).some((textWord) => wordHolds(textWord, queryWord));
}

/**
 * An independent, naive definition of "the article holds this word", written
 * from the search rules in the docs (searchArticles' TSDoc), not from the
 * search's own matcher: every word of the article is taken apart by hand, and
 * its parts compared with the query word's.
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

const ARABIC = /^[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]+$/u;
const WORDS = /[\p{L}\p{M}]+|\p{Nd}+(?:[.\u066b]\p{Nd}+)*/gu;

/** The normalized words of a text. */
export function textWords(text: string): string[] {
  return normalizeArabic(text).match(WORDS) ?? [];
}

/** The query word, and the word without the Lucene prefix it starts with (و only on 4 letters or more, the others leaving 2). */
function bases(word: string): { base: string; prefixes: readonly string[] }[] {
  const out: { base: string; prefixes: readonly string[] }[] = [{ base: word, prefixes: CLITICS }];
  const own = LUCENE.find(
    (prefix) => word.startsWith(prefix) && word.length >= (prefix === 'و' ? 4 : prefix.length + 2),
  );
  if (own !== undefined && word.length >= 3) {
    out.push({ base: word.slice(own.length), prefixes: ['', ...LUCENE] });
  }
  return out;
}

/** Whether one normalized text word holds one normalized query word. */
export function wordHolds(textWord: string, queryWord: string): boolean {
  if (!ARABIC.test(queryWord)) {
    return textWord === queryWord;
  }
  return bases(queryWord).some(({ base, prefixes }) => {
    // The base itself, or the base without its own ending when three letters or more remain.
    const cores = [
      base,
      ...[...ENDINGS]
        .filter((e) => e !== '' && base.endsWith(e) && base.length - e.length >= 3)
        .map((e) => base.slice(0, -e.length)),
    ];
    return prefixes.some(
      (prefix) =>
        textWord.startsWith(prefix) &&
        cores.some((core) => {
          const rest = textWord.slice(prefix.length);
          return rest.startsWith(core) && ENDINGS.has(rest.slice(core.length));
        }),
    );
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

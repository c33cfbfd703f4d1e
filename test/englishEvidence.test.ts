import { describe, expect, it } from 'vitest';

import { type Article, articles, ArticleSchema } from '../src/index.js';
import { quoteProblems } from '../src/internal/corpus/quotes.js';
import { splitSentences } from '../src/internal/text/sentences.js';

const cases = articles.map((article) => [article.id, article] as const);

/** The evidence of a shipped article, which every one has. */
function evidenceOf(article: Article): NonNullable<Article['en']['evidence']> {
  const { evidence } = article.en;
  if (evidence === undefined) {
    throw new Error(`${article.id} has no en.evidence`);
  }
  return evidence;
}

/** Whether `quote` is the article's own words: in its printed title (never an editorial one) or its body. */
const isOwnWords = (article: Article, quote: string): boolean =>
  (article.titleBasis === 'source' && article.title.includes(quote)) || article.body.includes(quote);

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
/** The numbers written in digits in `text` (Arabic-Indic digits read as ASCII), as written: `44.7`, `201`, `2021`. */
const numbersIn = (text: string): string[] =>
  [...text.replace(/[٠-٩]/gu, (digit) => String(ARABIC_INDIC.indexOf(digit))).matchAll(/\d+(?:\.\d+)?/gu)].map(
    (match) => match[0],
  );

/** Each English sentence of an article (its title, then the summary's sentences) with its quotes. */
function supported(article: Article): (readonly [english: string, quotes: readonly string[]])[] {
  const evidence = evidenceOf(article);
  const sentences = splitSentences(article.en.summary);
  return [
    [article.en.title, evidence.title],
    ...sentences.map((sentence, index) => [sentence, evidence.summary[index] ?? []] as const),
  ];
}

describe('the English evidence of the shipped articles (en.evidence)', () => {
  it.each(cases)(
    'gives %s one non-empty list of quotes per summary sentence, and one for the title',
    (_id, article) => {
      const evidence = evidenceOf(article);
      expect(evidence.summary).toHaveLength(splitSentences(article.en.summary).length);
      expect(evidence.title.length).toBeGreaterThan(0);
      for (const quotes of evidence.summary) {
        expect(quotes.length).toBeGreaterThan(0);
      }
    },
  );

  it.each(cases)('finds every English quote of %s verbatim in its printed title or body', (_id, article) => {
    const evidence = evidenceOf(article);
    const missing = [...evidence.title, ...evidence.summary.flat()].filter((quote) => !isOwnWords(article, quote));
    expect(missing).toEqual([]);
    // The check createCorpus and buildArticle run agrees.
    expect(quoteProblems(article)).toEqual([]);
  });

  it.each(cases)(
    'quotes, for each English sentence of %s, every number the sentence writes in digits',
    (_id, article) => {
      for (const [english, quotes] of supported(article)) {
        const quoted = new Set(quotes.flatMap(numbersIn));
        expect(
          numbersIn(english).filter((number) => !quoted.has(number)),
          english,
        ).toEqual([]);
      }
    },
  );

  it.each(cases)('lists no quote twice for one sentence of %s', (_id, article) => {
    for (const [english, quotes] of supported(article)) {
      expect(new Set(quotes).size, english).toBe(quotes.length);
    }
  });

  it('is accepted by ArticleSchema, which refuses one list too many or too few', () => {
    const [article] = articles;
    const evidence = evidenceOf(article!);
    expect(ArticleSchema.safeParse(article).success).toBe(true);
    for (const summary of [evidence.summary.slice(1), [...evidence.summary, ['أندريه رودينكو']]]) {
      const result = ArticleSchema.safeParse({
        ...article,
        en: { ...article!.en, evidence: { ...evidence, summary } },
      });
      expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
        [
          ['en', 'evidence', 'summary'],
          `Expected one list of quotes for each sentence of en.summary: it has ${evidence.summary.length} sentences, and en.evidence.summary ${summary.length} lists`,
        ],
      ]);
    }
  });
});

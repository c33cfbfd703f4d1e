/**
 * The check that a record's evidence is the text's own words: `date.evidence`,
 * each `date.corroboration`, `date.modifiedEvidence` and each source party's
 * `evidence` must occur verbatim in the printed title (`titleBasis: 'source'`),
 * the body or a piece of site furniture (where datelines and credits are); each
 * `topicEvidence` quote in the printed title or the body, because a topic is
 * covered by the article, and furniture is not article text. An editorial title
 * is our wording, not the source's, so nothing may be quoted from it.
 *
 * A trusted record (`validate: false`) may hold anything, so every value read
 * here is checked for its type first, and a blank quote (which every text
 * "contains") is refused.
 */
import type { Article } from '../../schema.js';
import { describeValue } from '../args/describeValue.js';
import { recordIssue } from '../args/recordIssue.js';

type Bag = Readonly<Record<string, unknown>>;

const isBag = (value: unknown): value is Bag => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at `path` of the record at `index`, which must be an object. */
function bagAt(value: unknown, index: number, path: readonly PropertyKey[]): Bag {
  if (!isBag(value)) {
    throw recordIssue(index, path, `Expected ${path.join('.')} to be an object, got ${describeValue(value)}`);
  }
  return value;
}

/** The list at `path` of the record at `index`, which must be an array. */
function listAt(value: unknown, index: number, path: readonly PropertyKey[]): readonly unknown[] {
  if (!Array.isArray(value)) {
    throw recordIssue(index, path, `Expected ${path.join('.')} to be an array, got ${describeValue(value)}`);
  }
  return value;
}

/** Where a quote may come from: the record's furniture, and its own text. */
interface Quotable {
  /** The furniture, each piece checked to have a string `text`. */
  readonly furniture: readonly { readonly text: string }[];
  /** The printed title, or undefined for an editorial one. */
  readonly title: string | undefined;
  readonly body: string;
}

/** The texts a record may quote. */
function quotableTexts(article: Article, index: number): Quotable {
  const record = article as unknown as Bag;
  const source = bagAt(record.source, index, ['source']);
  const furniture = listAt(source.furniture, index, ['source', 'furniture']);
  for (let position = 0; position < furniture.length; position += 1) {
    const piece = furniture[position];
    if (!isBag(piece) || typeof piece.text !== 'string') {
      throw recordIssue(
        index,
        ['source', 'furniture', position, 'text'],
        `Expected the furniture's text to be a string, got ${describeValue(isBag(piece) ? piece.text : piece)}`,
      );
    }
  }
  // checkShape has checked that title and body are strings.
  return {
    furniture: furniture as readonly { readonly text: string }[],
    title: article.titleBasis === 'source' ? article.title : undefined,
    body: article.body,
  };
}

/**
 * What is wrong with `quote`, or undefined when it is a non-blank string that occurs
 * in the record's texts: in its printed title or body alone when `ownText` is true.
 * Furniture is searched first: it is short, and datelines and credits are there.
 */
function quoteProblem(quote: unknown, texts: Quotable, ownText: boolean, article: Article): string | undefined {
  if (typeof quote !== 'string' || quote.trim().length === 0) {
    return `Expected the exact words of the article's text, got ${describeValue(quote)}`;
  }
  if (!ownText) {
    for (const piece of texts.furniture) {
      if (piece.text.includes(quote)) {
        return undefined;
      }
    }
  }
  if (texts.title?.includes(quote) === true || texts.body.includes(quote)) {
    return undefined;
  }
  const editorial = texts.title === undefined && article.title.includes(quote);
  const expected = ownText
    ? 'its printed title or its body (furniture is not article text)'
    : 'its printed title, its body or a piece of its furniture';
  return `The quote ${describeValue(quote)} does not occur in the article${editorial ? ' (only in its editorial title, which is not the source’s wording)' : ''}: expected the exact words of ${expected}`;
}

/** Checks every quote of the record at `index`: see the module comment. Paths are built only for an error. */
export function checkQuotes(article: Article, index: number): void {
  const texts = quotableTexts(article, index);
  const record = article as unknown as Bag;
  const date = bagAt(record.date, index, ['date']);
  let problem = quoteProblem(date.evidence, texts, false, article);
  if (problem !== undefined) {
    throw recordIssue(index, ['date', 'evidence'], problem);
  }
  if (date.corroboration !== undefined) {
    const corroboration = listAt(date.corroboration, index, ['date', 'corroboration']);
    for (let position = 0; position < corroboration.length; position += 1) {
      problem = quoteProblem(corroboration[position], texts, false, article);
      if (problem !== undefined) {
        throw recordIssue(index, ['date', 'corroboration', position], problem);
      }
    }
  }
  if (date.modifiedEvidence !== undefined) {
    problem = quoteProblem(date.modifiedEvidence, texts, false, article);
    if (problem !== undefined) {
      throw recordIssue(index, ['date', 'modifiedEvidence'], problem);
    }
  }
  const topicEvidence = bagAt(record.topicEvidence, index, ['topicEvidence']);
  for (const topic of Object.keys(topicEvidence)) {
    const quotes = listAt(topicEvidence[topic], index, ['topicEvidence', topic]);
    for (let position = 0; position < quotes.length; position += 1) {
      problem = quoteProblem(quotes[position], texts, true, article);
      if (problem !== undefined) {
        throw recordIssue(index, ['topicEvidence', topic, position], problem);
      }
    }
  }
  const chain = listAt((record.source as Bag).chain, index, ['source', 'chain']); // quotableTexts has read source
  for (let position = 0; position < chain.length; position += 1) {
    const party = chain[position];
    problem = quoteProblem(isBag(party) ? party.evidence : undefined, texts, false, article);
    if (problem !== undefined) {
      throw isBag(party)
        ? recordIssue(index, ['source', 'chain', position, 'evidence'], problem)
        : recordIssue(
            index,
            ['source', 'chain', position],
            `Expected a source party object, got ${describeValue(party)}`,
          );
    }
  }
}

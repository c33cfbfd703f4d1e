/**
 * The check that a record's evidence is the text's own words: `date.evidence`,
 * each `date.corroboration`, `date.modifiedEvidence` and each source party's
 * `evidence` must occur verbatim in the printed title (`titleBasis: 'source'`),
 * the body or a piece of site furniture (where datelines and credits are); each
 * `topicEvidence` quote, and each quote of `en.evidence` (for the English title
 * and each sentence of the summary), in the printed title or the body, because
 * what they support is what the article says, and furniture is not article text;
 * the `evidence` of each inferred time expression (`timeExpressions`) in the
 * printed title, the body or the furniture, like the date's. An editorial title
 * is our wording, not the source's, so nothing may be quoted from it.
 *
 * A trusted record (`validate: false`) may hold anything, so every value read
 * here is checked for its type first, and a blank quote (which every text
 * "contains") is refused.
 *
 * `createCorpus` stops at a record's first problem (`checkQuotes`);
 * `buildArticle` lists them all (`quoteProblems`), leaving a part of the wrong
 * shape to the schema, which reports it there.
 */
import type { Article } from '../../schema.js';
import { describeValue } from '../args/describeValue.js';
import { recordIssue } from '../args/recordIssue.js';

type Bag = Readonly<Record<string, unknown>>;

const isBag = (value: unknown): value is Bag => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a time expression quotes evidence, or must: an inferred one, or one that gives evidence all the same. */
const needsEvidence = (expression: Bag): boolean =>
  expression.basis === 'inferred' || expression.evidence !== undefined;

/** One quote that is not the text's own words: where it is in the record, and what is wrong. */
export interface QuoteProblem {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * Collects problems: `report` returns false to stop at the first. `shapes` is
 * false where the record's shape is left to the schema: a part of the wrong
 * shape is then skipped, not reported.
 */
interface Visitor {
  readonly shapes: boolean;
  report(path: readonly PropertyKey[], message: string): boolean;
}

/** The value at `path`, which must be an object; undefined (after reporting it) where it is not. */
function bagAt(value: unknown, path: readonly PropertyKey[], visitor: Visitor): Bag | undefined {
  if (isBag(value)) {
    return value;
  }
  if (visitor.shapes) {
    visitor.report(path, `Expected ${path.join('.')} to be an object, got ${describeValue(value)}`);
  }
  return undefined;
}

/** The list at `path`, which must be an array; undefined (after reporting it) where it is not. */
function listAt(value: unknown, path: readonly PropertyKey[], visitor: Visitor): readonly unknown[] | undefined {
  if (Array.isArray(value)) {
    return value as readonly unknown[];
  }
  if (visitor.shapes) {
    visitor.report(path, `Expected ${path.join('.')} to be an array, got ${describeValue(value)}`);
  }
  return undefined;
}

/** Where a quote may come from: the record's furniture, and its own text. */
interface Quotable {
  /** The furniture's texts. */
  readonly furniture: readonly string[];
  /** The printed title, or undefined for an editorial one. */
  readonly title: string | undefined;
  readonly body: string;
  /** The title as written, to say when a quote is only in an editorial one. */
  readonly anyTitle: string;
}

/** The texts a record may quote, or undefined (after reporting it) where its source or furniture is of the wrong shape. */
function quotableTexts(record: Bag, visitor: Visitor): Quotable | undefined {
  const source = bagAt(record.source, ['source'], visitor);
  const furniture = source === undefined ? undefined : listAt(source.furniture, ['source', 'furniture'], visitor);
  if (furniture === undefined) {
    return undefined;
  }
  const texts: string[] = [];
  for (let position = 0; position < furniture.length; position += 1) {
    const piece = furniture[position];
    if (isBag(piece) && typeof piece.text === 'string') {
      texts.push(piece.text);
    } else if (visitor.shapes) {
      visitor.report(
        ['source', 'furniture', position, 'text'],
        `Expected the furniture's text to be a string, got ${describeValue(isBag(piece) ? piece.text : piece)}`,
      );
      return undefined;
    }
  }
  const { title, body } = record;
  // checkShape (createCorpus) has checked that title and body are strings; the schema does so for buildArticle.
  if (typeof title !== 'string' || typeof body !== 'string') {
    return undefined;
  }
  return { furniture: texts, title: record.titleBasis === 'source' ? title : undefined, body, anyTitle: title };
}

/**
 * What is wrong with `quote`, or undefined when it is a non-blank string that occurs
 * in the record's texts: in its printed title or body alone when `ownText` is true.
 * Furniture is searched first: it is short, and datelines and credits are there.
 */
function quoteProblem(quote: unknown, texts: Quotable, ownText: boolean): string | undefined {
  if (typeof quote !== 'string' || quote.trim().length === 0) {
    return `Expected the exact words of the article's text, got ${describeValue(quote)}`;
  }
  if (!ownText) {
    for (const piece of texts.furniture) {
      if (piece.includes(quote)) {
        return undefined;
      }
    }
  }
  if (texts.title?.includes(quote) === true || texts.body.includes(quote)) {
    return undefined;
  }
  const editorial = texts.title === undefined && texts.anyTitle.includes(quote);
  const expected = ownText
    ? 'its printed title or its body (furniture is not article text)'
    : 'its printed title, its body or a piece of its furniture';
  return `The quote ${describeValue(quote)} does not occur in the article${editorial ? ' (only in its editorial title, which is not the source’s wording)' : ''}: expected the exact words of ${expected}`;
}

/** What is wrong with one quote; where `shapes` is false, a quote that is not text is the schema's to report. */
function problemOf(quote: unknown, texts: Quotable, ownText: boolean, visitor: Visitor): string | undefined {
  if (!visitor.shapes && (typeof quote !== 'string' || quote.trim().length === 0)) {
    return undefined;
  }
  return quoteProblem(quote, texts, ownText);
}

/**
 * Visits the quotes of `en.evidence`, where the record has one: those of the title,
 * then those of each summary sentence, after every other quote of the record.
 * An `en` that is not an object holds no evidence; the schema reports it.
 */
function visitEnglishEvidence(record: Bag, texts: Quotable, visitor: Visitor): void {
  const en = record.en;
  if (!isBag(en) || en.evidence === undefined) {
    return;
  }
  const evidence = bagAt(en.evidence, ['en', 'evidence'], visitor);
  if (evidence === undefined) {
    return;
  }
  /** Visits one list of quotes; false where the visitor stopped. */
  const visitList = (list: unknown, path: readonly PropertyKey[]): boolean => {
    const quotes = listAt(list, path, visitor) ?? [];
    for (let position = 0; position < quotes.length; position += 1) {
      const problem = problemOf(quotes[position], texts, true, visitor);
      if (problem !== undefined && !visitor.report([...path, position], problem)) {
        return false;
      }
    }
    return true;
  };
  if (!visitList(evidence.title, ['en', 'evidence', 'title'])) {
    return;
  }
  const summary = listAt(evidence.summary, ['en', 'evidence', 'summary'], visitor) ?? [];
  for (let sentence = 0; sentence < summary.length; sentence += 1) {
    if (!visitList(summary[sentence], ['en', 'evidence', 'summary', sentence])) {
      return;
    }
  }
}

/**
 * Visits every quote of `record`: see the module comment. Paths are built only
 * for a problem. A part of the wrong shape is reported where `shapes` is true
 * (createCorpus, whose report throws), and skipped where it is false.
 */
function visitQuotes(record: Bag, visitor: Visitor): void {
  const texts = quotableTexts(record, visitor);
  if (texts === undefined) {
    return;
  }
  const date = bagAt(record.date, ['date'], visitor);
  if (date !== undefined) {
    let problem = problemOf(date.evidence, texts, false, visitor);
    if (problem !== undefined && !visitor.report(['date', 'evidence'], problem)) {
      return;
    }
    const corroboration =
      date.corroboration === undefined ? [] : (listAt(date.corroboration, ['date', 'corroboration'], visitor) ?? []);
    for (let position = 0; position < corroboration.length; position += 1) {
      problem = problemOf(corroboration[position], texts, false, visitor);
      if (problem !== undefined && !visitor.report(['date', 'corroboration', position], problem)) {
        return;
      }
    }
    problem = date.modifiedEvidence === undefined ? undefined : problemOf(date.modifiedEvidence, texts, false, visitor);
    if (problem !== undefined && !visitor.report(['date', 'modifiedEvidence'], problem)) {
      return;
    }
  }
  const topicEvidence = bagAt(record.topicEvidence, ['topicEvidence'], visitor) ?? {};
  for (const topic of Object.keys(topicEvidence)) {
    const quotes = listAt(topicEvidence[topic], ['topicEvidence', topic], visitor) ?? [];
    for (let position = 0; position < quotes.length; position += 1) {
      const problem = problemOf(quotes[position], texts, true, visitor);
      if (problem !== undefined && !visitor.report(['topicEvidence', topic, position], problem)) {
        return;
      }
    }
  }
  const source = record.source as Bag; // quotableTexts has read source
  const chain = listAt(source.chain, ['source', 'chain'], visitor) ?? [];
  for (let position = 0; position < chain.length; position += 1) {
    const party = chain[position];
    if (isBag(party)) {
      const problem = problemOf(party.evidence, texts, false, visitor);
      if (problem !== undefined && !visitor.report(['source', 'chain', position, 'evidence'], problem)) {
        return;
      }
    } else if (visitor.shapes) {
      visitor.report(['source', 'chain', position], `Expected a source party object, got ${describeValue(party)}`);
      return;
    }
  }
  const times =
    record.timeExpressions === undefined ? [] : (listAt(record.timeExpressions, ['timeExpressions'], visitor) ?? []);
  for (let position = 0; position < times.length; position += 1) {
    const expression = times[position];
    if (isBag(expression)) {
      if (needsEvidence(expression)) {
        const problem = problemOf(expression.evidence, texts, false, visitor);
        if (problem !== undefined && !visitor.report(['timeExpressions', position, 'evidence'], problem)) {
          return;
        }
      }
    } else if (visitor.shapes) {
      visitor.report(
        ['timeExpressions', position],
        `Expected a time expression object, got ${describeValue(expression)}`,
      );
      return;
    }
  }
  visitEnglishEvidence(record, texts, visitor);
}

/**
 * Whether `quote` is a non-blank string that occurs in a piece of `furniture` (when given),
 * in `title` (a printed one) or in `body`: what quoteProblem accepts.
 */
function occurs(
  quote: unknown,
  furniture: readonly Bag[] | undefined,
  title: string | undefined,
  body: string,
): boolean {
  if (typeof quote !== 'string' || quote.trim().length === 0) {
    return false;
  }
  if (furniture !== undefined) {
    for (let position = 0; position < furniture.length; position += 1) {
      // quotesHold has checked that every piece's text is a string.
      if ((furniture[position]!.text as string).includes(quote)) {
        return true;
      }
    }
  }
  return title?.includes(quote) === true || body.includes(quote);
}

/** Whether every item of `list` (an array, or undefined where the field is optional) {@link occurs}. */
function allOccur(
  list: unknown,
  furniture: readonly Bag[] | undefined,
  title: string | undefined,
  body: string,
): boolean {
  if (!Array.isArray(list)) {
    return false;
  }
  for (let position = 0; position < list.length; position += 1) {
    if (!occurs(list[position], furniture, title, body)) {
      return false;
    }
  }
  return true;
}

/**
 * Whether every quote of `record` is the text's own words, with every part that
 * visitQuotes reads of the right shape: then it would report nothing. It allocates
 * nothing, so that a build of a million records checks them without feeding the
 * garbage collector; where it answers false, visitQuotes finds and reports the problem.
 */
export function quotesHold(record: Bag): boolean {
  const { source, date, topicEvidence, title, body } = record;
  if (
    !isBag(source) ||
    !isBag(date) ||
    !isBag(topicEvidence) ||
    typeof title !== 'string' ||
    typeof body !== 'string'
  ) {
    return false;
  }
  const { furniture, chain } = source;
  if (!Array.isArray(furniture) || !Array.isArray(chain)) {
    return false;
  }
  for (let position = 0; position < furniture.length; position += 1) {
    const piece: unknown = furniture[position];
    if (!isBag(piece) || typeof piece.text !== 'string') {
      return false;
    }
  }
  const pieces = furniture as readonly Bag[];
  const printed = record.titleBasis === 'source' ? title : undefined;
  if (
    !occurs(date.evidence, pieces, printed, body) ||
    (date.corroboration !== undefined && !allOccur(date.corroboration, pieces, printed, body)) ||
    (date.modifiedEvidence !== undefined && !occurs(date.modifiedEvidence, pieces, printed, body))
  ) {
    return false;
  }
  for (const topic in topicEvidence) {
    if (Object.hasOwn(topicEvidence, topic) && !allOccur(topicEvidence[topic], undefined, printed, body)) {
      return false;
    }
  }
  for (let position = 0; position < chain.length; position += 1) {
    const party: unknown = chain[position];
    if (!isBag(party) || !occurs(party.evidence, pieces, printed, body)) {
      return false;
    }
  }
  const times: unknown = record.timeExpressions;
  if (times !== undefined) {
    if (!Array.isArray(times)) {
      return false;
    }
    for (let position = 0; position < times.length; position += 1) {
      const expression: unknown = times[position];
      if (!isBag(expression) || (needsEvidence(expression) && !occurs(expression.evidence, pieces, printed, body))) {
        return false;
      }
    }
  }
  return englishEvidenceHolds(record.en, printed, body);
}

/** Whether every quote of `en.evidence`, where there is one, is the article's own words, in lists of the right shape. */
function englishEvidenceHolds(en: unknown, printed: string | undefined, body: string): boolean {
  if (!isBag(en) || en.evidence === undefined) {
    return true;
  }
  const evidence = en.evidence;
  if (!isBag(evidence) || !allOccur(evidence.title, undefined, printed, body) || !Array.isArray(evidence.summary)) {
    return false;
  }
  const summary = evidence.summary as readonly unknown[];
  for (let sentence = 0; sentence < summary.length; sentence += 1) {
    if (!allOccur(summary[sentence], undefined, printed, body)) {
      return false;
    }
  }
  return true;
}

/** Checks every quote of the record at `index`: see the module comment. Throws the first problem. */
export function checkQuotes(article: Article, index: number): void {
  // Most records hold: only a record with a problem pays for finding and naming it.
  if (quotesHold(article)) {
    return;
  }
  visitQuotes(article, {
    shapes: true,
    report(path, message) {
      throw recordIssue(index, path, message);
    },
  });
}

/**
 * Every quote of `record` that is not the text's own words, in the order
 * `checkQuotes` reads them. A part of the wrong shape, or a quote that is not
 * text, is skipped: the schema reports it.
 */
export function quoteProblems(record: Readonly<Record<string, unknown>>): readonly QuoteProblem[] {
  const problems: QuoteProblem[] = [];
  visitQuotes(record, {
    shapes: false,
    report(path, message) {
      problems.push({ path, message });
      return true;
    },
  });
  return problems;
}

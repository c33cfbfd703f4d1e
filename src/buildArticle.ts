import { InvalidQueryError } from './errors.js';
import { findMentions, type MentionTarget } from './findMentions.js';
import { assertOptions } from './internal/args/arguments.js';
import { describeValue } from './internal/args/describeValue.js';
import { nearestName } from './internal/args/nearestName.js';
import { dateFields, type DateSource } from './internal/build/articleDate.js';
import {
  entityList,
  type FieldMention,
  rawPart,
  recordProblems,
  registryOf,
  registryProblems,
} from './internal/build/checks.js';
import { buildError, mergeIssues, type Problem } from './internal/build/issues.js';
import { quantityProblems } from './internal/build/quantities.js';
import { quotationProblems } from './internal/build/quotations.js';
import { layerInOrder, timeLayerProblems } from './internal/build/timeLayer.js';
import { deepFreeze } from './internal/corpus/deepFreeze.js';
import { checkMissingSpaces } from './internal/corpus/validate.js';
import {
  type Article,
  ArticleSchema,
  type DateInfo,
  type Furniture,
  type Quantity,
  type Quotation,
  type SourceParty,
  type TimeExpression,
} from './schema.js';

/**
 * What {@link buildArticle} builds a record from: the verbatim text and what a
 * person knows about it. The mentions, and the date where the text states it,
 * are read from the text; everything else comes from here.
 *
 * Every field the record requires and the text cannot give (`titleBasis`,
 * `chain`, `en`, `topics`, `topicEvidence`, and today `raw`) may be left out
 * while you work: the error then says which to supply.
 *
 * @category Builder
 * @example
 * ```ts
 * import type { BuildArticleInput } from 'ru-tj-news';
 *
 * const input: BuildArticleInput = {
 *   id: '2024-03-12-trade-fair-opens',
 *   title: 'افتتاح معرض التجارة',
 *   titleBasis: 'source',
 *   body: 'افتتح في دوشنبه اليوم معرض التجارة.',
 *   furniture: [{ kind: 'dateline', text: '12 مارس 2024' }],
 * };
 * input.furniture?.length;
 * // => 1
 * ```
 */
export interface BuildArticleInput {
  /** Stable kebab-case slug, starting with the publication day. */
  readonly id: string;
  /** The headline: as printed (`titleBasis: 'source'`, and then searched for mentions and dates), or your own. */
  readonly title: string;
  /** `source` where `title` is the printed headline; `editorial` where you wrote it. */
  readonly titleBasis?: 'source' | 'editorial' | undefined;
  /** The article's paragraphs, verbatim, joined with a blank line (`"\n\n"`). */
  readonly body: string;
  /**
   * The publication date, where you know it: it must agree with the date read
   * from the text, if one is; where none is, it is required, with `date`.
   */
  readonly publishedAt?: string | undefined;
  /** The last-update date, where you know it; it must agree with an update stamp read from the furniture. */
  readonly modifiedAt?: string | undefined;
  /** How `publishedAt` was fixed, for a text whose date cannot be read; when given, it is used as it is. */
  readonly date?: DateInfo | undefined;
  /** The site furniture of the page, verbatim and in order; datelines and timestamps are read for the date. */
  readonly furniture?: readonly Furniture[] | undefined;
  /** The parties that brought the text to you, origin first and the publisher last (the record's `source.chain`). */
  readonly chain?: readonly SourceParty[] | undefined;
  /** Your English headline and summary. */
  readonly en?:
    | {
        /** English headline. */
        readonly title: string;
        /** Two or three sentences on what the article reports. */
        readonly summary: string;
        /** Optional: the exact words of the printed title or body that support the title and each sentence of the summary. */
        readonly evidence?: {
          /** The quotes that support `title`. */
          readonly title: readonly string[];
          /** One list of quotes for each sentence of `summary`, in order. */
          readonly summary: readonly (readonly string[])[];
        };
      }
    | undefined;
  /** Ids of the topics the article covers, from `options.topics`. */
  readonly topics?: readonly string[] | undefined;
  /** For each topic, the exact words of the title (when it is the source's) or body that show it. */
  readonly topicEvidence?: Readonly<Record<string, readonly string[]>> | undefined;
  /**
   * The time expressions of the printed title and the body, each with its `field`: what
   * {@link findTimeExpressions} finds, reviewed. They are put in text order and checked.
   */
  readonly timeExpressions?: readonly TimeExpression[] | undefined;
  /**
   * The amounts the text states, where you annotate them (derive candidates with
   * {@link findQuantities}, then review them): sorted by field (title first), start, end;
   * each span must read as its value and unit. The record keeps them as given.
   */
  readonly quantities?: readonly Quantity[] | undefined;
  /**
   * The statements the text attributes to someone, where you have curated them: each with its
   * speaker (an id of `options.entities`), its kind and the spans of its reporting and quoted words.
   */
  readonly quotations?: readonly Quotation[] | undefined;
  /** The article's address on the web, where you know it: an absolute http or https URL. */
  readonly url?: string | undefined;
  /** The article's authors, as the page names them, where it does. */
  readonly authors?: readonly string[] | undefined;
  /** The raw file: its path, and its text or bytes, which are hashed and must hold the title, body and furniture. */
  readonly raw?: BuildArticleRaw | undefined;
}

/**
 * The raw file a record is built from, for {@link BuildArticleInput}.
 *
 * @category Builder
 * @example
 * ```ts
 * import type { BuildArticleRaw } from 'ru-tj-news';
 *
 * const raw: BuildArticleRaw = { file: 'data/raw/my-article.txt', text: new TextEncoder().encode('نص') };
 * raw.text.length;
 * // => 4
 * ```
 */
export interface BuildArticleRaw {
  /** The file's path, relative, as the record will store it. */
  readonly file: string;
  /** The file's text, or its bytes: the SHA-256 is of the UTF-8 bytes. Pass the bytes to hash the file exactly as it is on disk. */
  readonly text: string | Uint8Array;
}

/**
 * Options of {@link buildArticle}: the registries the record refers to.
 *
 * @category Builder
 * @example
 * ```ts
 * import { entities, topics, type BuildArticleOptions } from 'ru-tj-news';
 *
 * const options: BuildArticleOptions = { entities, topics, missingSpaces: ['الوزير|لافروف'] };
 * options.entities.length;
 * // => 60
 * ```
 */
export interface BuildArticleOptions {
  /** The entity registry: mentions are found from its names and aliases, and `chain[].entity` must be one of its ids. */
  readonly entities: readonly MentionTarget[];
  /** The topic registry: every id of `topics` must be one of its ids. */
  readonly topics: readonly {
    /** The topic's id. */
    readonly id: string;
  }[];
  /**
   * Places where the text runs two words together, as `'الوزير|لافروف'`: a name may
   * start there. Give {@link createCorpus} the same list for the records built with it.
   */
  readonly missingSpaces?: readonly string[] | undefined;
}

const INPUT_KEYS = [
  'id',
  'title',
  'titleBasis',
  'body',
  'publishedAt',
  'modifiedAt',
  'date',
  'furniture',
  'chain',
  'en',
  'topics',
  'topicEvidence',
  'timeExpressions',
  'quantities',
  'quotations',
  'url',
  'authors',
  'raw',
] as const;
const OPTION_KEYS = ['entities', 'topics', 'missingSpaces'] as const;

/**
 * Builds a valid article record from a text and what you know about it: the
 * mention spans and, where the text states it, the date are read; nothing is invented.
 *
 * The rules:
 * - **Mentions** come from {@link findMentions} over the body, and over the
 *   title where `titleBasis` is `'source'` (an editorial title is your wording,
 *   not the source's); entities are listed in order of first mention, title first.
 * - **The date** is read with {@link readArabicDate}: a date or GMT stamp in a
 *   `dateline` or `timestamp` furniture piece is the stated publication date
 *   (a time stamp wins over a day), and an update stamp there (`تم التحديث:`)
 *   gives `modifiedAt`. Where the furniture states none, a dated "yesterday" or
 *   "today" in the title or body (`مساء أمس الأربعاء 8 أكتوبر/تشرين الأول 2025`)
 *   fixes the day of writing, taken as the publication day: `basis: 'inferred'`,
 *   with an English `inference` that quotes the words. Every أمس and اليوم
 *   that agrees is kept as `corroboration`. A date in the body alone ("the treaty
 *   of 15 May 1992") never fixes the publication date. Where the furniture states
 *   two dates, or the text implies two days of writing, it is an error.
 * - **`publishedAt` from you** must agree with the date read, if one is (the same
 *   day, or the same minute where both have a time); the record keeps the date read,
 *   whose precision is what the text states. Where no date can be read, supply
 *   `publishedAt` and `date`; `date` from you is used as it is.
 * - **`raw`**: the SHA-256 of the file's UTF-8 bytes is computed, and the title
 *   (when it is the source's), every body paragraph and every furniture piece must
 *   occur in the file.
 * - Topics must be ids of `options.topics`, and each `chain[].entity` an id of
 *   `options.entities`.
 * - **`timeExpressions`**, where given (from {@link findTimeExpressions}, with a
 *   `field` each), are put in order (title first, then by offsets), and each span
 *   must be whole words of the body or of a printed title (an editorial one is not
 *   the source's words), neither blank nor with whitespace at an end.
 * - **`quantities`**, where you give them, are kept as given and checked: each
 *   span reads, by its words alone, as its `value` and `unit` (and, where it has a
 *   `comparator`, the words right before it give that one), in the body or a
 *   printed title; the list is sorted by field (title first), start, end; and each
 *   `subject` is an id of `options.entities`. {@link findQuantities} gives the
 *   candidates; `measure`, `period` and `subject` are yours.
 * - **`quotations`**, where given, must be in the data model's order (by the
 *   quote's field, title first, then start and end). Each `speaker` must be an id
 *   of `options.entities`; no span may lie in an editorial title; and each span
 *   must lie inside its field and read as words: not blank, and neither starting
 *   nor ending with white space or a quotation mark (the span follows the words,
 *   not the marks around them).
 * - **What {@link createCorpus} checks is checked here, with its own code:** every
 *   quote (`date.evidence`, `corroboration`, `modifiedEvidence`, each source
 *   party's `evidence`) occurs in the printed title, the body or one furniture
 *   piece, and each `topicEvidence` quote in the printed title or the body alone;
 *   every mention span spells its entity and starts and ends at word bounds,
 *   without tanween, the places of `options.missingSpaces` (and the shipped
 *   data's) aside; each inferred time expression's `evidence` occurs in the printed
 *   title, the body or one furniture piece. So `createCorpus([record], { entities, topics, missingSpaces })`
 *   accepts every record built with the same registries and `missingSpaces`; a
 *   corpus that is given other `missingSpaces` may refuse a span that starts at one.
 *
 * The record is then checked with {@link ArticleSchema}. Every problem found,
 * not only the first, is listed in one {@link InvalidRecordError}, and each
 * missing field says what to supply.
 *
 * @param input - The text and what you know about it; see {@link BuildArticleInput}.
 * @param options - The registries; see {@link BuildArticleOptions}.
 * @returns The record, which {@link ArticleSchema} accepts, deep-frozen.
 * @throws {InvalidQueryError} When `input` is not an object, or `options` lacks a
 * registry, holds an unknown option or a malformed `missingSpaces`, or a registry
 * item lacks an id or aliases or repeats an id.
 * @throws {InvalidRecordError} When the record cannot be built or is not valid,
 * with every problem in `issues` and in the message.
 * @category Builder
 * @example
 * ```ts
 * import { buildArticle } from 'ru-tj-news';
 *
 * // Invented example text, not news: a raw file's dateline, headline, paragraph and credit.
 * const dateline = 'نهران، 12 مارس 2024';
 * const title = 'افتتاح معرض الكتاب في نهران';
 * const body = 'افتتح في نهران اليوم الثلاثاء معرض الكتاب السنوي بمشاركة دور نشر من موسكو، ودوشنبه.';
 * const credit = 'المصدر: وكالة المثال';
 * const article = buildArticle(
 *   {
 *     id: '2024-03-12-nahran-book-fair-opens',
 *     title,
 *     titleBasis: 'source',
 *     body,
 *     furniture: [
 *       { kind: 'dateline', text: dateline },
 *       { kind: 'source-credit', text: credit },
 *     ],
 *     chain: [{ role: 'agency', name: 'وكالة المثال', en: 'Example Agency', basis: 'stated', evidence: credit }],
 *     en: { title: 'Book fair opens in Nahran', summary: 'An invented example.' },
 *     topics: ['culture'],
 *     topicEvidence: { culture: ['معرض الكتاب السنوي'] },
 *     raw: { file: 'data/raw/book-fair.txt', text: [dateline, title, body, credit].join('\n') },
 *   },
 *   {
 *     entities: [
 *       { id: 'nahran', aliases: ['نهران'] },
 *       { id: 'moscow', aliases: ['موسكو'] },
 *     ],
 *     topics: [{ id: 'culture' }],
 *   },
 * );
 * article.publishedAt;
 * // => '2024-03-12'
 * article.date;
 * // => { precision: 'day', basis: 'stated', evidence: '12 مارس 2024', corroboration: ['اليوم الثلاثاء'] }
 * article.entities.map(({ id, mentions }) => [id, mentions.map(({ field, start, end }) => article[field].slice(start, end))]);
 * // => [['nahran', ['نهران', 'نهران']], ['moscow', ['موسكو']]]
 * article.raw?.sha256.length;
 * // => 64
 * ```
 * @example
 * ```ts
 * import { buildArticle, InvalidRecordError } from 'ru-tj-news';
 *
 * // Every problem at once, each saying what to supply.
 * try {
 *   const raw = { file: 'data/raw/x.txt', text: 'عنوان\nنص بلا تاريخ.' };
 *   buildArticle({ id: '2024-03-12-x', title: 'عنوان', body: 'نص بلا تاريخ.', raw }, { entities: [], topics: [] });
 * } catch (error) {
 *   (error as InvalidRecordError).issues.map((issue) => issue.path.join('.'));
 *   // => ['titleBasis', 'publishedAt', 'date', 'source.chain', 'en', 'topics', 'topicEvidence']
 *   (error as InvalidRecordError).issues[4]?.message;
 *   // => 'Missing: supply en: { title, summary }, in English'
 * }
 * ```
 */
export function buildArticle(input: BuildArticleInput, options: BuildArticleOptions): Article {
  // A plain JavaScript caller can pass anything.
  const value: unknown = input;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidQueryError(
      `Expected input to be an object with id, title, body and what you know of the article, got ${describeValue(input)}`,
      input,
    );
  }
  assertOptions(options, OPTION_KEYS, 'buildArticle options');
  // A plain JavaScript caller can leave a registry out.
  const registries = options as { readonly entities?: unknown; readonly topics?: unknown };
  if (registries.entities === undefined || registries.topics === undefined) {
    throw new InvalidQueryError(
      `Expected buildArticle options to hold both registries, { entities, topics }, got ${describeValue(options)} without ${registries.entities === undefined ? 'entities' : 'topics'}`,
      options,
    );
  }
  const entityIds = registryOf(options.entities, 'entities');
  const topicIds = registryOf(options.topics, 'topics');
  // The places createCorpus knows, checked as it checks them: the spans are checked against the same list.
  const missingSpaces = checkMissingSpaces(options.missingSpaces);
  const given = input as unknown as Readonly<Record<string, unknown>>;
  const problems: Problem[] = [];
  for (const key of Object.keys(given)) {
    if (!(INPUT_KEYS as readonly string[]).includes(key)) {
      problems.push({
        path: [key],
        message: `Unknown field ${describeValue(key)}: expected any of ${INPUT_KEYS.join(', ')}.${nearestName(key, INPUT_KEYS)}`,
      });
    }
  }

  const { title, titleBasis, body } = given;
  const furniture = Array.isArray(given['furniture']) ? (given['furniture'] as readonly unknown[]) : [];
  // An editorial title is the user's wording, not the source's: it is not searched, for names or dates.
  const sourceTitle = titleBasis === 'source' && typeof title === 'string' ? title : undefined;

  // Mentions: findMentions checks the registry and the missing spaces, and throws InvalidQueryError for a bad one.
  const mentionOptions = options.missingSpaces === undefined ? {} : { missingSpaces: options.missingSpaces };
  const mentions: FieldMention[] = [];
  for (const [field, text] of [
    ['title', sourceTitle],
    ['body', body],
  ] as const) {
    if (typeof text === 'string') {
      for (const { id, start, end } of findMentions(text, options.entities, mentionOptions)) {
        mentions.push({ id, field, start, end });
      }
    }
  }

  // The date, read from the furniture, then the source title and the body.
  const sources: DateSource[] = [];
  for (const piece of furniture) {
    const { kind, text } = (piece ?? {}) as { readonly kind?: unknown; readonly text?: unknown };
    if (typeof text === 'string' && typeof kind === 'string') {
      sources.push({ kind: kind as Furniture['kind'], text });
    }
  }
  for (const text of [sourceTitle, body]) {
    if (typeof text === 'string') {
      sources.push({ text });
    }
  }
  const date = dateFields(sources, given);
  problems.push(...date.problems);
  problems.push(...registryProblems(given, { entityIds, topicIds }));
  const covered = new Set(date.covered);
  const raw = given['raw'] === undefined ? undefined : rawPart(given['raw'], { title: sourceTitle, body, furniture });
  if (raw !== undefined) {
    problems.push(...raw.problems);
    if (raw.raw === undefined) {
      covered.add('raw');
    }
  }

  const candidate: Record<string, unknown> = {
    id: given['id'],
    title,
    titleBasis,
    lang: 'ar',
    ...date.fields,
    source: { chain: given['chain'], furniture: given['furniture'] ?? [] },
    en: given['en'],
    topics: given['topics'],
    topicEvidence: given['topicEvidence'],
    entities: entityList(mentions),
    ...(given['timeExpressions'] === undefined ? {} : { timeExpressions: layerInOrder(given['timeExpressions']) }),
    ...(given['quantities'] === undefined ? {} : { quantities: given['quantities'] }),
    ...(given['quotations'] === undefined ? {} : { quotations: given['quotations'] }),
    body,
    ...(given['url'] === undefined ? {} : { url: given['url'] }),
    ...(given['authors'] === undefined ? {} : { authors: given['authors'] }),
    ...(raw?.raw === undefined ? {} : { raw: raw.raw }),
  };
  // The quotes and spans as createCorpus checks them, so that it accepts every record built here.
  problems.push(...recordProblems(candidate, entityIds, missingSpaces));
  problems.push(...timeLayerProblems(candidate['timeExpressions'], title, body, sourceTitle !== undefined));
  problems.push(...quantityProblems(candidate, entityIds, titleBasis !== 'source'));
  problems.push(
    ...quotationProblems(candidate['quotations'], { title, body, editorialTitle: titleBasis !== 'source' }, entityIds),
  );
  const parsed = ArticleSchema.safeParse(candidate);
  // A date the builder could not fix, or a raw file it could not read, is explained by its own problem.
  const issues = mergeIssues(candidate, parsed.success ? [] : parsed.error.issues, problems, covered);
  if (issues.length > 0 || !parsed.success) {
    throw buildError(given['id'], issues);
  }
  return deepFreeze(parsed.data);
}

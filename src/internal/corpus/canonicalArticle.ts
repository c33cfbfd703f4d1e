/**
 * A hand-written fast path for `ArticleSchema`: it recognises the records that
 * the schema would accept and return unchanged (the same keys in the same order,
 * the same values; a normalized `publishedAt`), so that `createCorpus` can
 * freeze them in place instead of having Zod copy every object of every record.
 *
 * It never decides against a record: `false` only means "not known to be
 * canonical", and the caller then parses the record with `ArticleSchema`, which
 * normalizes it or reports Zod's exact issues. test/canonicalArticle.test-prop.ts
 * checks, on valid, mutated and arbitrary values, that every record it accepts
 * is accepted by the schema and returned deep-equal, with the same key order.
 *
 * In `plain` mode it takes the records for what `JSON.parse` returns: plain
 * data, whose own keys are all enumerable data properties named by strings,
 * and whose arrays have no holes and no other keys. It then skips the checks
 * that only an object built by code could fail (a symbol, a hidden key, a
 * getter, a hole), which are most of its time. Only a caller that parsed the
 * records itself may ask for it; every public path takes the default, exact mode.
 */
import { type Article, ArticleSchema } from '../../schema.js';
import { CURRENCY_CODE, FURNITURE_KINDS, HTTP_URL, KEBAB_CASE, RELATIVE_PATH, SHA256 } from '../args/patterns.js';
import { COMPARATORS, MEASURES, QUOTATION_KINDS } from '../args/vocabulary.js';
import { PUBLICATION_DATE_PATTERN } from '../dates/publicationDate.js';
import { timexProblem } from '../dates/timex.js';
import { splitSentences } from '../text/sentences.js';

type Bag = Readonly<Record<string, unknown>>;

/** The keys of each object, in the order of its schema: the order of Zod's output. */
const ARTICLE_KEYS = [
  'id',
  'title',
  'titleBasis',
  'lang',
  'publishedAt',
  'modifiedAt',
  'date',
  'source',
  'en',
  'topics',
  'topicEvidence',
  'entities',
  'timeExpressions',
  'quantities',
  'quotations',
  'body',
  'url',
  'authors',
  'raw',
] as const;
const DATE_KEYS = ['precision', 'basis', 'evidence', 'corroboration', 'inference', 'modifiedEvidence'] as const;
const SOURCE_KEYS = ['chain', 'furniture'] as const;
const PARTY_KEYS = ['role', 'name', 'en', 'basis', 'evidence', 'inference', 'entity'] as const;
const FURNITURE_KEYS = ['kind', 'text'] as const;
const EN_KEYS = ['title', 'summary', 'evidence'] as const;
const EN_EVIDENCE_KEYS = ['title', 'summary'] as const;
const ENTITY_KEYS = ['id', 'mentions'] as const;
const MENTION_KEYS = ['field', 'start', 'end'] as const;
const RAW_KEYS = ['file', 'sha256'] as const;
const TIME_EXPRESSION_KEYS = ['field', 'start', 'end', 'value', 'basis', 'evidence'] as const;
const QUANTITY_KEYS = ['field', 'start', 'end', 'value', 'unit', 'comparator', 'measure', 'period', 'subject'] as const;
const QUOTATION_KEYS = ['speaker', 'kind', 'cue', 'quote'] as const;

/** The URL's schema, once read. */
let urlSchema: (typeof ArticleSchema)['_zod']['def']['innerType']['shape']['url'] | undefined;

/**
 * Whether the URL's own schema, as the article schema holds it (its regex, then Zod's
 * URL check), returns `url` unchanged. Read from the schema, so that the two cannot
 * drift apart; read on first use, so that a bundle that never validates drops Zod.
 */
function isCanonicalUrl(url: string): boolean {
  urlSchema ??= ArticleSchema.unwrap().shape.url;
  return urlSchema.safeParse(url).data === url;
}

/**
 * Whether every own key of `value` is an enumerable data property named by a
 * string: a symbol, a hidden key or a getter would not survive Zod's copy, so a
 * record with one is left to the schema. JSON.parse makes no other kind of key,
 * so `plain` mode does not look.
 */
function isDataOnly(value: object, keyCount: number, plain: boolean): boolean {
  if (plain) {
    return true;
  }
  const keys = Reflect.ownKeys(value);
  if (keys.length !== keyCount) {
    return false;
  }
  for (const key of keys) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    if (typeof key !== 'string' || descriptor === undefined || !descriptor.enumerable || !('value' in descriptor)) {
      return false;
    }
  }
  return true;
}

/** Whether `value` is a plain object whose keys are among `order`, in that order, with data only. */
function isObjectOf(value: unknown, order: readonly string[], plain: boolean): value is Bag {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) {
    return false;
  }
  const keys = Object.keys(value);
  let next = 0;
  for (const key of keys) {
    while (next < order.length && order[next] !== key) {
      next += 1;
    }
    if (next === order.length) {
      return false;
    }
    next += 1;
  }
  return isDataOnly(value, keys.length, plain);
}

/** Whether `value` is an array of data only (no holes, no extra keys), each item passing `item`. */
function isListOf(
  value: unknown,
  item: (entry: unknown, plain: boolean) => boolean,
  minLength: number,
  plain: boolean,
): value is readonly unknown[] {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype || value.length < minLength) {
    return false;
  }
  if (plain) {
    // JSON.parse makes arrays without holes, getters or other keys.
    for (let index = 0; index < value.length; index += 1) {
      if (!item(value[index], plain)) {
        return false;
      }
    }
    return true;
  }
  // Its own keys are the indexes and `length`: no hole, nothing else.
  if (Reflect.ownKeys(value).length !== value.length + 1) {
    return false;
  }
  for (let index = 0; index < value.length; index += 1) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, index);
    if (
      descriptor === undefined ||
      !descriptor.enumerable ||
      !('value' in descriptor) ||
      !item(descriptor.value, plain)
    ) {
      return false;
    }
  }
  return true;
}

/** The schema's `text()`: a string that is not only whitespace. */
function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && KEBAB_CASE.test(value);
}

/**
 * A publication date the schema accepts and keeps as it is: one that matches its
 * pattern and is already in the form normalizePublicationDate returns, a day
 * (`YYYY-MM-DD`) or a UTC instant in whole seconds (`YYYY-MM-DDTHH:mm:ssZ`, the
 * pattern's only date-time of 20 characters). The pattern's four-digit year keeps
 * such an instant's UTC day in the years 0000–9999, so normalizing cannot refuse it.
 */
function isCanonicalDate(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    (value.length === 10 || (value.length === 20 && value.endsWith('Z'))) &&
    PUBLICATION_DATE_PATTERN.test(value)
  );
}

/**
 * Whether the optional key is absent, or present and passing `check`. An explicit
 * `undefined` is refused, as exactOptional does; a record without `undefined` in it
 * (as JSON.parse makes) is read with one property load, without `Object.hasOwn`.
 */
function optional(bag: Bag, key: string, check: (value: unknown, plain: boolean) => boolean, plain: boolean): boolean {
  const value = bag[key];
  return value === undefined ? !Object.hasOwn(bag, key) : check(value, plain);
}

function isTextList(value: unknown, plain: boolean): boolean {
  return isListOf(value, isText, 1, plain);
}

function isDateInfo(value: unknown, plain: boolean): boolean {
  return (
    isObjectOf(value, DATE_KEYS, plain) &&
    (value.precision === 'day' || value.precision === 'minute') &&
    (value.basis === 'stated' || value.basis === 'inferred') &&
    isText(value.evidence) &&
    optional(value, 'corroboration', isTextList, plain) &&
    optional(value, 'inference', isText, plain) &&
    optional(value, 'modifiedEvidence', isText, plain) &&
    (value.basis === 'inferred') === Object.hasOwn(value, 'inference')
  );
}

function isParty(value: unknown, plain: boolean): boolean {
  return (
    isObjectOf(value, PARTY_KEYS, plain) &&
    (value.role === 'agency' || value.role === 'publisher') &&
    isText(value.name) &&
    isText(value.en) &&
    (value.basis === 'stated' || value.basis === 'inferred') &&
    isText(value.evidence) &&
    optional(value, 'inference', isText, plain) &&
    optional(value, 'entity', isId, plain) &&
    (value.basis === 'inferred') === Object.hasOwn(value, 'inference')
  );
}

/** `en.evidence`: a non-empty list of quotes for the title, and a non-empty list of such lists for the summary. */
function isEnEvidence(value: unknown, plain: boolean): boolean {
  return (
    isObjectOf(value, EN_EVIDENCE_KEYS, plain) &&
    isTextList(value.title, plain) &&
    isListOf(value.summary, isTextList, 1, plain)
  );
}

function isFurniture(value: unknown, plain: boolean): boolean {
  return (
    isObjectOf(value, FURNITURE_KEYS, plain) &&
    (FURNITURE_KINDS as readonly unknown[]).includes(value.kind) &&
    isText(value.text)
  );
}

function isMention(value: unknown, plain: boolean): boolean {
  return (
    isObjectOf(value, MENTION_KEYS, plain) &&
    (value.field === 'title' || value.field === 'body') &&
    Number.isSafeInteger(value.start) &&
    (value.start as number) >= 0 &&
    Number.isSafeInteger(value.end) &&
    (value.end as number) > 0 &&
    (value.end as number) > (value.start as number)
  );
}

/** The span fields every layer shares: a field, and offsets with `end` past `start`. */
function isSpan(value: Bag): boolean {
  return (
    (value.field === 'title' || value.field === 'body') &&
    Number.isSafeInteger(value.start) &&
    (value.start as number) >= 0 &&
    Number.isSafeInteger(value.end) &&
    (value.end as number) > (value.start as number)
  );
}

function isTimex(value: unknown): boolean {
  return timexProblem(value) === undefined;
}

function isTimeExpression(value: unknown, plain: boolean): boolean {
  return (
    isObjectOf(value, TIME_EXPRESSION_KEYS, plain) &&
    isSpan(value) &&
    isTimex(value.value) &&
    (value.basis === 'stated' || value.basis === 'inferred') &&
    optional(value, 'evidence', isText, plain) &&
    (value.basis === 'inferred') === Object.hasOwn(value, 'evidence')
  );
}

function isUnit(value: unknown): boolean {
  return value === 'percent' || value === 'count' || (typeof value === 'string' && CURRENCY_CODE.test(value));
}

function isComparator(value: unknown): boolean {
  return (COMPARATORS as readonly unknown[]).includes(value);
}

function isQuantity(value: unknown, plain: boolean): boolean {
  return (
    isObjectOf(value, QUANTITY_KEYS, plain) &&
    isSpan(value) &&
    typeof value.value === 'number' &&
    Number.isFinite(value.value) &&
    value.value >= 0 &&
    isUnit(value.unit) &&
    optional(value, 'comparator', isComparator, plain) &&
    (MEASURES as readonly unknown[]).includes(value.measure) &&
    optional(value, 'period', isTimex, plain) &&
    optional(value, 'subject', isId, plain)
  );
}

function isQuotation(value: unknown, plain: boolean): boolean {
  return (
    isObjectOf(value, QUOTATION_KEYS, plain) &&
    isId(value.speaker) &&
    (QUOTATION_KINDS as readonly unknown[]).includes(value.kind) &&
    optional(value, 'cue', isMention, plain) &&
    isMention(value.quote, plain)
  );
}

function isArticleEntity(value: unknown, plain: boolean): boolean {
  return isObjectOf(value, ENTITY_KEYS, plain) && isId(value.id) && isListOf(value.mentions, isMention, 1, plain);
}

/** `topicEvidence`: a plain object of kebab-case ids, each with a non-empty list of quotes. */
function isTopicEvidence(value: unknown, plain: boolean): value is Bag {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) {
    return false;
  }
  const keys = Object.keys(value);
  if (!isDataOnly(value, keys.length, plain)) {
    return false;
  }
  for (const key of keys) {
    if (!isId(key) || !isTextList((value as Bag)[key], plain)) {
      return false;
    }
  }
  return true;
}

/** The optional `raw`: a relative path and a SHA-256. */
function isRaw(raw: unknown, plain: boolean): boolean {
  return (
    isObjectOf(raw, RAW_KEYS, plain) &&
    typeof raw.file === 'string' &&
    RELATIVE_PATH.test(raw.file) &&
    typeof raw.sha256 === 'string' &&
    SHA256.test(raw.sha256)
  );
}

function isUrl(url: unknown): boolean {
  return typeof url === 'string' && HTTP_URL.test(url) && isCanonicalUrl(url);
}

/** The article schema's own rules across fields (its superRefine), on a record whose fields passed. */
function holdsTogether(article: Article): boolean {
  if (article.publishedAt.includes('T') !== (article.date.precision === 'minute')) {
    return false;
  }
  if ((article.modifiedAt === undefined) !== (article.date.modifiedEvidence === undefined)) {
    return false;
  }
  for (const paragraph of article.body.split('\n\n')) {
    if (paragraph.length === 0 || paragraph.trim() !== paragraph) {
      return false;
    }
  }
  const topics = new Set(article.topics);
  const evidenced = Object.keys(article.topicEvidence);
  if (topics.size !== article.topics.length || evidenced.length !== topics.size) {
    return false;
  }
  if (!evidenced.every((topic) => topics.has(topic))) {
    return false;
  }
  const { evidence } = article.en;
  if (evidence !== undefined && evidence.summary.length !== splitSentences(article.en.summary).length) {
    return false;
  }
  const fits = (span: { readonly field: 'title' | 'body'; readonly end: number }): boolean =>
    span.end <= article[span.field].length;
  return (
    article.entities.every((entity) => entity.mentions.every(fits)) &&
    (article.timeExpressions?.every(fits) ?? true) &&
    (article.quantities?.every(fits) ?? true) &&
    (article.quotations?.every(
      (quotation) => (quotation.cue === undefined || fits(quotation.cue)) && fits(quotation.quote),
    ) ??
      true)
  );
}

/**
 * Whether `ArticleSchema` accepts `value` and returns it unchanged (deep-equal,
 * the same key order), so that it may be kept and frozen as it is. `plain`
 * (see the module comment) is for a value that `JSON.parse` returned, and only for one.
 */
export function isCanonicalArticle(value: unknown, plain = false): value is Article {
  if (!isObjectOf(value, ARTICLE_KEYS, plain)) {
    return false;
  }
  const source = value.source;
  return (
    isId(value.id) &&
    isText(value.title) &&
    (value.titleBasis === 'source' || value.titleBasis === 'editorial') &&
    value.lang === 'ar' &&
    isCanonicalDate(value.publishedAt) &&
    optional(value, 'modifiedAt', isCanonicalDate, plain) &&
    isDateInfo(value.date, plain) &&
    isObjectOf(source, SOURCE_KEYS, plain) &&
    isListOf(source.chain, isParty, 1, plain) &&
    isListOf(source.furniture, isFurniture, 0, plain) &&
    isObjectOf(value.en, EN_KEYS, plain) &&
    isText(value.en.title) &&
    isText(value.en.summary) &&
    optional(value.en, 'evidence', isEnEvidence, plain) &&
    isListOf(value.topics, isId, 0, plain) &&
    isTopicEvidence(value.topicEvidence, plain) &&
    isListOf(value.entities, isArticleEntity, 0, plain) &&
    optional(value, 'timeExpressions', (list, mode) => isListOf(list, isTimeExpression, 0, mode), plain) &&
    optional(value, 'quantities', (list, mode) => isListOf(list, isQuantity, 0, mode), plain) &&
    optional(value, 'quotations', (list, mode) => isListOf(list, isQuotation, 0, mode), plain) &&
    isText(value.body) &&
    optional(value, 'url', isUrl, plain) &&
    optional(value, 'authors', isTextList, plain) &&
    optional(value, 'raw', isRaw, plain) &&
    holdsTogether(value as unknown as Article)
  );
}

/**
 * The checks `createCorpus` makes on what it is given: the registries, the
 * records (the schema parse is parseRecord.ts's), and in each record its id, its
 * entity and topic references (quotation speakers included) and its mention spans. Every fault throws an
 * {@link InvalidRecordError} that names the list, the record's index and the
 * path of the bad field: Zod's issues for a schema failure, `recordIssue` for the rest.
 *
 * The per-record checks are called from the index build's single pass over
 * the records (corpusIndexes.ts), so that each record is read once.
 */
import type { Article } from '../../schema.js';
import { assertArticle, assertList } from '../args/arguments.js';
import { describeValue } from '../args/describeValue.js';
import { recordIssue } from '../args/recordIssue.js';
import { assertMissingSpaces, SHIPPED_MISSING_SPACES } from '../text/missingSpaces.js';
import type { MentionCheck } from '../text/spelling.js';
import type { IdTable } from './idTable.js';

/**
 * A registry given in the options: a list whose items are parsed with `parse`
 * (parseRecord.ts, with the registry's schema) or, when none is given, trusted (and
 * deep-frozen by indexCorpus once the whole build has passed), with unique ids.
 * Returns a frozen list.
 */
export function checkRegistry<T extends { readonly id: string }>(
  given: unknown,
  parse: ((item: unknown, index: number) => T) | undefined,
  collection: 'entities' | 'topics',
): readonly T[] {
  assertList(given, `options.${collection}`, collection);
  const list = given as readonly unknown[];
  for (let index = 0; index < list.length; index += 1) {
    // map and forEach skip the holes of a sparse array: a hole would pass unchecked.
    if (!(index in list)) {
      throw recordIssue(
        index,
        [],
        `Expected ${collection === 'entities' ? 'an entity' : 'a topic'} object, got an empty slot of a sparse array`,
        collection,
      );
    }
  }
  const items = parse === undefined ? (list as readonly T[]) : list.map(parse);
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      throw recordIssue(
        index,
        ['id'],
        `Duplicate id ${describeValue(item.id)}: expected every id to be unique`,
        collection,
      );
    }
    seen.add(item.id);
  });
  return Object.isFrozen(items) ? items : Object.freeze([...items]);
}

/**
 * The `missingSpaces` option, checked by the one reader that `findMentions` uses too
 * (text/missingSpaces.ts). Returns them with the shipped data's own, which are always known.
 */
export function checkMissingSpaces(given: unknown): readonly string[] {
  if (given === undefined) {
    return SHIPPED_MISSING_SPACES;
  }
  assertMissingSpaces(given, 'options.missingSpaces');
  return [...SHIPPED_MISSING_SPACES, ...given];
}

/**
 * Checks the fields of the record at `index` that the index build and search read
 * without further checks: a trusted record (`validate: false`) may hold anything,
 * and a bad one must stop the build, as ArticleSchema would, rather than surface
 * later as a TypeError or a wrong answer.
 */
export function checkShape(article: unknown, index: number): asserts article is Article {
  assertArticle(article, index);
  const record = article as unknown as Readonly<Record<string, unknown>>;
  for (const field of ['title', 'body'] as const) {
    if (typeof record[field] !== 'string') {
      throw recordIssue(index, [field], `Expected ${field} to be a string, got ${describeValue(record[field])}`);
    }
  }
  for (const field of ['entities', 'topics'] as const) {
    if (!Array.isArray(record[field])) {
      throw recordIssue(index, [field], `Expected ${field} to be an array, got ${describeValue(record[field])}`);
    }
  }
}

/** Adds the article at `index` to `byId`, throwing when its id is not a string or is already there. */
export function addArticleId(byId: IdTable, article: Article, index: number): void {
  // A trusted record's id may be anything.
  if (typeof (article.id as unknown) !== 'string') {
    throw recordIssue(index, ['id'], `Expected an article id string, got ${describeValue(article.id)}`);
  }
  if (byId.add(article.id, index) !== -1) {
    throw recordIssue(
      index,
      ['id'],
      `Duplicate article id ${describeValue(article.id)}: expected every id to be unique`,
    );
  }
}

/**
 * What an unknown id was expected to be: an id of the registry the caller passed, or, when
 * `passed` is false, of the shipped one that stood in for it, with the option that fixes it.
 */
function expectedId(passed: boolean, collection: 'entities' | 'topics'): string {
  if (passed) {
    return `expected an id of options.${collection}`;
  }
  const [kind, list] = collection === 'entities' ? ['entity', 'registry'] : ['topic', 'vocabulary'];
  return `expected an id of the shipped ${kind} ${list}, which is used when no options.${collection} is passed: pass the ${list} your records were built with, as { ${collection} }`;
}

/**
 * The number (in `ids`) of the entity that entry `position` of the article's entities refers to.
 * `passed` says whether `ids` are those of a registry the caller passed, rather than the shipped one.
 */
export function entityNumber(
  ids: ReadonlyMap<string, number>,
  article: Article,
  index: number,
  position: number,
  passed = true,
): number {
  // A trusted record's entry may be anything, so its id is read with care.
  const entry = article.entities[position] as { readonly id?: unknown } | null | undefined;
  const id = entry?.id;
  const value = typeof id === 'string' ? ids.get(id) : undefined;
  if (value === undefined) {
    throw recordIssue(
      index,
      ['entities', position, 'id'],
      `Unknown entity id ${describeValue(id)}: ${expectedId(passed, 'entities')}`,
    );
  }
  return value;
}

/** The number (in `ids`) of the topic at `position` of the article's topics; `passed` as for {@link entityNumber}. */
export function topicNumber(
  ids: ReadonlyMap<string, number>,
  article: Article,
  index: number,
  position: number,
  passed = true,
): number {
  // A trusted record's topic may be anything.
  const id = article.topics[position] as unknown;
  const value = typeof id === 'string' ? ids.get(id) : undefined;
  if (value === undefined) {
    throw recordIssue(
      index,
      ['topics', position],
      `Unknown topic id ${describeValue(id)}: ${expectedId(passed, 'topics')}`,
    );
  }
  return value;
}

/**
 * Checks that every quotation of the article at `index` names its speaker by an
 * id of the registry (`ids`), as an entity entry must; `passed` as for
 * {@link entityNumber}. A record without quotations has nothing to check. A
 * trusted record's `quotations` may be anything, so the list and each entry are
 * read with care: a list that is not an array, or an entry that is not an object,
 * is refused at its path.
 */
export function checkSpeakers(ids: ReadonlyMap<string, number>, article: Article, index: number, passed = true): void {
  const quotations = article.quotations as unknown;
  if (quotations === undefined) {
    return;
  }
  if (!Array.isArray(quotations)) {
    throw recordIssue(index, ['quotations'], `Expected quotations to be an array, got ${describeValue(quotations)}`);
  }
  const list = quotations as readonly unknown[];
  for (let position = 0; position < list.length; position += 1) {
    const entry = list[position];
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw recordIssue(
        index,
        ['quotations', position],
        `Expected a quotation object { speaker, kind, cue?, quote }, got ${describeValue(entry)}`,
      );
    }
    const { speaker } = entry as { readonly speaker?: unknown };
    if (typeof speaker !== 'string' || !ids.has(speaker)) {
      throw recordIssue(
        index,
        ['quotations', position, 'speaker'],
        `Unknown speaker id ${describeValue(speaker)}: ${expectedId(passed, 'entities')}`,
      );
    }
  }
}

/**
 * Checks that the entity at `position` of the article (entity number `value`)
 * has mentions, and that each lies inside its field and spells the entity.
 */
export function checkMentions(
  check: MentionCheck,
  article: Article,
  index: number,
  position: number,
  value: number,
): void {
  // entityNumber has read this entry's id, so the entry is an object.
  const { mentions } = article.entities[position] as { readonly mentions: unknown };
  if (!Array.isArray(mentions) || mentions.length === 0) {
    throw recordIssue(
      index,
      ['entities', position, 'mentions'],
      `Expected a non-empty list of mentions, got ${describeValue(mentions)}`,
    );
  }
  for (let at = 0; at < mentions.length; at += 1) {
    const problem = check.problem(article, value, mentions[at]);
    if (problem !== undefined) {
      throw recordIssue(index, ['entities', position, 'mentions', at, problem.key], problem.message);
    }
  }
}

/**
 * Checks that every quantity of the article names, in its `subject`, an entity of the
 * registry (`ids`), as entity references are checked; `passed` as for {@link entityNumber}.
 * A trusted record (`validate: false`) may hold anything, so the layer is read with care:
 * a `quantities` that is not an array, or an item that is not an object, is refused too.
 * Runs in both validation modes, and on the shipped data: it reads one field per quantity.
 */
export function checkQuantitySubjects(
  ids: ReadonlyMap<string, number>,
  article: Article,
  index: number,
  passed = true,
): void {
  const quantities = (article as { readonly quantities?: unknown }).quantities;
  if (quantities === undefined) {
    return;
  }
  if (!Array.isArray(quantities)) {
    throw recordIssue(index, ['quantities'], `Expected quantities to be an array, got ${describeValue(quantities)}`);
  }
  for (let at = 0; at < quantities.length; at += 1) {
    const quantity: unknown = quantities[at];
    if (typeof quantity !== 'object' || quantity === null || Array.isArray(quantity)) {
      throw recordIssue(index, ['quantities', at], `Expected a quantity object, got ${describeValue(quantity)}`);
    }
    const subject = (quantity as { readonly subject?: unknown }).subject;
    if (subject !== undefined && (typeof subject !== 'string' || !ids.has(subject))) {
      throw recordIssue(
        index,
        ['quantities', at, 'subject'],
        `Unknown entity id ${describeValue(subject)}: ${expectedId(passed, 'entities')}`,
      );
    }
  }
}

/**
 * What `buildArticle` checks and computes besides the date: the entity list
 * from the mentions, the references to the registries, the quotes and spans
 * as createCorpus checks them, and the raw file's hash and verbatim text.
 */
import { InvalidQueryError } from '../../errors.js';
import type { ArticleEntity, Entity, Mention } from '../../schema.js';
import { assertList } from '../args/arguments.js';
import { describeValue } from '../args/describeValue.js';
import { quoteProblems } from '../corpus/quotes.js';
import { MentionCheck } from '../text/spelling.js';
import type { Problem } from './issues.js';
import { sha256Hex } from './sha256.js';

/** A mention found in one field, with its entity. */
export interface FieldMention {
  readonly id: string;
  readonly field: Mention['field'];
  readonly start: number;
  readonly end: number;
}

/** The entity list of a record: entities in order of first mention, each with its mentions in text order. */
export function entityList(mentions: readonly FieldMention[]): ArticleEntity[] {
  const byEntity = new Map<string, Mention[]>();
  for (const { id, field, start, end } of mentions) {
    let list = byEntity.get(id);
    if (list === undefined) {
      list = [];
      byEntity.set(id, list);
    }
    list.push({ field, start, end });
  }
  return [...byEntity].map(([id, list]) => ({ id, mentions: list }));
}

/** The raw file's text and the SHA-256 of its bytes, or the problem with it. */
function readRaw(text: unknown): { readonly text: string; readonly sha256: string } | Problem {
  if (typeof text === 'string') {
    return { text, sha256: sha256Hex(new TextEncoder().encode(text)) };
  }
  if (text instanceof Uint8Array) {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(text), sha256: sha256Hex(text) };
    } catch {
      return {
        path: ['raw', 'text'],
        message: 'raw.text holds bytes that are not UTF-8: expected the UTF-8 bytes of the raw file',
      };
    }
  }
  return {
    path: ['raw', 'text'],
    message: `Expected raw.text to be the raw file's text (a string) or its bytes (a Uint8Array), got ${describeValue(text)}`,
  };
}

const excerpt = (text: string): string => describeValue(text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** The pieces of the record that must be the raw file's words, verbatim, and are not. */
function notInRaw(raw: string, title: string | undefined, body: string, furniture: readonly unknown[]): Problem[] {
  const problems: Problem[] = [];
  if (title !== undefined && !raw.includes(title)) {
    problems.push({ path: ['title'], message: `The source title ${excerpt(title)} is not in raw.text` });
  }
  body.split('\n\n').forEach((paragraph, index) => {
    if (!raw.includes(paragraph)) {
      problems.push({
        path: ['body'],
        message: `Paragraph ${index} of the body, ${excerpt(paragraph)}, is not in raw.text`,
      });
    }
  });
  furniture.forEach((piece, index) => {
    const text = (piece as { readonly text?: unknown } | null)?.text;
    if (typeof text === 'string' && !raw.includes(text)) {
      problems.push({
        path: ['source', 'furniture', index, 'text'],
        message: `Furniture ${index}, ${excerpt(text)}, is not in raw.text`,
      });
    }
  });
  return problems;
}

/**
 * The record's references that its registries do not hold: topic ids, and the
 * entity ids of its source chain. (Its quotes and mention spans are checked as
 * createCorpus checks them: see {@link recordProblems}.)
 */
export function registryProblems(
  given: Readonly<Record<string, unknown>>,
  registries: { readonly entityIds: ReadonlyMap<string, unknown>; readonly topicIds: ReadonlyMap<string, unknown> },
): Problem[] {
  const problems: Problem[] = [];
  const topics = Array.isArray(given['topics']) ? (given['topics'] as readonly unknown[]) : [];
  topics.forEach((topic, index) => {
    if (typeof topic === 'string' && !registries.topicIds.has(topic)) {
      problems.push({
        path: ['topics', index],
        message: `Unknown topic id ${describeValue(topic)}: expected an id of options.topics`,
      });
    }
  });
  const chain = given['chain'];
  (Array.isArray(chain) ? (chain as readonly unknown[]) : []).forEach((party, index) => {
    const entity = (party as { readonly entity?: unknown } | null)?.entity;
    if (typeof entity === 'string' && !registries.entityIds.has(entity)) {
      problems.push({
        path: ['source', 'chain', index, 'entity'],
        message: `Unknown entity id ${describeValue(entity)}: expected an id of options.entities`,
      });
    }
  });
  return problems;
}

/** An entity of `buildArticle`'s registry: what findMentions reads, names optional. */
export interface RegistryEntity {
  readonly id: string;
  readonly name?:
    | { readonly ar?: string | undefined; readonly en?: string | undefined; readonly ru?: string | undefined }
    | undefined;
  readonly aliases: readonly string[];
}

/** The registries already read, by array: only frozen arrays of frozen items, which cannot change. */
const registries = new WeakMap<readonly unknown[], ReadonlyMap<string, unknown>>();

/**
 * A registry's items by id, its ids checked: a registry from plain JavaScript can
 * hold anything, and an id it repeats is refused, as createCorpus refuses it.
 * A frozen registry of frozen items (the shipped ones, EntitySchema's output) is
 * read once and remembered, so that building many records does not read it again.
 */
export function registryOf(list: unknown, name: 'entities' | 'topics'): ReadonlyMap<string, unknown> {
  assertList(list, `options.${name}`, `${name} with an id`);
  const items = list as readonly unknown[];
  const known = registries.get(items);
  if (known !== undefined) {
    return known;
  }
  const byId = new Map<string, unknown>();
  let frozen = Object.isFrozen(items);
  items.forEach((item, index) => {
    const id = (item as { readonly id?: unknown } | null)?.id;
    if (typeof id !== 'string') {
      throw new InvalidQueryError(
        `Expected options.${name}[${index}] to have a string id, got ${describeValue(item)}`,
        item,
      );
    }
    if (byId.has(id)) {
      throw new InvalidQueryError(
        `Duplicate id ${describeValue(id)} in options.${name}[${index}]: expected every id to be unique, as createCorpus does`,
        item,
      );
    }
    byId.set(id, item);
    frozen &&= Object.isFrozen(item);
  });
  if (frozen) {
    registries.set(items, byId);
  }
  return byId;
}

/**
 * The problems createCorpus would find in the record's quotes and mention spans,
 * with the same code (corpus/quotes.ts and text/spelling.ts), so that a built
 * record is one createCorpus accepts with the same registry and `missingSpaces`
 * (`missingSpaces` here as checkMissingSpaces gives it, the shipped places included).
 * Every problem is listed, not only the first; a field of the wrong shape is
 * left to the schema. `entities` is the registry by id, from {@link registryOf}.
 */
export function recordProblems(
  candidate: Readonly<Record<string, unknown>>,
  entities: ReadonlyMap<string, unknown>,
  missingSpaces: readonly string[],
): Problem[] {
  const problems: Problem[] = [...quoteProblems(candidate)];
  const listed = candidate['entities'] as readonly ArticleEntity[]; // entityList made it
  if (listed.length === 0) {
    return problems;
  }
  // The check reads only the entities the record names, numbered by their place in its list. MentionCheck
  // reads an entity's names as EntitySchema types them, Arabic and English required; a missing one is the
  // empty string, which no span (start < end) can spell.
  const named = listed.map(({ id }) => {
    // Every id came from findMentions over this registry, which checked its names and aliases.
    const entity = entities.get(id) as RegistryEntity;
    const { ar = '', en = '', ru } = entity.name ?? {};
    return { id, name: { ar, en, ...(ru === undefined ? {} : { ru }) }, aliases: entity.aliases } as Entity;
  });
  const check = new MentionCheck(named, missingSpaces);
  const record = { title: candidate['title'], body: candidate['body'] };
  listed.forEach(({ mentions }, position) => {
    mentions.forEach((mention, at) => {
      const problem = check.problem(record, position, mention);
      if (problem !== undefined) {
        problems.push({ path: ['entities', position, 'mentions', at, problem.key], message: problem.message });
      }
    });
  });
  return problems;
}

/**
 * The record's `raw`, from the given `{ file, text }`: the SHA-256 of the text's
 * UTF-8 bytes (or of the bytes), and the problems of the record's text that is
 * not in the file. `raw` is undefined where the text cannot be read.
 */
export function rawPart(
  given: unknown,
  record: { readonly title: string | undefined; readonly body: unknown; readonly furniture: readonly unknown[] },
): { readonly raw?: { readonly file: unknown; readonly sha256: string }; readonly problems: readonly Problem[] } {
  const { file, text } = (given ?? {}) as { readonly file?: unknown; readonly text?: unknown };
  const read = readRaw(text);
  if ('message' in read) {
    return { problems: [read] };
  }
  return {
    raw: { file, sha256: read.sha256 },
    problems: typeof record.body === 'string' ? notInRaw(read.text, record.title, record.body, record.furniture) : [],
  };
}

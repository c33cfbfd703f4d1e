/**
 * What `buildArticle` checks and computes besides the date: the entity list
 * from the mentions, the references to the registries, the topic evidence,
 * and the raw file's hash and verbatim text.
 */
import type { ArticleEntity, Mention } from '../../schema.js';
import { describeValue } from '../args/describeValue.js';
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

/** The record's references that its registries do not hold, and topic evidence that its text does not. */
export function referenceProblems(
  given: Readonly<Record<string, unknown>>,
  searched: { readonly title: string | undefined; readonly body: unknown },
  registries: { readonly entityIds: ReadonlySet<string>; readonly topicIds: ReadonlySet<string> },
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
  const text = [searched.title, searched.body].filter((part) => typeof part === 'string').join('\n');
  const where = searched.title === undefined ? 'body' : 'title or body';
  const topicEvidence = given['topicEvidence'];
  if (typeof topicEvidence === 'object' && topicEvidence !== null) {
    for (const [topic, quotes] of Object.entries(topicEvidence)) {
      (Array.isArray(quotes) ? (quotes as readonly unknown[]) : []).forEach((quote, index) => {
        if (typeof quote === 'string' && quote.length > 0 && !text.includes(quote)) {
          problems.push({
            path: ['topicEvidence', topic, index],
            message: `The evidence ${describeValue(quote)} for topic ${describeValue(topic)} is not in the ${where}`,
          });
        }
      });
    }
  }
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

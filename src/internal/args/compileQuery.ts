/** Reads a query object once, so that `query` and `Corpus.query` share every check and meaning. */
import type { Entity, Topic } from '../../schema.js';
import type { Match } from '../../types.js';
import { type MsRange, parseRange } from '../dates/parse.js';
import { resolveEntity, resolveRefs, resolveTopic } from '../registry/refs.js';
import { type CompiledSearch, compileSearch, namesOf } from '../search/compileSearch.js';
import { assertOptions, parseMatch } from './arguments.js';

/** The keys a query may have. */
export const QUERY_KEYS = ['from', 'to', 'entities', 'topics', 'text', 'match'] as const;

/** A checked query: undefined parts do not filter. */
export interface CompiledQuery {
  readonly range: MsRange | undefined;
  readonly entities: readonly string[];
  readonly topics: readonly string[];
  readonly match: Match;
  readonly search: CompiledSearch | undefined;
}

/** Checks a query and resolves its references against the registries. */
export function compileQuery(input: unknown, entities: readonly Entity[], topics: readonly Topic[]): CompiledQuery {
  assertOptions(input, QUERY_KEYS, 'the query');
  const query = input as Readonly<Record<(typeof QUERY_KEYS)[number], unknown>>;
  const range = query.from === undefined && query.to === undefined ? undefined : parseRange(query.from, query.to);
  return {
    range,
    entities:
      query.entities === undefined
        ? []
        : resolveRefs(query.entities, (ref) => resolveEntity(ref, entities), 'entity', true),
    topics:
      query.topics === undefined ? [] : resolveRefs(query.topics, (ref) => resolveTopic(ref, topics), 'topic', true),
    match: parseMatch(query.match),
    search: query.text === undefined ? undefined : compileSearch(query.text, namesOf(entities)),
  };
}

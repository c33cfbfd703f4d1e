/**
 * Turns a read query (parseQuery.ts) into the rules the two search paths, the
 * scan (scanSearch.ts) and the indexed search (searchIndex.ts), apply alike:
 * which field group each clause searches, how each of its words matches a text
 * word, and which entities' mention spans match it too.
 */
import { InvalidQueryError } from '../../errors.js';
import type { Entity } from '../../schema.js';
import { assertList } from '../args/arguments.js';
import { describeValue } from '../args/describeValue.js';
import { CLITIC_PREFIXES, isArabicTerm } from '../text/tokenize.js';
import { englishStem, isLatinWord } from './englishStem.js';
import { type EntityNames, entityNames } from './entityNames.js';
import { parseQuery, type QueryClause } from './parseQuery.js';
import { type QueryTerm, queryTerm, termMatches } from './search.js';

/** The Arabic fields (title, body) and the English ones (en.title, en.summary). */
export const ARABIC = 0;
export const ENGLISH = 1;
export type Group = typeof ARABIC | typeof ENGLISH;

/** How one word of a clause matches a normalized text word. */
export type WordRule =
  /** An Arabic word, a number or a word of another script: the word rules of queryTerm. */
  | { readonly kind: 'term'; readonly term: QueryTerm }
  /** A Latin word: a Latin text word with the same English stem. */
  | { readonly kind: 'stem'; readonly stem: string }
  /** A prefix: a text word that starts with one of `heads` (the prefix, and behind each clitic when it is long enough). */
  | { readonly kind: 'prefix'; readonly heads: readonly string[] };

/** One clause, ready to match. */
export interface SearchClause {
  /** The same for two clauses that match the same text. */
  readonly key: string;
  /** The fields it searches. */
  readonly group: Group;
  /** One rule per word: the words must be adjacent and in order (a phrase) when there are several. */
  readonly rules: readonly WordRule[];
  /** The ids of the entities whose mention spans (in title and body) also match the clause. */
  readonly entities: readonly string[];
}

/** A compiled search. */
export interface CompiledSearch {
  readonly include: readonly SearchClause[];
  readonly exclude: readonly SearchClause[];
  /** Whether a clause searches the English fields. */
  readonly english: boolean;
  /** Whether a clause matches mention spans. */
  readonly mentions: boolean;
}

/**
 * The shortest Arabic prefix that also matches behind a clitic, in normalized
 * letters (ال counted): a shorter one lines up with the letters of too many
 * words there (`ان*` in كانون, `ال*` in وكالة), so it matches only at a word's start.
 */
const MIN_CLITIC_PREFIX = 3;

const NUMBER = /^\p{Nd}/u;

/**
 * The fields a clause searches: the English ones when it has a Latin word and
 * its other words are numbers (`"16 documents"`, `201st`, which is `201` `st`);
 * the Arabic ones otherwise, a clause of numbers alone included.
 */
function groupOf(found: readonly string[]): Group {
  return found.some(isLatinWord) && found.every((word) => isLatinWord(word) || NUMBER.test(word)) ? ENGLISH : ARABIC;
}

/** Whether a rule holds for a normalized text word of the clause's group. */
export function ruleMatches(rule: WordRule, word: string): boolean {
  switch (rule.kind) {
    case 'term':
      return termMatches(rule.term, word);
    case 'stem':
      return isLatinWord(word) && englishStem(word) === rule.stem;
    case 'prefix':
      return rule.heads.some((head) => word.startsWith(head));
  }
}

function ruleKey(rule: WordRule): string {
  switch (rule.kind) {
    case 'term':
      return `t${rule.term.key}`;
    case 'stem':
      return `s${rule.stem}`;
    case 'prefix':
      return `p${rule.heads.join(' ')}`;
  }
}

function compileClause(clause: QueryClause, names: EntityNames): SearchClause {
  const group = groupOf(clause.words);
  let rules: WordRule[];
  if (clause.kind === 'prefix') {
    // parseQuery gives a prefix clause exactly one word.
    const prefix = clause.words[0]!;
    const behindClitics = isArabicTerm(prefix) && prefix.length >= MIN_CLITIC_PREFIX;
    rules = [{ kind: 'prefix', heads: behindClitics ? CLITIC_PREFIXES.map((clitic) => clitic + prefix) : [prefix] }];
  } else {
    rules = clause.words.map((word) =>
      // A number matches only itself in either group: queryTerm gives a word that is not Arabic no other form.
      group === ENGLISH && isLatinWord(word)
        ? { kind: 'stem', stem: englishStem(word) }
        : { kind: 'term', term: queryTerm(word) },
    );
  }
  // Rule keys are built from normalized words and never hold a newline.
  const key = `${group}${clause.kind === 'prefix' ? '*' : ''}${rules.map(ruleKey).join('\n')}`;
  return { key, group, rules, entities: clause.kind === 'prefix' ? [] : names.lookup(clause.words) };
}

function compileClauses(clauses: readonly QueryClause[], names: EntityNames): SearchClause[] {
  const seen = new Set<string>();
  const out: SearchClause[] = [];
  for (const clause of clauses) {
    const compiled = compileClause(clause, names);
    // Two words are one clause when they match the same text words: a repeated word scores once.
    if (!seen.has(compiled.key)) {
      seen.add(compiled.key);
      out.push(compiled);
    }
  }
  return out;
}

/** Whether a value has the fields of an entity that the names are read from. */
function isEntityLike(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { id, name, aliases } = value as Record<string, unknown>;
  if (typeof name !== 'object' || name === null) {
    return false;
  }
  const { ar, en } = name as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    typeof ar === 'string' &&
    typeof en === 'string' &&
    Array.isArray(aliases) &&
    aliases.every((alias) => typeof alias === 'string')
  );
}

const namesCache = new WeakMap<readonly Entity[], EntityNames>();

/** The names of a registry, read once per registry. */
export function namesOf(registry: unknown, name = 'options.entities'): EntityNames {
  assertList(registry, name, 'entities');
  const entities = registry as readonly Entity[];
  let names = namesCache.get(entities);
  if (names === undefined) {
    entities.forEach((entity: unknown, index) => {
      if (!isEntityLike(entity)) {
        throw new InvalidQueryError(
          `Invalid entity at ${name}[${index}]: expected an entity with an id, name.ar, name.en and aliases, got ${describeValue(entity)}`,
          entity,
        );
      }
    });
    names = entityNames(entities);
    namesCache.set(entities, names);
  }
  return names;
}

/**
 * Reads and compiles a search text against an entity registry's names.
 * Throws {@link InvalidQueryError} as {@link parseQuery} does.
 */
export function compileSearch(text: unknown, names: EntityNames): CompiledSearch {
  const { include, exclude } = parseQuery(text);
  const compiledInclude = compileClauses(include, names);
  const compiledExclude = compileClauses(exclude, names);
  const all = [...compiledInclude, ...compiledExclude];
  return {
    include: compiledInclude,
    exclude: compiledExclude,
    english: all.some((clause) => clause.group === ENGLISH),
    mentions: all.some((clause) => clause.entities.length > 0),
  };
}

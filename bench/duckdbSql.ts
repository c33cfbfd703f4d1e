/**
 * The SQL of bench/duckdb.ts: how a table of articles is loaded into DuckDB,
 * and the benchmark's filter cases written as SQL over it, with the rules of
 * the recipe in docs/performance.md ("Past one machine"): a day range on
 * `publishedAt`, `array_contains` per entity or topic,
 * joined by AND for `match: 'all'` and by OR for `match: 'any'`. Rows come back
 * in the order of the file, as `corpus.query` keeps the order of the records.
 */
import type { Query } from '../src/index.ts';

/** A string as an SQL literal. */
const literal = (value: string): string => `'${value.replaceAll("'", "''")}'`;

/** `CREATE TABLE articles` from NDJSON (every field, `entities` as its ids) or from our Parquet export. */
export function loadSql(kind: 'ndjson' | 'parquet', file: string): string {
  return kind === 'ndjson'
    ? `CREATE TABLE articles AS SELECT * REPLACE (list_transform(entities, lambda entity: entity.id) AS entities) FROM read_json(${literal(file)}, format = 'newline_delimited')`
    : `CREATE TABLE articles AS SELECT * FROM read_parquet(${literal(file)})`;
}

/** The list of a query's entity or topic ids. */
function ids(value: Query['entities'] | Query['topics'], name: string): string[] {
  if (value === undefined) {
    return [];
  }
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((id): id is string => typeof id === 'string')) {
    throw new Error(`The SQL of the benchmark takes ${name} as ids only`);
  }
  return list;
}

/** The day after a `YYYY-MM-DD` day, in the same form. */
function nextDay(day: string): string {
  const time = Date.parse(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(time)) {
    throw new Error(`Expected a YYYY-MM-DD day, got ${day}`);
  }
  return new Date(time + 86_400_000).toISOString().slice(0, 10);
}

/**
 * A filter case as SQL with `$n` parameters, and their values in order. The
 * day range is `publishedAt >= from AND publishedAt < the day after to`: the
 * recipe's `substr(publishedAt, 1, 10) BETWEEN from AND to` as plain string
 * comparisons (a day, or a UTC time of that day, sorts at or after the day and
 * before the next), which DuckDB runs about three times as fast.
 */
export function filterSql(q: Query): { readonly sql: string; readonly values: readonly string[] } {
  const known = new Set(['from', 'to', 'entities', 'topics', 'match']);
  const unknown = Object.keys(q).filter((key) => !known.has(key));
  if (unknown.length > 0 || typeof q.from !== 'string' || typeof q.to !== 'string') {
    throw new Error(`The SQL of the benchmark takes day bounds, entities, topics and match only: ${JSON.stringify(q)}`);
  }
  const values: string[] = [q.from, nextDay(q.to)];
  const where = ['publishedAt >= $1 AND publishedAt < $2'];
  const join = q.match === 'all' ? ' AND ' : ' OR ';
  for (const [column, list] of [
    ['entities', ids(q.entities, 'entities')],
    ['topics', ids(q.topics, 'topics')],
  ] as const) {
    if (list.length > 0) {
      const tests = list.map((id) => {
        values.push(id);
        return `array_contains(${column}, $${values.length})`;
      });
      where.push(tests.length === 1 ? tests[0]! : `(${tests.join(join)})`);
    }
  }
  return { sql: `SELECT id FROM articles WHERE ${where.join(' AND ')} ORDER BY rowid`, values };
}

/** The same SQL with its values written in, as an ad hoc query is. */
export function inlineSql({ sql, values }: ReturnType<typeof filterSql>): string {
  return sql.replace(/\$(\d+)/g, (_match, at: string) => literal(values[Number(at) - 1]!));
}

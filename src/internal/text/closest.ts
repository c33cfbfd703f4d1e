/** "Did you mean": the known names nearest to a miss, by edit distance on normalized forms. */

/** How many suggestions an error lists. */
const MAX_SUGGESTIONS = 3;

/**
 * Edit distance with adjacent transpositions (optimal string alignment), so
 * that "form" is one edit from "from"; or `limit + 1` as soon as it must
 * exceed `limit`. Bounded so that a 100,000-character reference costs nothing:
 * strings whose lengths differ by more than the limit are never compared.
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) {
    return limit + 1;
  }
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      // Both rows are filled up to j: previous has b.length + 1 cells, and current was pushed up to j - 1.
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        value = Math.min(value, beforePrevious[j - 2]! + 1); // i > 1, so beforePrevious is a full row
      }
      current.push(value);
      if (value < rowMinimum) {
        rowMinimum = value;
      }
    }
    if (rowMinimum > limit) {
      return limit + 1;
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!; // a row has b.length + 1 cells
}

/** A candidate name of a record, with its distance from the query. */
interface Scored<T> {
  readonly record: T;
  readonly name: string;
  readonly distance: number;
}

/**
 * Every near name of every record, best first. A name is near when its
 * distance is at most a third of the query's length (and at least 1), or when
 * it contains the query.
 */
function rank<T>(
  query: string,
  records: readonly T[],
  namesOf: (record: T) => readonly string[],
  key: (name: string) => string,
): Scored<T>[] {
  const target = key(query);
  if (target.length === 0) {
    return [];
  }
  const limit = Math.max(1, Math.floor(target.length / 3));
  const scored: Scored<T>[] = [];
  for (const record of records) {
    for (const name of namesOf(record)) {
      const candidate = key(name);
      let distance = boundedDistance(target, candidate, limit);
      // A fragment of a longer name ("rahmo") is a good hint too, ranked after close spellings.
      if (distance > limit && target.length >= 3 && candidate.includes(target)) {
        distance = limit + 0.5;
      }
      if (distance <= limit + 0.5) {
        scored.push({ record, name, distance });
      }
    }
  }
  // The sort is stable, so on a tie the name given first (an id before its labels) comes first.
  scored.sort((left, right) => left.distance - right.distance || left.name.length - right.name.length);
  return scored;
}

/**
 * The names nearest to `query`, best first, at most three, compared by `key`;
 * near as {@link rank} defines it.
 */
export function closest(query: string, names: readonly string[], key: (name: string) => string): string[] {
  return [...new Set(rank(query, names, (name) => [name], key).map((entry) => entry.name))].slice(0, MAX_SUGGESTIONS);
}

/**
 * The records with a name nearest to `query`, best first, at most three, each
 * once: a record ranks by the nearest of its names, and comes with that name.
 * So a record whose id and label both spell the query closely ("migration",
 * "Migration") is one suggestion, not two.
 */
export function closestRecords<T>(
  query: string,
  records: readonly T[],
  namesOf: (record: T) => readonly string[],
  key: (name: string) => string,
): { readonly record: T; readonly name: string }[] {
  const seen = new Set<T>();
  const best: { readonly record: T; readonly name: string }[] = [];
  for (const { record, name } of rank(query, records, namesOf, key)) {
    if (seen.has(record)) {
      continue;
    }
    seen.add(record);
    best.push({ record, name });
    if (best.length === MAX_SUGGESTIONS) {
      break;
    }
  }
  return best;
}

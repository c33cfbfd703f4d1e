/** The filter options that `list` and `export` share: their declaration, their help, and the query they make. */
import { InvalidDateError } from '../errors.js';
import { parseBound } from '../internal/dates/parse.js';
import type { Query } from '../query.js';
import type { DateBound } from '../types.js';
import { oneOf, type Options, UsageError, type Values } from './command.js';

/** The filter options, for a command's `options`. */
export const FILTERS = {
  from: { type: 'string' },
  to: { type: 'string' },
  entity: { type: 'string', multiple: true },
  topic: { type: 'string', multiple: true },
  search: { type: 'string' },
  match: { type: 'string' },
} as const satisfies Options;

/** The filter options' help, for a command's `help`. */
export const FILTER_HELP = `Filters:
  --from <date>        Published on or after <date>: YYYY-MM-DD (from the start of that UTC day),
                       an ISO date-time with an offset such as 2025-10-09T10:51:00Z, or epoch
                       milliseconds, written as 12 or more digits such as 1700000000000
  --to <date>          Published on or before <date>, in the same forms (YYYY-MM-DD: to the end
                       of that UTC day)
  --entity <ref>       Names this entity (id, name or alias, in any language); repeatable
  --topic <ref>        Covers this topic (id, label or IPTC code); repeatable
  --match any|all      Whether an article needs any (default) or all of the entities and topics
  --search <text>      Full-text search, best first, ranked by BM25 as the library's query ranks:
                       every word must match; "a phrase" matches its words in order, -word
                       excludes, prefix* matches the words that start so; Latin-script words
                       search the English title and summary`;

/** What --from and --to accept, for the error message. */
const DATE_FORMS =
  'YYYY-MM-DD, an ISO date-time with an offset such as 2025-10-09T10:51:00Z, or epoch milliseconds (12 or more digits, such as 1700000000000)';

/**
 * Reads --from or --to for the library. All digits are epoch milliseconds,
 * passed on as a number; anything else is passed on as the string, which the
 * library reads as an ISO date. Fewer than 12 digits are refused: they are
 * more likely a year, a YYYYMMDD date or epoch seconds than an instant in
 * 1970, and reading them as one would quietly select the wrong articles.
 * The timeline command reads its bounds with it too.
 */
export function dateFlag(value: string | undefined, edge: 'from' | 'to'): DateBound | undefined {
  if (value === undefined) {
    return undefined;
  }
  const digits = /^\d+$/.test(value);
  const refuse = () => {
    const year = /^\d{4}$/.test(value)
      ? ` For the year ${value}, write --${edge} ${value}-${edge === 'from' ? '01-01' : '12-31'}.`
      : '';
    return new UsageError(`Invalid --${edge} ${JSON.stringify(value)}: expected ${DATE_FORMS}.${year}`);
  };
  if (digits && value.length < 12) {
    throw refuse();
  }
  const bound = digits ? Number(value) : value;
  try {
    parseBound(bound, edge);
  } catch (error) {
    // The library's message offers a Date object, which a command line cannot pass.
    if (error instanceof InvalidDateError) {
      throw refuse();
    }
    throw error;
  }
  return bound;
}

/**
 * The query the filter options make. Their form is checked here, before any
 * data is read; the references are resolved by the corpus's query.
 *
 * @throws {UsageError} When --from, --to or --match is malformed.
 */
export function filterQuery(values: Values<typeof FILTERS>): Query {
  return {
    from: dateFlag(values.from, 'from'),
    to: dateFlag(values.to, 'to'),
    entities: values.entity,
    topics: values.topic,
    text: values.search,
    match: oneOf('match', values.match, ['any', 'all'] as const, 'any'),
  };
}

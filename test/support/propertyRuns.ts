/**
 * How many random cases each property test runs. Every fc.assert in the
 * *.test-prop.ts files takes its numRuns from here, by name, so that
 * docs/reliability.md (scripts/build-reliability.ts) reports the true total.
 */
export const PROPERTY_RUNS = {
  'filterByDate returns a subset of its input, in input order': 300,
  'filterByEntity returns a subset of its input, in input order': 300,
  'filterByTopic returns a subset of its input, in input order': 300,
  'filterByDate gives the same result when applied twice': 300,
  'filterByEntity gives the same result when applied twice': 300,
  'filterByTopic gives the same result when applied twice': 300,
  'filterByDate agrees with a naive date-fns reference': 500,
  'parseBound reads every ISO-shaped string as parseISO did': 1_000,
  "filterByEntity's any is the union, and all the intersection, of single references": 300,
  "filterByTopic's any is the union, and all the intersection, of single references": 300,
  'createCorpus(x).query(q) equals query(x, q)': 300,
  'compareEnglish agrees with localeCompare(…, "en"), or defers to it, on any two strings': 2_000,
  'keepWithValues keeps exactly the candidates that carry the wanted values, dense or sparse, in their order': 300,
  'createCorpus(x).search(t) equals searchArticles(x, t)': 300,
  'createCorpus(x).searchHits(t) equals searchHits(x, t): articles, scores and matches, for any query syntax': 300,
  'searchHits(x, t, { limit, offset }) is that slice of the full ranking, on a list and on a corpus': 300,
  "createCorpus(x).searchHits of a phrase from x's own text equals searchHits(x, phrase), across the title/body boundary too": 300,
  'createCorpus(x).searchHits(word, { limit, offset }) is that slice of the full ranking when frequencies vary': 300,
  'createCorpus(x, registries) aggregates exactly as the plain helpers do with the same registries': 300,
  'createCorpus(x, registries) exports exactly as the plain helpers do with the same registries': 100,
  'createCorpus(x).toParquet() gives the bytes of toParquet(x)': 50,
  'query without text returns a subset in input order': 300,
  'query is the composition of the single filters': 300,
  'query gives the same result when applied twice': 300,
  'query never changes its input': 100,
  'every record isCanonicalArticle accepts, ArticleSchema accepts and returns unchanged': 1_000,
  'on JSON records, isCanonicalArticle accepts exactly what ArticleSchema accepts and returns unchanged': 1_000,
  'on JSON records, the plain mode accepts exactly what the exact mode accepts': 1_000,
  "quotesHold is true exactly when the quote check finds no problem in a record's quotes": 500,
  'loadCorpus over any chunking of an NDJSON text equals createCorpus over its parsed lines, errors included': 300,
  'normalizeArabic is idempotent': 1_000,
  'normalizeArabic never throws on any string, lone surrogates included': 1_000,
  'normalizeArabic leaves no diacritics, tatweel or Arabic-Indic digits': 1_000,
  'normalizeArabic leaves Latin text equal to its lower-case form': 500,
  'normalizeText splits words exactly as the WORD pattern does': 500,
  'normalizeText equals the offset-keeping normalizer': 500,
  'normalizeWithOffsets maps each output unit to a valid input range': 500,
  'normalizeToOffsetBuffer equals normalizeWithOffsets, offsets included': 1_000,
  'findMentions equals the naive indexOf-per-alias reference': 1_000,
  "findMentions' spans pass createCorpus's mention check": 1_000,
  'searchArticles hits hold every query word, and every article that holds them is a hit': 300,
  'searchArticles hits for short words and function words hold the word itself': 500,
  'searchArticles throws nothing but our errors on any string': 1_000,
  'searchHits match spans on the shipped articles start and end outside a word, marks included': 300,
  'searchArticles prefix hits hold a word that starts with the prefix, behind a clitic from three letters on': 500,
  'searchSnippets highlights exactly the matched text, within the context, and a limit keeps the first snippets': 500,
  'englishStem is never longer than its word, never empty for a non-empty word, and idempotent': 2_000,
  'toNdjson parsed back equals the records': 300,
  'toCsv parsed back by csv-parse gives the same field values': 300,
  'publishedInterval agrees with Date.parse on every valid day and instant': 100,
  'readArabicDate reads back any valid date in either month family and any digit set': 500,
  'readArabicDate reads nothing from a date whose weekday contradicts it': 300,
  'readArabicDate gives evidence that is the text at its offsets, in order, on any string': 1_000,
  'findTimeExpressions gives whole-word spans of the text, in order and apart, with valid TIMEX3 values and quoted evidence': 1_000,
  'findTimeExpressions finds the same spans with and without writtenOn, and resolves only the digits the words leave open': 500,
  'every match of a time pattern in a whole-text scan holds its core within its word window': 300,
  'findQuantities reads back any generated amount in either digit set, with its scale word, unit and comparator': 1_000,
  'findQuantities gives ordered spans that read by their words alone as the same amount, on any string': 1_000,
  'sha256Hex equals node:crypto on any bytes': 300,
  'timexDays agrees with Date on the days of every TIMEX3 point, week and interval': 1_000,
  'timeline(x, range) is timeline(x) cut to the entries whose days overlap the range, in order': 300,
  'the time_expressions table holds every time expression, with the days timeline gives': 200,
  'every record buildArticle returns is accepted by createCorpus with the same registries and missingSpaces': 300,
  'eventsOf returns a subset of its registry, in registry order': 300,
  'eventsOf of a list is the union of eventsOf of each of its articles': 300,
  'eventsOf with several filters is the intersection of eventsOf with each': 300,
  'eventsOf with a range of days keeps the events that hold one of its days': 300,
  'createCorpus(x, { events }).eventsOf(o) equals eventsOf(x, { ...o, events })': 100,
} as const;

/** The name of a registered property. */
export type PropertyName = keyof typeof PROPERTY_RUNS;

/**
 * The seed of every property: fixed, so that `npm test` draws the same cases on every run and
 * machine. `FC_SEED=<integer> npm test` replays another seed; `FC_SEED=random` draws a fresh one per
 * property, to explore (fast-check prints the seed of any failure, for replay).
 */
function seedOf(name: string): number | undefined {
  const given = process.env['FC_SEED'];
  if (given === 'random') {
    return undefined;
  }
  if (given !== undefined && given !== '') {
    if (!/^-?\d+$/.test(given)) {
      throw new Error(`FC_SEED must be an integer or "random", got ${JSON.stringify(given)}`);
    }
    return Number(given);
  }
  // FNV-1a of the name: each property gets its own fixed seed.
  let hash = 0x811c9dc5;
  for (let at = 0; at < name.length; at += 1) {
    hash = Math.imul(hash ^ name.charCodeAt(at), 0x01000193);
  }
  return hash | 0;
}

/** fast-check parameters for the named property: its run count and its seed. */
export function runs(name: PropertyName): { readonly numRuns: number; readonly seed?: number } {
  // Names built at run time bypass the type check; an unknown one would silently run fast-check's default.
  if (!Object.hasOwn(PROPERTY_RUNS, name)) {
    throw new Error(`No property named ${JSON.stringify(name)} in test/support/propertyRuns.ts`);
  }
  const seed = seedOf(name);
  return seed === undefined ? { numRuns: PROPERTY_RUNS[name] } : { numRuns: PROPERTY_RUNS[name], seed };
}

/**
 * A seeded generator of synthetic Arabic-like corpora for the benchmark.
 *
 * Words are random strings of Arabic letters, some carrying clitic prefixes
 * and hamza, ta marbuta or alef maqsura spellings; words, entities and topics
 * are drawn Zipf-like (weight 1/rank), and dates are uniform over 2000–2025.
 * Every record passes ArticleSchema and createCorpus's checks of spans and evidence, so createCorpus can validate it.
 */
import type { Article, Entity, Topic } from '../src/index.ts';

/** mulberry32: a small, fast, seeded PRNG. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Draws ranks 0 … size-1 with probability proportional to 1/(rank+1)^exponent. */
export function zipf(size: number, next: () => number, exponent = 1): () => number {
  const cumulative = new Float64Array(size);
  let sum = 0;
  for (let rank = 0; rank < size; rank += 1) {
    sum += 1 / (rank + 1) ** exponent;
    cumulative[rank] = sum;
  }
  return () => {
    const target = next() * sum;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] ?? 0) < target) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  };
}

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const PREFIXES = ['', '', '', '', 'ال', 'و', 'ب', 'ل', 'وال', 'بال'];
const VARIANTS: readonly (readonly [string, string])[] = [
  ['ا', 'أ'],
  ['ه', 'ة'],
  ['ي', 'ى'],
];

/** The shape of a generated corpus. */
export interface SyntheticCorpus {
  readonly articles: Article[];
  readonly entities: Entity[];
  readonly topics: Topic[];
  /** The distinct base words, most frequent first. */
  readonly vocabulary: readonly string[];
}

export interface GenerateOptions {
  readonly size: number;
  readonly seed?: number;
  /** Words per body; bodies are short for filter-only sizes, to keep 1M articles in memory. */
  readonly bodyWords: number;
  readonly vocabularySize?: number;
  readonly entityCount?: number;
  readonly topicCount?: number;
}

const START = Date.UTC(2000, 0, 1);
const END = Date.UTC(2025, 11, 31);

export function generateCorpus(options: GenerateOptions): SyntheticCorpus {
  const next = random(options.seed ?? 42);
  const vocabularySize = options.vocabularySize ?? 30_000;
  const entityCount = options.entityCount ?? 2_000;
  const topicCount = options.topicCount ?? 100;

  const seen = new Set<string>();
  const vocabulary: string[] = [];
  while (vocabulary.length < vocabularySize) {
    const length = 3 + Math.floor(next() * 6);
    let word = '';
    for (let index = 0; index < length; index += 1) {
      // next() is below 1, so the index is always a letter of LETTERS.
      word += LETTERS[Math.floor(next() * LETTERS.length)]!;
    }
    if (!seen.has(word)) {
      seen.add(word);
      vocabulary.push(word);
    }
  }
  /** A word as running text writes it: sometimes with a clitic, sometimes with another spelling. */
  const inText = (word: string): string => {
    let out = (PREFIXES[Math.floor(next() * PREFIXES.length)] ?? '') + word;
    if (next() < 0.1) {
      const [plain, variant] = VARIANTS[Math.floor(next() * VARIANTS.length)] ?? ['', ''];
      const at = out.lastIndexOf(plain);
      if (at >= 0) {
        out = out.slice(0, at) + variant + out.slice(at + 1);
      }
    }
    return out;
  };

  const entities: Entity[] = Array.from({ length: entityCount }, (_, index) => {
    const name = `${vocabulary[(index * 7 + 3) % vocabularySize] ?? 'اسم'} ${vocabulary[(index * 13 + 5) % vocabularySize] ?? 'اسم'}`;
    return {
      id: `e-${index}`,
      type: 'person',
      name: { ar: name, en: `Entity ${index}` },
      aliases: [name],
      description: `Synthetic entity ${index}.`,
    };
  });
  const topics: Topic[] = Array.from({ length: topicCount }, (_, index) => ({
    id: `t-${index}`,
    label: { en: `Topic ${index}`, ar: `موضوع ${index}` },
    description: `Synthetic topic ${index}.`,
  }));

  const drawWord = zipf(vocabularySize, next);
  const drawEntity = zipf(entityCount, next);
  const drawTopic = zipf(topicCount, next);
  const words = (count: number): string => {
    const out = new Array<string>(count);
    for (let index = 0; index < count; index += 1) {
      out[index] = inText(vocabulary[drawWord()] ?? '');
    }
    return out.join(' ');
  };
  const distinct = (count: number, draw: () => number): number[] => {
    const out: number[] = [];
    while (out.length < count) {
      const value = draw();
      if (!out.includes(value)) {
        out.push(value);
      }
    }
    return out;
  };

  const articles: Article[] = new Array<Article>(options.size);
  for (let index = 0; index < options.size; index += 1) {
    const instant = START + Math.floor(next() * (END - START));
    const withTime = next() < 0.3;
    const publishedAt = withTime
      ? new Date(Math.floor(instant / 60_000) * 60_000).toISOString().replace('.000Z', 'Z')
      : new Date(instant).toISOString().slice(0, 10);
    const topicIds = distinct(1 + Math.floor(next() * 3), drawTopic).map((topic) => `t-${topic}`);
    // Each entity is named once, at the end of the body, so that its mention spells it.
    // The body is joined once, so that it is a flat string, as JSON.parse would give.
    const parts = [words(options.bodyWords)];
    let length = parts[0]?.length ?? 0;
    const mentioned = distinct(2 + Math.floor(next() * 5), drawEntity).map((entity) => {
      const name = entities[entity]?.name.ar ?? '';
      const mention = { field: 'body' as const, start: length + 1, end: length + 1 + name.length };
      parts.push(name);
      length = mention.end;
      return { id: `e-${entity}`, mentions: [mention] };
    });
    const body = parts.join(' ');
    // The evidence is quoted from the record's own text, as createCorpus checks: the date and
    // the publisher from furniture, each topic from the body's first word.
    const firstWord = body.slice(0, body.indexOf(' '));
    articles[index] = {
      id: `a-${index}`,
      title: words(6 + Math.floor(next() * 5)),
      titleBasis: 'source',
      lang: 'ar',
      publishedAt,
      date: { precision: withTime ? 'minute' : 'day', basis: 'stated', evidence: publishedAt },
      source: {
        chain: [{ role: 'publisher', name: 'موقع', en: 'Site', basis: 'stated', evidence: 'موقع' }],
        furniture: [
          { kind: 'header', text: `date ${publishedAt}` },
          { kind: 'signature', text: 'موقع' },
        ],
      },
      en: { title: 'Synthetic article', summary: 'Generated for the benchmark.' },
      topics: topicIds,
      topicEvidence: Object.fromEntries(topicIds.map((topic) => [topic, [firstWord]])),
      entities: mentioned,
      body,
      raw: { file: 'data/raw/synthetic.txt', sha256: '0'.repeat(64) },
    };
  }
  return { articles, entities, topics, vocabulary };
}

/**
 * `npm run bench -- --build [--size N] [--entities M] [--write]`: buildArticle's throughput on N
 * synthetic articles (100,000 by default) with an M-entity registry (2,000, as bench/generate.ts
 * makes), and, in the same run on the same inputs, what its parts cost alone: findMentions
 * over the title and body, readArabicDate over the furniture and text, the raw
 * file's SHA-256, ArticleSchema.parse of the finished record, and, for scale,
 * createCorpus over the built records. The ratios say where the time goes; no
 * figure is compared across runs. `--write` records the table in docs/performance.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';

import { replaceBlock } from '../scripts/lib/markers.ts';
import {
  type Article,
  ArticleSchema,
  buildArticle,
  type BuildArticleInput,
  createCorpus,
  findMentions,
  normalizeArabic,
  readArabicDate,
} from '../src/index.ts';
import { sha256Hex } from '../src/internal/build/sha256.ts';
import { deepFreeze } from '../src/internal/corpus/deepFreeze.ts';
import { generateCorpus } from './generate.ts';

const MONTHS = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];
const pad = (value: number): string => String(value).padStart(2, '0');

/** The furniture line that states a synthetic article's date: a dateline for a day, a GMT stamp for a minute. */
function dateline(publishedAt: string): { readonly kind: 'dateline' | 'timestamp'; readonly text: string } {
  const [year, month, day] = [
    publishedAt.slice(0, 4),
    Number(publishedAt.slice(5, 7)),
    Number(publishedAt.slice(8, 10)),
  ];
  return publishedAt.length === 10
    ? { kind: 'dateline', text: `دوشنبه، ${day} ${MONTHS[month - 1]!} ${year}` } // month is 1–12
    : { kind: 'timestamp', text: `${publishedAt.slice(11, 16)} GMT ${pad(day)}.${pad(month)}.${year}` };
}

const performanceDoc = new URL('../docs/performance.md', import.meta.url);
/** How many articles are built with an unfrozen registry: each costs two compilations of it. */
const UNFROZEN_SAMPLE = 200;

/**
 * What a user gives buildArticle for a synthetic article: its text, a dated furniture line, the
 * generator's signature line (which its chain quotes) and the curated fields.
 */
function inputOf(article: Article): BuildArticleInput {
  const furniture = [
    dateline(article.publishedAt),
    ...article.source.furniture.filter(({ kind }) => kind === 'signature'),
  ];
  const firstWord = article.body.slice(0, article.body.indexOf(' '));
  return {
    id: article.id,
    title: article.title,
    titleBasis: 'source',
    body: article.body,
    furniture,
    chain: article.source.chain,
    en: article.en,
    topics: article.topics,
    topicEvidence: Object.fromEntries(article.topics.map((topic) => [topic, [firstWord]])),
    raw: {
      file: 'data/raw/synthetic.txt',
      text: [furniture[0]!.text, article.title, article.body, ...furniture.slice(1).map(({ text }) => text)].join('\n'),
    },
  };
}

function seconds(run: () => void): number {
  const start = performance.now();
  run();
  return (performance.now() - start) / 1000;
}

/** Measures and prints; returns false when a built record differs from what the generator made. */
export function runBuildArticle({
  size,
  entityCount,
  write,
}: {
  readonly size: number;
  readonly entityCount: number;
  readonly write: boolean;
}): boolean {
  const generated = generateCorpus({ size, bodyWords: 80, entityCount });
  const { articles, topics } = generated;
  // Frozen, as EntitySchema's output and the shipped registry are: findMentions then compiles it once and
  // reuses it. A registry that is not frozen is compiled on every call; `unfrozen` below times that on a sample.
  const entities = deepFreeze(generated.entities.map((entity) => ({ ...entity })));
  const inputs = articles.map(inputOf);
  const registry = { entities, topics };
  const encoded = inputs.map((input) => new TextEncoder().encode(input.raw!.text as string)); // inputOf sets raw.text to a string
  // Warm up, and check that the builder finds what the generator placed.
  let built: Article[] = [];
  const warm = inputs.slice(0, 200).map((input) => buildArticle(input, registry));
  // Synthetic text spells names by chance, and longest-leftmost may then take a placed name's words for
  // another; so the check is that every mention spells its entity and the date is the generator's.
  const names = new Map(entities.map((entity) => [entity.id, normalizeArabic(entity.name.ar)]));
  const same = warm.every(
    (record, index) =>
      record.publishedAt === articles[index]!.publishedAt &&
      record.entities.every(({ id, mentions }) =>
        mentions.every(({ field, start, end }) => normalizeArabic(record[field].slice(start, end)) === names.get(id)),
      ),
  );

  const figures = {
    buildArticle: seconds(() => {
      built = inputs.map((input) => buildArticle(input, registry));
    }),
    'findMentions (title and body)': seconds(() => {
      for (const input of inputs) {
        findMentions(input.title, entities);
        findMentions(input.body, entities);
      }
    }),
    'readArabicDate (furniture, title and body)': seconds(() => {
      for (const input of inputs) {
        readArabicDate(input.furniture![0]!.text); // inputOf gives one furniture line
        readArabicDate(input.title);
        readArabicDate(input.body);
      }
    }),
    'SHA-256 of the raw text': seconds(() => {
      for (const bytes of encoded) {
        sha256Hex(bytes);
      }
    }),
    'ArticleSchema.parse of the record': seconds(() => {
      for (const record of built) {
        ArticleSchema.parse(record);
      }
    }),
    // Not a part of buildArticle: what indexing its output costs, with the checks buildArticle also runs.
    'for scale: createCorpus of the built records, validate: false': seconds(() => {
      createCorpus(built, { ...registry, validate: false });
    }),
  };
  const sample = inputs.slice(0, Math.min(size, UNFROZEN_SAMPLE));
  const thawed = { entities: generated.entities, topics };
  const unfrozen = seconds(() => {
    for (const input of sample) {
      buildArticle(input, thawed);
    }
  });
  const total = figures.buildArticle;
  const chars = inputs.reduce((sum, input) => sum + input.title.length + input.body.length, 0);
  const heading = `${process.version}, buildArticle on ${size.toLocaleString('en')} synthetic articles (${Math.round(chars / size).toLocaleString('en')} characters of title and body on average), ${entities.length.toLocaleString('en')} entities:`;
  const table = [
    '| step | seconds | articles per second | share of buildArticle |',
    '|---|---:|---:|---:|',
    ...Object.entries(figures).map(
      ([step, time]) =>
        `| ${step} | ${time.toFixed(1)} | ${Math.round(size / time).toLocaleString('en')} | ${step === 'buildArticle' ? '' : `${((100 * time) / total).toFixed(0)}%`} |`,
    ),
  ].join('\n');
  const note = `With a registry that is not frozen, which findMentions compiles again on every call (twice per article: title and body), buildArticle built ${Math.round(sample.length / unfrozen).toLocaleString('en')} articles per second (${sample.length.toLocaleString('en')} timed).`;
  const block = `${heading}\n\n${table}\n\n${note}`;
  console.log(block);
  if (write && same) {
    writeFileSync(performanceDoc, replaceBlock(readFileSync(performanceDoc, 'utf8'), 'build', block));
    console.log('\nwrote docs/performance.md');
  }
  if (!same) {
    console.error('buildArticle: a mention does not spell its entity, or publishedAt is not the generated one');
  }
  return same;
}

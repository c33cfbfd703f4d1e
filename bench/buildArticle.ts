/**
 * `npm run bench -- --build [--size N] [--entities M]`: buildArticle's throughput on N synthetic
 * articles (100,000 by default) with an M-entity registry (2,000, as bench/generate.ts makes),
 * and, in the same run on the same inputs, what its parts cost alone: findMentions
 * over the title and body, readArabicDate over the furniture and text, the raw
 * file's SHA-256, and ArticleSchema.parse of the finished record. The ratios say
 * where the time goes; no figure is compared across runs.
 */
import {
  type Article,
  ArticleSchema,
  buildArticle,
  type BuildArticleInput,
  findMentions,
  normalizeArabic,
  readArabicDate,
} from '../src/index.ts';
import { sha256Hex } from '../src/internal/build/sha256.ts';
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

/** What a user gives buildArticle for a synthetic article: its text, a dated furniture line and the curated fields. */
function inputOf(article: Article): BuildArticleInput {
  const furniture = [dateline(article.publishedAt)];
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
    raw: { file: 'data/raw/synthetic.txt', text: [furniture[0]!.text, article.title, article.body].join('\n') },
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
}: {
  readonly size: number;
  readonly entityCount: number;
}): boolean {
  const { articles, entities, topics } = generateCorpus({ size, bodyWords: 80, entityCount });
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
  };
  const total = figures.buildArticle;
  console.log(
    `node ${process.version}, buildArticle on ${size.toLocaleString('en')} synthetic articles, ${entities.length.toLocaleString('en')} entities`,
  );
  console.log('| step | seconds | articles per second | share of buildArticle |');
  console.log('|---|---:|---:|---:|');
  for (const [step, time] of Object.entries(figures)) {
    console.log(
      `| ${step} | ${time.toFixed(1)} | ${Math.round(size / time).toLocaleString('en')} | ${step === 'buildArticle' ? '' : `${((100 * time) / total).toFixed(0)}%`} |`,
    );
  }
  if (!same) {
    console.error('buildArticle: a mention does not spell its entity, or publishedAt is not the generated one');
  }
  return same;
}

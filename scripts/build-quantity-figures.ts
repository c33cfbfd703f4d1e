/**
 * Writes the recall and precision of `findQuantities` against the curated
 * quantities (scripts/lib/quantityReview.ts) into docs/data-model.md, between the
 * `quantity-figures` markers. Run with `npm run data:quantities`; with `--check`,
 * exits 1 instead of writing when the figures are out of date (test/generated.test.ts runs that).
 */
import { readFileSync } from 'node:fs';

import { articles } from '../src/index.ts';
import { writeOrCheck } from './lib/generated.ts';
import { ROOT } from './lib/json.ts';
import { replaceBlock } from './lib/markers.ts';
import { agreementOf, candidatesOf, differenceOf, type QuantityReviewLog } from './lib/quantityReview.ts';

const PATH = 'docs/data-model.md';
const log = JSON.parse(readFileSync(`${ROOT}data/review/quantities.json`, 'utf8')) as QuantityReviewLog;
const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

const rows = agreementOf(articles).map(
  ({ level, matched, candidates, curated, precision, recall }) =>
    `| ${level} | ${matched} | ${candidates} | ${curated} | ${percent(precision)} | ${percent(recall)} |`,
);
const differences = articles.map((article) => differenceOf(article, log.articles[article.id]));
const count = (pick: (difference: (typeof differences)[number]) => readonly unknown[]): number =>
  differences.reduce((sum, difference) => sum + pick(difference).length, 0);
const block = [
  `On the ${articles.length} shipped articles, \`findQuantities\` finds ${articles.reduce((sum, article) => sum + candidatesOf(article).length, 0)} candidates; the curated layer has ${articles.reduce((sum, article) => sum + (article.quantities?.length ?? 0), 0)} quantities. The review log rejects ${count((difference) => difference.rejected)}, changes ${count((difference) => difference.changed)} and adds ${count((difference) => difference.added)}.`,
  '',
  '| a candidate counts as found when it agrees in | found | candidates | curated | precision | recall |',
  '|---|---:|---:|---:|---:|---:|',
  ...rows,
].join('\n');

const doc = readFileSync(ROOT + PATH, 'utf8');
writeOrCheck([[PATH, replaceBlock(doc, 'quantity-figures', block)]], 'npm run data:quantities');

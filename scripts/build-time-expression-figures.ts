/**
 * Writes the figures of `findTimeExpressions` against the curated time-expression layers
 * into docs/data-model.md (the `time-expressions` block): its candidates on every title
 * and body, the curated expressions, what the review rejected, changed and added
 * (data/review/time-expressions.json), and the finder's precision and recall, span-exact
 * and span-and-value exact (scripts/lib/timeExpressionReview.ts).
 *
 * Run with `npm run data:time-expressions`; with `--check`, exits 1 instead of writing
 * when the document is out of date (test/generated.test.ts runs that).
 */
import { readFileSync } from 'node:fs';

import { articles } from '../src/index.ts';
import { writeOrCheck } from './lib/generated.ts';
import { ROOT } from './lib/json.ts';
import { replaceBlock } from './lib/markers.ts';
import { finderScores, type ReviewDifference, reviewDifference } from './lib/timeExpressionReview.ts';

const PATH = 'docs/data-model.md';

const scores = finderScores(articles);
const differences = articles.map((article) => [article, reviewDifference(article)] as const);
const total = (key: keyof ReviewDifference): number =>
  differences.reduce((sum, [, difference]) => sum + difference[key].length, 0);
const share = (part: number, whole: number): string =>
  whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}% (${part} of ${whole})`;

const block = [
  `\`findTimeExpressions\` proposed ${scores.candidates} candidates over the ${articles.length} titles and bodies; the curated layers hold ${scores.curated} expressions. The review rejected ${total('rejected')} candidates, changed ${total('changed')} and added ${total('added')}:`,
  '',
  '| article | candidates | curated | rejected | changed | added |',
  '|---|---:|---:|---:|---:|---:|',
  ...differences.map(
    ([article, difference]) =>
      `| \`${article.id}\` | ${(scores.perArticle.get(article.id) ?? 0).toString()} | ${(article.timeExpressions ?? []).length} | ${difference.rejected.length} | ${difference.changed.length} | ${difference.added.length} |`,
  ),
  '',
  '| the finder against the curated layers | precision | recall |',
  '|---|---:|---:|',
  `| span-exact | ${share(scores.sameSpan, scores.candidates)} | ${share(scores.sameSpan, scores.curated)} |`,
  `| span and value exact | ${share(scores.sameValue, scores.candidates)} | ${share(scores.sameValue, scores.curated)} |`,
].join('\n');

writeOrCheck(
  [[PATH, replaceBlock(readFileSync(ROOT + PATH, 'utf8'), 'time-expressions', block)]],
  'npm run data:time-expressions',
);

/**
 * Measures how well the search's word matching conflates the shipped corpus's
 * words, against Snowball's Arabic stemmer (see docs/search.md, "Quality").
 * Run with `npm run search:quality`; `-- --missed` lists the pairs that recall
 * misses both ways, `-- --all` every pair that Snowball stems apart and the
 * search conflates, with its verdict. Exits with 1 when recall both ways is
 * below 90%, or a conflated pair (sampled, or any of them) is in neither
 * JUDGED_PAIRS nor KNOWN_FALSE (scripts/lib/judgedPairs.ts).
 */
import { articles } from '../src/index.ts';
import {
  JUDGED_PAIRS,
  KNOWN_FALSE,
  measureSearchQuality,
  pairKey,
  RECALL_TARGET,
  type Verdict,
} from './lib/searchQuality.ts';

const texts = articles.map((article) => `${article.title}\n${article.body}`);
const quality = measureSearchQuality(texts);
const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;
const describe = (pair: readonly [string, string], verdict: Verdict): string => {
  const reason = (verdict === 'judged' ? JUDGED_PAIRS : KNOWN_FALSE).get(pairKey(...pair));
  return `${verdict === 'unjudged' ? 'NOT JUDGED' : verdict}: ${pair.join(' / ')}${reason === undefined ? '' : ` (${reason})`}`;
};

const lines = [
  `Distinct normalized Arabic words: ${quality.words}`,
  `Recall: ${quality.snowballPairs} pairs with one Snowball stem`,
  `  found both ways: ${quality.foundBothWays} (${percent(quality.recallBothWays)}, target ${percent(RECALL_TARGET)})`,
  `  found one way or both: ${quality.found} (${percent(quality.recall)})`,
];
if (process.argv.includes('--missed')) {
  for (const { pair, oneWay } of quality.missed) {
    lines.push(`  missed: ${pair.join(' / ')}${oneWay ? ' (one way only)' : ''}`);
  }
}
lines.push(
  `Precision: ${quality.sampled} sampled pairs that Snowball stems apart; ${quality.conflated.length} conflated, ${quality.unjudged} of them not judged`,
);
for (const { pair, verdict } of quality.conflated) {
  lines.push(`  ${describe(pair, verdict)}`);
}
lines.push(
  `All pairs that Snowball stems apart and the search conflates: ${quality.all.length}; judged true ${quality.allJudged}, known false ${quality.allKnownFalse}, not judged ${quality.allUnjudged}`,
);
for (const { pair, verdict } of quality.all) {
  if (verdict === 'unjudged' || process.argv.includes('--all')) {
    lines.push(`  ${describe(pair, verdict)}`);
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
if (quality.recallBothWays < RECALL_TARGET || quality.unjudged > 0 || quality.allUnjudged > 0) {
  process.exitCode = 1;
}

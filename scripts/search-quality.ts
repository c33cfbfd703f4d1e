/**
 * Measures how well the search's word matching conflates the shipped corpus's
 * words, against Snowball's Arabic stemmer (see docs/search.md, "Quality").
 * Run with `npm run search:quality`; `-- --missed` lists the pairs that recall
 * misses, `-- --all` every pair that Snowball stems apart and the search
 * conflates (the precision sample's whole population). Exits with 1 when recall is below 90% or
 * a sampled pair is conflated that JUDGED_PAIRS (scripts/lib/searchQuality.ts)
 * does not list.
 */
import { articles } from '../src/index.ts';
import { conflatedApart, JUDGED_PAIRS, measureSearchQuality, pairKey, RECALL_TARGET } from './lib/searchQuality.ts';

const texts = articles.map((article) => `${article.title}\n${article.body}`);
const quality = measureSearchQuality(texts);
const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

const lines = [
  `Distinct normalized Arabic words: ${quality.words}`,
  `Recall: ${quality.found} of ${quality.snowballPairs} pairs with one Snowball stem find each other: ${percent(quality.recall)} (target ${percent(RECALL_TARGET)})`,
  `  of them both ways: ${quality.foundBothWays} (${percent(quality.recallBothWays)})`,
];
if (process.argv.includes('--missed')) {
  for (const { pair, oneWay } of quality.missed) {
    lines.push(`  missed: ${pair.join(' / ')}${oneWay ? ' (one way only)' : ''}`);
  }
}
lines.push(
  `Precision: ${quality.sampled} sampled pairs that Snowball stems apart; ${quality.conflated.length} conflated, ${quality.unjudged} of them not judged (${JUDGED_PAIRS.size} judged pairs listed)`,
);
for (const { pair, judged } of quality.conflated) {
  const reason = JUDGED_PAIRS.get(pairKey(...pair));
  lines.push(`  ${judged ? 'judged' : 'NOT JUDGED'}: ${pair.join(' / ')}${reason === undefined ? '' : ` (${reason})`}`);
}
if (process.argv.includes('--all')) {
  // Not a gate: the whole population the sample is drawn from, to read by hand.
  const all = conflatedApart(texts);
  lines.push(`All pairs that Snowball stems apart and the search conflates: ${all.length}`);
  for (const pair of all) {
    lines.push(`  ${pair.join(' / ')}`);
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
if (quality.recall < RECALL_TARGET || quality.unjudged > 0) {
  process.exitCode = 1;
}

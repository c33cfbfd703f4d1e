import { createCorpus, searchArticles } from '../../src/index.ts';
import { generateCorpus, random } from '../generate.ts';

const n = Number(process.argv[2] ?? 100000);
const data = generateCorpus({ size: n, bodyWords: 80, seed: 42 });
const corpus = createCorpus(data.articles, { entities: data.entities, topics: data.topics, validate: false } as never);
const next = random(7);
const v = data.vocabulary;
const pick = (lo: number, hi: number) => v[lo + Math.floor(next() * (hi - lo))] ?? '';
const single = Array.from({ length: 20 }, () => pick(50, 500));
const pairs = Array.from({ length: 20 }, () => `${pick(10, 200)} ${pick(10, 200)}`);
const phrase = Array.from({ length: 20 }, () => { const b = data.articles[Math.floor(next()*n)]!.body.split(' '); const at = Math.floor(next()*60); return `"${b[at]} ${b[at+1]}"`; });
const prefix = Array.from({ length: 20 }, () => `${pick(50, 500).slice(0, 4)}*`);
const before = process.memoryUsage();
let t = performance.now();
corpus.search(single[0]!);
console.log('build ms', (performance.now() - t).toFixed(0), 'heap MB', ((process.memoryUsage().heapUsed + process.memoryUsage().external - before.heapUsed - before.external) / 1048576).toFixed(1));
function time(name: string, qs: string[], opts: object) {
  for (const q of qs) corpus.search(q, opts);
  const s: number[] = []; let hits = 0;
  for (let r = 0; r < 10; r++) for (const q of qs) { const a = performance.now(); hits += corpus.search(q, opts).length; s.push(performance.now() - a); }
  s.sort((a, b) => a - b);
  console.log(name.padEnd(16), 'p50', s[s.length >> 1]!.toFixed(3), 'p99', s[Math.floor(s.length * 0.99)]!.toFixed(3), 'hits', (hits / s.length).toFixed(0));
}
time('single', single, {}); time('two', pairs, {}); time('single@20', single, { limit: 20 }); time('two@20', pairs, { limit: 20 });
time('phrase@20', phrase, { limit: 20 }); time('prefix@20', prefix, { limit: 20 });
if (process.argv[3] === 'scan') { const a = performance.now(); searchArticles(data.articles.slice(0, 5000), single[0]!); console.log('scan 5k', performance.now() - a); }

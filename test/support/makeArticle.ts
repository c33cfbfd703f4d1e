/** Small, valid articles for table-driven tests. */
import type { Article } from '../../src/index.js';

export interface ArticleSketch {
  readonly id: string;
  readonly publishedAt?: string;
  readonly title?: string;
  readonly body?: string;
  readonly entities?: readonly string[];
  readonly topics?: readonly string[];
}

/** A record that passes ArticleSchema, with only the fields a test cares about set. */
export function makeArticle(sketch: ArticleSketch): Article {
  const publishedAt = sketch.publishedAt ?? '2022-01-01';
  const topics = sketch.topics ?? [];
  return {
    id: sketch.id,
    title: sketch.title ?? 'عنوان',
    titleBasis: 'source',
    lang: 'ar',
    publishedAt,
    date: { precision: publishedAt.includes('T') ? 'minute' : 'day', basis: 'stated', evidence: publishedAt },
    source: { chain: [{ role: 'publisher', name: 'موقع', en: 'Site', basis: 'stated', evidence: 'موقع' }], furniture: [] },
    en: { title: 'Title', summary: 'Summary.' },
    topics,
    topicEvidence: Object.fromEntries(topics.map((topic) => [topic, ['evidence']])),
    entities: (sketch.entities ?? []).map((id) => ({ id, mentions: [{ field: 'body', start: 0, end: 1 }] })),
    body: sketch.body ?? 'نص',
    raw: { file: 'data/raw/x.txt', sha256: '0'.repeat(64) },
  };
}

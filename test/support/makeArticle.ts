/** Small, valid articles for table-driven tests. */
import { type Article, entities as shippedEntities, type Entity, type Mention } from '../../src/index.js';

export interface ArticleSketch {
  readonly id: string;
  readonly publishedAt?: string;
  readonly title?: string;
  readonly body?: string;
  readonly entities?: readonly string[];
  readonly topics?: readonly string[];
}

/**
 * A record that passes ArticleSchema, with only the fields a test cares about set.
 * Each entity of `registry` is mentioned by its English name, added to the end of the
 * title, so that createCorpus's span check passes; an id the registry lacks gets a
 * span that spells nothing, for tests of bad records. Its evidence is its own words,
 * as createCorpus checks: the date and the publisher are quoted from furniture, and
 * each topic from the whole body.
 */
export function makeArticle(sketch: ArticleSketch, registry: readonly Entity[] = shippedEntities): Article {
  const publishedAt = sketch.publishedAt ?? '2022-01-01';
  const topics = sketch.topics ?? [];
  const body = sketch.body ?? 'نص';
  let title = sketch.title ?? 'عنوان';
  const mentioned = (sketch.entities ?? []).map((id) => {
    const name = registry.find((entity) => entity.id === id)?.name.en;
    if (name === undefined) {
      return { id, mentions: [{ field: 'body', start: 0, end: 1 }] as Mention[] };
    }
    title += ' ';
    const mention: Mention = { field: 'title', start: title.length, end: title.length + name.length };
    title += name;
    return { id, mentions: [mention] };
  });
  return {
    id: sketch.id,
    title,
    titleBasis: 'source',
    lang: 'ar',
    publishedAt,
    date: { precision: publishedAt.includes('T') ? 'minute' : 'day', basis: 'stated', evidence: publishedAt },
    source: {
      chain: [{ role: 'publisher', name: 'موقع', en: 'Site', basis: 'stated', evidence: 'موقع' }],
      furniture: [
        { kind: 'header', text: `date ${publishedAt}` },
        { kind: 'signature', text: 'موقع' },
      ],
    },
    en: { title: 'Title', summary: 'Summary.' },
    topics,
    topicEvidence: Object.fromEntries(topics.map((topic) => [topic, [body]])),
    entities: mentioned,
    body,
    raw: { file: 'data/raw/x.txt', sha256: '0'.repeat(64) },
  };
}

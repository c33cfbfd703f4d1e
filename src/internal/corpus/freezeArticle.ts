/**
 * Freezes, in place, a record that canonicalArticle.ts's `isCanonicalArticle`
 * accepted. Its own module, which imports no schema, so that the corpus build
 * (indexedCorpus.ts) can freeze such records without loading Zod.
 */
import type { Article } from '../../schema.js';

/**
 * Freezes a record that `isCanonicalArticle` (canonicalArticle.ts) accepted, every object of it,
 * as ArticleSchema's readonly output is frozen. Unlike deepFreeze, it does not
 * stop at an object that is already frozen: a caller's record may be frozen only
 * at the top.
 */
export function freezeArticle(article: Article): void {
  const freezeList = (list: readonly unknown[] | undefined): void => {
    if (list !== undefined) {
      Object.freeze(list);
    }
  };
  Object.freeze(article.date);
  freezeList(article.date.corroboration);
  for (const party of article.source.chain) {
    Object.freeze(party);
  }
  freezeList(article.source.chain);
  for (const piece of article.source.furniture) {
    Object.freeze(piece);
  }
  freezeList(article.source.furniture);
  Object.freeze(article.source);
  const evidence = article.en.evidence;
  if (evidence !== undefined) {
    freezeList(evidence.title);
    for (const quotes of evidence.summary) {
      freezeList(quotes);
    }
    freezeList(evidence.summary);
    Object.freeze(evidence);
  }
  Object.freeze(article.en);
  freezeList(article.topics);
  for (const quotes of Object.values(article.topicEvidence)) {
    freezeList(quotes);
  }
  Object.freeze(article.topicEvidence);
  for (const entity of article.entities) {
    for (const mention of entity.mentions) {
      Object.freeze(mention);
    }
    freezeList(entity.mentions);
    Object.freeze(entity);
  }
  freezeList(article.entities);
  // The annotation layers: flat spans, and each quotation's two spans.
  for (const layer of [article.timeExpressions, article.quantities]) {
    for (const span of layer ?? []) {
      Object.freeze(span);
    }
    freezeList(layer);
  }
  for (const quotation of article.quotations ?? []) {
    if (quotation.cue !== undefined) {
      Object.freeze(quotation.cue);
    }
    Object.freeze(quotation.quote);
    Object.freeze(quotation);
  }
  freezeList(article.quotations);
  freezeList(article.authors);
  if (article.raw !== undefined) {
    Object.freeze(article.raw);
  }
  Object.freeze(article);
}

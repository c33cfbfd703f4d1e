/** The sentence around a span of an article, with the span marked: the evidence that a chart's mark shows. */
import type { Article } from 'ru-tj-news';

import { h } from './dom.ts';

/** A span of an article's title or body, as the package's layers and event mentions give them. */
export interface Occurrence {
  readonly article: string;
  readonly field: 'title' | 'body';
  readonly start: number;
  readonly end: number;
}

/**
 * Where a sentence ends: a full stop, question mark (Latin or Arabic) or exclamation mark followed by
 * white space, or a line break. A full stop inside a number (`1.2`) does not end one.
 */
const SENTENCE_END = /[.?!؟](?=\s)|\n/g;

/** The bounds of the sentence (or sentences) of `text` that hold `start` to `end`. */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    const stop = match.index + match[0].length;
    if (stop <= start) {
      from = stop;
    } else if (match.index >= end) {
      to = stop;
      break;
    }
  }
  return [from, to];
}

/**
 * The sentence around `occurrence` in its article, in Arabic, right to left, with the occurrence's words
 * in a <mark>. A very long sentence is cut to `context` characters either side of the words, with "…".
 */
export function evidenceSentence(article: Article, occurrence: Occurrence, context = 160): HTMLElement {
  const text = article[occurrence.field];
  const [sentenceStart, sentenceEnd] = sentenceBounds(text, occurrence.start, occurrence.end);
  const from = Math.max(sentenceStart, occurrence.start - context);
  const to = Math.min(sentenceEnd, occurrence.end + context);
  return h(
    'q',
    { class: 'sentence', dir: 'rtl', lang: 'ar' },
    from > sentenceStart ? '… ' : '',
    text.slice(from, occurrence.start).trimStart(),
    h('mark', { class: 'evidence' }, text.slice(occurrence.start, occurrence.end)),
    text.slice(occurrence.end, to).trimEnd(),
    to < sentenceEnd ? ' …' : '',
  );
}

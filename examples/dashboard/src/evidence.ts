/** The sentence around a span of an article, with the span marked: the evidence that a chart's mark shows. */
import type { Article } from 'ru-tj-news';

import { h } from './dom.ts';
import type { Mark } from './history.ts';
import { readTimex } from './timex.ts';

/** A span of an article's title or body, as the package's layers and event mentions give them. */
export interface Occurrence {
  readonly article: string;
  readonly field: 'title' | 'body';
  readonly start: number;
  readonly end: number;
}

/** The id of the <mark> around a span in the open article, which links point at. */
export const spanAnchor = (span: Occurrence): string => `at-${span.article}-${span.field}-${span.start}-${span.end}`;

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

/**
 * Fills `target` with what a timeline mark rests on: its date and what it is, then, for each article that
 * reports it, the article and the sentence of its first span there.
 */
export function evidencePanel(target: HTMLElement, mark: Mark, articleById: ReadonlyMap<string, Article>): void {
  target.replaceChildren(
    h(
      'p',
      { class: 'what' },
      h('strong', {}, readTimex(mark.value)),
      ` · ${mark.kind === 'event' ? 'event' : 'date'}: ${mark.label}`,
    ),
    h(
      'ul',
      {},
      ...mark.articles.flatMap((id) => {
        const article = articleById.get(id);
        const first = mark.occurrences.find((occurrence) => occurrence.article === id);
        return article === undefined || first === undefined
          ? []
          : [
              h(
                'li',
                { 'data-article': id },
                h('span', { class: 'source' }, `${article.publishedAt.slice(0, 10)} · ${article.en.title}`),
                evidenceSentence(article, first),
              ),
            ];
      }),
    ),
  );
}

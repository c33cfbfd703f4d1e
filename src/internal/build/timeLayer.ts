/**
 * What `buildArticle` does with a `timeExpressions` layer it is given: puts it in
 * the layer's order (field, title first, then start, then end) and checks that each
 * span is the source's words, whole words, as `findTimeExpressions` gives them. The
 * shape, the TIMEX3 values and the spans' ends are the schema's to check, and the
 * evidence is checked with createCorpus's own quote check (corpus/quotes.ts).
 */
import { describeValue } from '../args/describeValue.js';
import { isDeleted } from '../text/normalize.js';
import type { Problem } from './issues.js';

type Bag = Readonly<Record<string, unknown>>;

/** An entry whose span can be read: a field of the record, and offsets in it. */
interface Spanned extends Bag {
  readonly field: 'title' | 'body';
  readonly start: number;
  readonly end: number;
}

const isSpanned = (entry: unknown): entry is Spanned => {
  const bag = entry as Bag | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    (bag!.field === 'title' || bag!.field === 'body') &&
    Number.isSafeInteger(bag!.start) &&
    Number.isSafeInteger(bag!.end)
  );
};

/** The layer in its order, where every entry has a span to sort by; otherwise as given, for the schema to report. */
export function layerInOrder(layer: unknown): unknown {
  if (!Array.isArray(layer) || !layer.every(isSpanned)) {
    return layer;
  }
  return [...(layer as readonly Spanned[])].sort(
    (left, right) =>
      (left.field === right.field ? 0 : left.field === 'title' ? -1 : 1) ||
      left.start - right.start ||
      left.end - right.end,
  );
}

const WORD = /[\p{L}\p{N}]/u;

/** Whether a letter or digit stands beside `from`, going `step` (±1), past the marks the normalizer deletes. */
function wordBeside(text: string, from: number, step: 1 | -1): boolean {
  let at = from;
  while (at >= 0 && at < text.length && isDeleted(text.charCodeAt(at))) {
    at += step;
  }
  return at >= 0 && at < text.length && WORD.test(text.charAt(at));
}

/**
 * The problems of the layer's spans (the layer as `layerInOrder` gave it): one in an
 * editorial title, which is not the source's wording, and one that is blank, has
 * whitespace at an end, or starts or ends inside a word. A span past its field's end
 * is the schema's to report.
 */
export function timeLayerProblems(layer: unknown, title: unknown, body: unknown, sourceTitle: boolean): Problem[] {
  if (!Array.isArray(layer)) {
    return [];
  }
  const problems: Problem[] = [];
  (layer as readonly unknown[]).forEach((entry, index) => {
    if (!isSpanned(entry)) {
      return;
    }
    const text = entry.field === 'title' ? title : body;
    const path = ['timeExpressions', index];
    if (entry.field === 'title' && !sourceTitle) {
      problems.push({
        path: [...path, 'field'],
        message:
          'A time expression in an editorial title: expected spans of the printed title (titleBasis: "source") or the body',
      });
      return;
    }
    if (typeof text !== 'string' || entry.start < 0 || entry.end <= entry.start || entry.end > text.length) {
      return;
    }
    const words = text.slice(entry.start, entry.end);
    if (words.trim() !== words || wordBeside(text, entry.start - 1, -1) || wordBeside(text, entry.end, 1)) {
      problems.push({
        path,
        message: `The span ${describeValue(words)} is not whole words of the ${entry.field}: expected it to start where a word starts and end where one ends, without blank ends, as findTimeExpressions gives it`,
      });
    }
  });
  return problems;
}

/**
 * What `buildArticle` checks in a record's quotations besides their shape,
 * which is the schema's: each speaker is an id of the entity registry (as
 * createCorpus checks it), no span lies in an editorial title (your wording, not
 * the source's), and each span reads as words: not blank, and neither starting
 * nor ending with white space or a quotation mark (the data model, "Quotations":
 * spans follow the words, not the marks), and the list is in the data model's
 * order: by the quote's field (title first), start and end. The list is not
 * sorted for you, so that every path names the entry you gave.
 */
import { describeValue } from '../args/describeValue.js';
import type { Problem } from './issues.js';

/** The quotation marks a span may not start or end with: straight and curly, Latin and Arabic (guillemets). */
const QUOTATION_MARKS = '"\'«»“”„‘’‹›';

type Bag = Readonly<Record<string, unknown>>;

const isBag = (value: unknown): value is Bag => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A span of the right shape that lies inside its field, as `{ field, start, end }`; undefined otherwise (the schema reports it). */
function spanIn(
  value: unknown,
  texts: { readonly title: unknown; readonly body: unknown },
): { readonly field: 'title' | 'body'; readonly text: string } | undefined {
  if (!isBag(value) || (value.field !== 'title' && value.field !== 'body')) {
    return undefined;
  }
  const { start, end } = value;
  const field: 'title' | 'body' = value.field;
  const text = texts[field];
  if (
    typeof text !== 'string' ||
    !Number.isSafeInteger(start) ||
    !Number.isSafeInteger(end) ||
    (start as number) < 0 ||
    (end as number) <= (start as number) ||
    (end as number) > text.length
  ) {
    return undefined;
  }
  return { field, text: text.slice(start as number, end as number) };
}

/** What is wrong with the words a span covers, or undefined when they read as words. */
function wordsProblem(words: string, what: 'quote' | 'cue'): string | undefined {
  const first = words.charAt(0);
  const last = words.charAt(words.length - 1);
  if (words.trim().length === 0) {
    return `The ${what} spans only white space: expected the ${what === 'quote' ? 'quoted' : 'reporting'} words`;
  }
  if (/\s/u.test(first) || /\s/u.test(last)) {
    return `The ${what} ${describeValue(words)} starts or ends with white space: expected a span that starts and ends on a word`;
  }
  if (QUOTATION_MARKS.includes(first) || QUOTATION_MARKS.includes(last)) {
    return `The ${what} ${describeValue(words)} starts or ends with a quotation mark: expected the words without the marks around them`;
  }
  return undefined;
}

/**
 * The problems of the quotations of a record being built (see the module comment),
 * each with its path; a part of the wrong shape is left to the schema.
 * `editorialTitle` says that the title is the user's wording.
 */
export function quotationProblems(
  quotations: unknown,
  texts: { readonly title: unknown; readonly body: unknown; readonly editorialTitle: boolean },
  entityIds: ReadonlyMap<string, unknown>,
): Problem[] {
  if (!Array.isArray(quotations)) {
    return [];
  }
  const problems: Problem[] = [];
  let previous: readonly [number, number, number] | undefined;
  (quotations as readonly unknown[]).forEach((quotation, index) => {
    if (!isBag(quotation)) {
      return;
    }
    const at = place(quotation);
    if (at !== undefined && previous !== undefined && after(previous, at)) {
      problems.push({
        path: ['quotations', index, 'quote'],
        message:
          'The quotation comes before the one listed ahead of it: expected the quotations in the order of their quotes (title first, then start and end)',
      });
    }
    previous = at ?? previous;
    const { speaker } = quotation;
    if (typeof speaker === 'string' && !entityIds.has(speaker)) {
      problems.push({
        path: ['quotations', index, 'speaker'],
        message: `Unknown speaker id ${describeValue(speaker)}: expected an id of options.entities`,
      });
    }
    for (const what of ['cue', 'quote'] as const) {
      const span = spanIn(quotation[what], texts);
      if (span === undefined) {
        continue;
      }
      const problem =
        span.field === 'title' && texts.editorialTitle
          ? `The ${what} lies in an editorial title, which is your wording, not the source's: expected a span of the printed title or the body`
          : wordsProblem(span.text, what);
      if (problem !== undefined) {
        problems.push({ path: ['quotations', index, what], message: problem });
      }
    }
  });
  return problems;
}

/** The quote's place, for the order: field (title first), start, end; undefined where it is of the wrong shape. */
function place(quotation: unknown): readonly [number, number, number] | undefined {
  const quote = isBag(quotation) ? quotation.quote : undefined;
  if (!isBag(quote) || typeof quote.start !== 'number' || typeof quote.end !== 'number') {
    return undefined;
  }
  return [quote.field === 'title' ? 0 : 1, quote.start, quote.end];
}

/** Whether place `left` comes after place `right`. */
function after(left: readonly [number, number, number], right: readonly [number, number, number]): boolean {
  return (
    left[0] - right[0] > 0 ||
    (left[0] === right[0] && (left[1] > right[1] || (left[1] === right[1] && left[2] > right[2])))
  );
}

/**
 * What `buildArticle` checks of the quantities you give it, besides their shape
 * (the schema's): each span reads, by its words alone, as the amount the quantity
 * states (its value and unit, and its comparator where it has one, from the words
 * right before it), lies in the printed text (never in an editorial title), the
 * layer is sorted, and each `subject` is an id of the registry. Every problem is
 * listed; an item of the wrong shape is left to the schema.
 */
import { describeValue } from '../args/describeValue.js';
import { readSpan, tokenize, tokenStarts } from '../quantities/amounts.js';
import type { Tokens } from '../quantities/tokens.js';
import type { Problem } from './issues.js';

type Bag = Readonly<Record<string, unknown>>;

const isBag = (value: unknown): value is Bag => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A quantity's place, for the order check: title before body, then start, then end. */
const position = (quantity: Bag): readonly [number, number, number] => [
  quantity['field'] === 'title' ? 0 : 1,
  quantity['start'] as number,
  quantity['end'] as number,
];

const before = (a: readonly [number, number, number], b: readonly [number, number, number]): boolean =>
  a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];

/** The problems of the record's `quantities`, as `buildArticle` lists them. */
export function quantityProblems(
  candidate: Bag,
  entities: ReadonlyMap<string, unknown>,
  editorialTitle: boolean,
): Problem[] {
  const list = candidate['quantities'];
  if (!Array.isArray(list)) {
    return [];
  }
  const problems: Problem[] = [];
  // Each field is tokenized once, however many quantities it has.
  const read = new Map<string, { readonly text: Tokens; readonly starts: ReadonlyMap<number, number> }>();
  let previous: readonly [number, number, number] | undefined;
  (list as readonly unknown[]).forEach((quantity, index) => {
    if (!isBag(quantity)) {
      return;
    }
    const { field, start, end, value, unit, comparator, subject } = quantity;
    const path = ['quantities', index] as const;
    if (typeof subject === 'string' && !entities.has(subject)) {
      problems.push({
        path: [...path, 'subject'],
        message: `Unknown entity id ${describeValue(subject)}: expected an id of options.entities`,
      });
    }
    if (field !== 'title' && field !== 'body') {
      return;
    }
    const text = candidate[field];
    if (typeof text !== 'string' || !Number.isSafeInteger(start) || !Number.isSafeInteger(end)) {
      return;
    }
    const from = start as number;
    const to = end as number;
    if (from < 0 || to <= from || to > text.length) {
      return; // the schema reports a span outside its field
    }
    if (field === 'title' && editorialTitle) {
      problems.push({
        path: [...path, 'field'],
        message: "A quantity in an editorial title: the title is your wording, not the source's; annotate the body",
      });
      return;
    }
    const here = position(quantity);
    if (previous !== undefined && before(here, previous)) {
      problems.push({
        path,
        message: 'Expected the quantities sorted by field (title first), then start, then end',
      });
    }
    previous = here;
    let tokens = read.get(field);
    if (tokens === undefined) {
      const tokenized = tokenize(text);
      tokens = { text: tokenized, starts: tokenStarts(tokenized) };
      read.set(field, tokens);
    }
    const words = text.slice(from, to);
    const amount = readSpan(text, from, to, tokens.text, tokens.starts);
    if (amount === undefined) {
      problems.push({
        path,
        message: `The words ${describeValue(words)} do not read as one amount: expected the span of a number, its scale words and its unit or counted noun, such as "1.2 مليار دولار"`,
      });
      return;
    }
    if (amount.value !== value) {
      problems.push({
        path: [...path, 'value'],
        message: `The words ${describeValue(words)} read as ${String(amount.value)}, not ${describeValue(value)}`,
      });
    }
    if (amount.unit !== unit) {
      problems.push({
        path: [...path, 'unit'],
        message: `The words ${describeValue(words)} read as unit ${describeValue(amount.unit)}, not ${describeValue(unit)}`,
      });
    }
    if (comparator !== undefined && amount.comparator !== comparator) {
      problems.push({
        path: [...path, 'comparator'],
        message: `The words before ${describeValue(words)} give comparator ${amount.comparator === undefined ? 'none' : describeValue(amount.comparator)}, not ${describeValue(comparator)}`,
      });
    }
  });
  return problems;
}

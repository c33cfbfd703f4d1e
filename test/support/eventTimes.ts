/**
 * Whether an event's date agrees with the time expressions of the articles that report it:
 * the check of test/eventsIntegrity.test.ts. An expression is compared with an event when its
 * span overlaps one of the event's mentions, or adjoins it within the sentence, across nothing
 * but white space and punctuation (`اليوم الخميس المراسم`, `في النصف الثاني من اليوم، سيشارك`).
 */
import type { Article, NewsEvent, TimeExpression } from '../../src/index.js';
import { timexRange } from '../../src/internal/dates/timexRange.js';

/** What comparing two TIMEX3 values gives. */
export type Agreement = 'agree' | 'disagree' | 'not comparable';

const REFERENCES: readonly string[] = ['PAST_REF', 'PRESENT_REF', 'FUTURE_REF'];

/**
 * Two values agree when the calendar places both and their spans overlap (an event on
 * 2025-10-08/2025-10-09 agrees with "8 October"), or when both are the same reference
 * ("earlier" is PAST_REF). A calendar value and a reference or a duration say different
 * kinds of thing, and are not compared.
 */
export function compareTimes(eventValue: string, expressionValue: string): Agreement {
  const event = timexRange(eventValue);
  const expression = timexRange(expressionValue);
  if (event !== undefined && expression !== undefined) {
    return event.from <= expression.to && expression.from <= event.to ? 'agree' : 'disagree';
  }
  if (REFERENCES.includes(eventValue) && REFERENCES.includes(expressionValue)) {
    return eventValue === expressionValue ? 'agree' : 'disagree';
  }
  return 'not comparable';
}

/** A span of a field. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Whether `expression` overlaps `mention`, or adjoins it across at most three characters of
 * `text` that are white space or punctuation, with no line break or full stop among them: an
 * expression of the next sentence says nothing of this one's event.
 */
export function touches(mention: Span, expression: Span, text: string): boolean {
  if (expression.start < mention.end && mention.start < expression.end) {
    return true;
  }
  const gap =
    expression.end <= mention.start
      ? text.slice(expression.end, mention.start)
      : text.slice(mention.end, expression.start);
  return gap.length <= 3 && /^[\s\p{P}]*$/u.test(gap) && !/[\n.!?؟]/.test(gap);
}

/** One comparison of an event's date with a time expression of an article that reports it. */
export interface ComparedPair {
  readonly event: NewsEvent;
  readonly article: string;
  readonly expression: TimeExpression;
  /** The words of the expression. */
  readonly words: string;
  readonly agreement: Agreement;
}

/** Every pair of an event and a time expression that touches one of its mentions, with the comparison's outcome. */
export function comparedPairs(events: readonly NewsEvent[], articles: readonly Article[]): ComparedPair[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const pairs: ComparedPair[] = [];
  for (const event of events) {
    const seen = new Set<TimeExpression>();
    for (const mention of event.mentions) {
      const article = byId.get(mention.article);
      for (const expression of article?.timeExpressions ?? []) {
        if (article === undefined || expression.field !== mention.field || seen.has(expression)) {
          continue;
        }
        if (touches(mention, expression, article[mention.field])) {
          seen.add(expression);
          pairs.push({
            event,
            article: article.id,
            expression,
            words: article[expression.field].slice(expression.start, expression.end),
            agreement: compareTimes(event.date.value, expression.value),
          });
        }
      }
    }
  }
  return pairs;
}

/**
 * The relationship timeline's marks, from the package: `eventsOf` gives the events the articles report
 * (one mark each, where the calendar can place its date), and `timeline` the time expressions that
 * resolve to a date (one mark per date, gathering every expression that names it).
 */
import { type Article, articles, eventsOf, type NewsEvent, timeline } from 'ru-tj-news';

import type { Occurrence } from './evidence.ts';
import type { Mark } from './history.ts';
import { timexDays } from './timex.ts';

const corpusOrder = new Map(articles.map((article, index) => [article.id, index]));

/** The distinct articles of some spans, in corpus order. */
const articlesOf = (spans: readonly Occurrence[]): string[] =>
  [...new Set(spans.map((span) => span.article))].sort(
    (a, b) => (corpusOrder.get(a) ?? Infinity) - (corpusOrder.get(b) ?? Infinity),
  );

/** An event type in words: `third-location-meeting` is "third location meeting". */
const typeWords = (event: NewsEvent): string => event.type.replaceAll('-', ' ');

/** How many of a date's time expressions were resolved against the article's date or context, in words. */
function inferred(entries: readonly { readonly basis: 'stated' | 'inferred' }[]): string {
  const count = entries.filter((entry) => entry.basis === 'inferred').length;
  return count === 0
    ? ''
    : count === entries.length
      ? `, resolved from ${entries.length === 1 ? 'its' : 'their'} context`
      : `, ${count} of them resolved from their context`;
}

/**
 * The marks of the articles in `list`, in date order (events before time expressions on the same day).
 * An event's mark names every article that reports it, in view or not, so that an event several articles
 * share stays emphasised whatever the filters; a date's mark names the articles in view that write it.
 */
export function marksOf(list: readonly Article[]): Mark[] {
  const eventMarks = eventsOf(list).flatMap((event): Mark[] => {
    const days = timexDays(event.date.value);
    if (days === undefined) {
      return [];
    }
    return [
      {
        key: `event:${event.id}`,
        kind: 'event',
        value: event.date.value,
        first: days[0],
        last: days[1],
        label: `${typeWords(event)}${event.status === 'announced' ? ' (announced)' : ''}: ${event.description}`,
        articles: articlesOf(event.mentions),
        occurrences: event.mentions,
      },
    ];
  });
  const byValue = new Map<string, ReturnType<typeof timeline>>();
  for (const entry of timeline(list)) {
    byValue.set(entry.value, [...(byValue.get(entry.value) ?? []), entry]);
  }
  const timeMarks = [...byValue].map(([value, entries]): Mark => {
    const first = entries[0]!; // A group is made with its first entry.
    return {
      key: `time:${value}`,
      kind: 'time',
      value,
      first: first.firstDay,
      last: first.lastDay,
      label: `named ${entries.length === 1 ? 'once' : `${entries.length} times`} in the text${inferred(entries)}`,
      articles: articlesOf(entries),
      occurrences: entries,
    };
  });
  return [...eventMarks, ...timeMarks].sort(
    (a, b) => a.first.localeCompare(b.first) || a.last.localeCompare(b.last) || a.kind.localeCompare(b.kind),
  );
}

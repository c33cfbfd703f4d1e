/**
 * The relationship timeline's marks, from the package's `timeline(list)`, which merges the events the
 * articles report with the dates their time expressions name, each with the days it covers: one mark
 * per event, and one per date, gathering every expression that names it. The registry `events` gives an
 * event's description and its mentions, the spans whose sentences are its evidence.
 */
import { type Article, events, type NewsEvent, type TimeExpressionEntry, timeline } from 'ru-tj-news';

import type { Mark } from './history.ts';

const eventById: ReadonlyMap<string, NewsEvent> = new Map(events.map((event) => [event.id, event]));

/** An event type in words: `third-location-meeting` is "third location meeting". */
const typeWords = (type: string): string => type.replaceAll('-', ' ');

/** How many of a date's time expressions were resolved against the article's date or context, in words. */
function inferred(entries: readonly TimeExpressionEntry[]): string {
  const count = entries.filter((entry) => entry.basis === 'inferred').length;
  return count === 0
    ? ''
    : count === entries.length
      ? `, resolved from ${entries.length === 1 ? 'its' : 'their'} context`
      : `, ${count} of them resolved from their context`;
}

/**
 * The marks of the articles in `list`, in the timeline's order: by date, an event before the dates of
 * its days; a date's mark goes where its first expression comes. A mark names the articles in `list`
 * that report the event or write the date, so an event is emphasised when several of the articles in
 * view report it.
 */
export function marksOf(list: readonly Article[]): Mark[] {
  const inView = new Set(list.map((article) => article.id));
  const entries = timeline(list);
  const byDate = new Map<string, TimeExpressionEntry[]>();
  for (const entry of entries) {
    if (entry.kind === 'time-expression') {
      byDate.set(entry.value, [...(byDate.get(entry.value) ?? []), entry]);
    }
  }
  return entries.flatMap((entry): Mark[] => {
    if (entry.kind === 'event') {
      // The timeline's events come from the shipped registry, which has every id it names.
      const event = eventById.get(entry.id)!;
      return [
        {
          key: `event:${entry.id}`,
          kind: 'event',
          value: entry.value,
          first: entry.firstDay,
          last: entry.lastDay,
          label: `${typeWords(entry.type)}${entry.status === 'announced' ? ' (announced)' : ''}: ${event.description}`,
          articles: entry.articles,
          occurrences: event.mentions.filter((mention) => inView.has(mention.article)),
        },
      ];
    }
    // Every expression was put in its date's group above.
    const same = byDate.get(entry.value)!;
    if (same[0] !== entry) {
      return [];
    }
    return [
      {
        key: `time:${entry.value}`,
        kind: 'time',
        value: entry.value,
        first: entry.firstDay,
        last: entry.lastDay,
        label: `named ${same.length === 1 ? 'once' : `${same.length} times`} in the text${inferred(same)}`,
        articles: list
          .map((article) => article.id)
          .filter((id) => same.some((expression) => expression.article === id)),
        occurrences: same,
      },
    ];
  });
}

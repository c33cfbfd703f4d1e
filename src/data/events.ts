// The public face of data/events.json. The records and the union of their ids are generated into
// ./generated/events.ts, which holds data only; this module documents them and freezes the records.
import { deepFreeze } from '../internal/corpus/deepFreeze.js';
import type { NewsEvent } from '../schema.js';
import { events as records } from './generated/events.js';

/**
 * The id of an event of the shipped registry: a union of string literals, one per event.
 *
 * Generated from data/events.json with {@link events}, so it lists exactly their ids.
 *
 * @category Data
 * @example
 * ```ts
 * import { events, type ShippedEventId } from 'ru-tj-news';
 *
 * const id: ShippedEventId = 'putin-rahmon-talks-2025-10-09';
 * events.find((event) => event.id === id)?.type;
 * // => 'talks'
 * ```
 */
export type { ShippedEventId } from './generated/events.js';

/**
 * The event registry: every happening the articles report, past or announced, with the spans of every article that reports it.
 *
 * Sorted by `id`. Deeply frozen. One happening is one event: the talks of
 * 9 October 2025 are one event with mentions in both articles of that day. See
 * the data model guide, "Events", for the types (with their CAMEO codes), the
 * dates, the roles and the statuses; {@link eventsOf} selects the events of a
 * list of articles.
 *
 * @category Data
 * @example
 * ```ts
 * import { events } from 'ru-tj-news';
 *
 * const talks = events.find((event) => event.id === 'putin-rahmon-talks-2025-10-09');
 * talks?.date.value;
 * // => '2025-10-09'
 * [...new Set(talks?.mentions.map((mention) => mention.article))];
 * // => ['2025-10-09-putin-state-visit-dushanbe', '2025-10-09-russia-tajikistan-joint-statement-military-cooperation']
 * ```
 */
export const events: readonly NewsEvent[] = /* @__PURE__ */ deepFreeze(records);

/**
 * The relationship timeline, 1992–2025: one mark per dated event (above the axis) and per date the
 * time expressions name (below it), each a button. The years before 2021, when the articles begin,
 * hold only a few dates, so they get a narrower stretch of the axis than 2021–2025; the break is drawn.
 */
import { actAsButton, dataTable, plural, rovingFocus, svg } from './dom.ts';
import type { Occurrence } from './evidence.ts';
import { type Day, dayNumber, readTimex } from './timex.ts';

/** One mark of the timeline. */
export interface Mark {
  /** `event:` and the event's id, or `time:` and the TIMEX3 value the time expressions share. */
  readonly key: string;
  readonly kind: 'event' | 'time';
  /** The TIMEX3 value, as the data has it. */
  readonly value: string;
  readonly first: Day;
  readonly last: Day;
  /** What the mark stands for, in English: the event's type and description, or the words' date. */
  readonly label: string;
  /** The ids of the articles that report it, in corpus order. */
  readonly articles: readonly string[];
  /** Its spans in those articles: the event's mentions, or the time expressions. */
  readonly occurrences: readonly Occurrence[];
}

const WIDTH = 1000;
const ROW = 13;
const AXIS = 26;
const PAD = 4;
/** 1992–2020 take the first 26% of the axis; 2021–2025, the articles' own years, the rest. */
const SPLIT = 0.26;
const START = dayNumber('1992-01-01');
const MIDDLE = dayNumber('2021-01-01');
const END = dayNumber('2026-01-01');
const GAP = 14;

/** Room at either end, so that a mark on the first or last day is whole. */
const EDGE = 8;

/** The x of the start of a day. */
function x(day: Day): number {
  const n = dayNumber(day);
  return n < MIDDLE
    ? EDGE + ((Math.max(n, START) - START) / (MIDDLE - START)) * (WIDTH * SPLIT - GAP / 2 - EDGE)
    : WIDTH * SPLIT + GAP / 2 + ((Math.min(n, END) - MIDDLE) / (END - MIDDLE)) * (WIDTH * (1 - SPLIT) - GAP / 2 - EDGE);
}

/** The x span of a mark: its days, or a minimum width around their middle. */
function extent(mark: Mark, minimum: number): [number, number] {
  const left = x(mark.first);
  const right = x(nextDay(mark.last));
  const middle = (left + right) / 2;
  return right - left >= minimum ? [left, right] : [middle - minimum / 2, middle + minimum / 2];
}

const nextDay = (day: Day): Day => new Date((dayNumber(day) + 1) * 86_400_000).toISOString().slice(0, 10);

/** Rows for marks, packed greedily by their start: each goes in the lowest row where it overlaps nothing. */
function pack(spans: readonly [number, number][]): number[] {
  const ends: number[] = [];
  const order = spans.map((_, index) => index).sort((a, b) => spans[a]![0] - spans[b]![0]);
  const rows: number[] = [];
  for (const index of order) {
    const [left, right] = spans[index]!;
    let row = ends.findIndex((end) => end + PAD <= left);
    if (row === -1) {
      row = ends.length;
      ends.push(right);
    } else {
      ends[row] = right;
    }
    rows[index] = row;
  }
  return rows;
}

/** What a mark says to a screen reader and in its tooltip. */
export const markSummary = (mark: Mark): string =>
  `${readTimex(mark.value)}: ${mark.label}, ${mark.kind === 'event' && mark.articles.length > 1 ? 'reported by ' : 'in '}${plural(mark.articles.length, 'article')}`;

/**
 * Draws `marks`; `show` is called with the mark under the pointer or the focus (what it shows stays
 * until another mark takes its place), `choose` with the mark clicked or activated by Enter or Space.
 */
export function historyChart(
  target: SVGSVGElement,
  table: HTMLElement,
  marks: readonly Mark[],
  chosen: string | undefined,
  show: (mark: Mark) => void,
  choose: (mark: Mark) => void,
): void {
  if (marks.length === 0) {
    target.setAttribute('viewBox', `0 0 ${WIDTH} 30`);
    target.replaceChildren(
      svg('text', { class: 'band', x: 0, y: 18 }, 'The articles in view name no date and report no dated event.'),
    );
    table.replaceChildren();
    return;
  }
  const events = marks.filter((mark) => mark.kind === 'event');
  const times = marks.filter((mark) => mark.kind === 'time');
  const eventSpans = events.map((mark) => extent(mark, mark.articles.length > 1 ? 14 : 10));
  const timeSpans = times.map((mark) => extent(mark, 6));
  const eventRows = pack(eventSpans);
  const timeRows = pack(timeSpans);
  const above = (Math.max(-1, ...eventRows) + 1) * ROW + 8;
  const below = (Math.max(-1, ...timeRows) + 1) * ROW + 6;
  const height = above + AXIS + below;
  const axisY = above;

  const drawn = new Map<Mark, SVGElement>([
    ...events.map((mark, index): [Mark, SVGElement] => {
      const [left, right] = eventSpans[index]!;
      const cy = axisY - 8 - eventRows[index]! * ROW;
      const shared = mark.articles.length > 1;
      const shape =
        right - left > (shared ? 14 : 10)
          ? svg('rect', { x: left, y: cy - 5, width: right - left, height: 10, rx: 5 })
          : svg('circle', { cx: (left + right) / 2, cy, r: shared ? 6.5 : 4.5 });
      return [mark, drawMark(mark, `mark event${shared ? ' shared' : ''}`, shape)];
    }),
    ...times.map((mark, index): [Mark, SVGElement] => {
      const [left, right] = timeSpans[index]!;
      const y = axisY + AXIS + timeRows[index]! * ROW;
      return [mark, drawMark(mark, 'mark time', svg('rect', { x: left, y, width: right - left, height: 8, rx: 2 }))];
    }),
  ]);

  function drawMark(mark: Mark, className: string, shape: SVGElement): SVGElement {
    const group = svg(
      'g',
      {
        class: className,
        'data-key': mark.key,
        'data-value': mark.value,
        'data-first': mark.first,
        'data-articles': mark.articles.join(' '),
        'aria-pressed': String(chosen === mark.key),
      },
      shape,
      svg('title', {}, markSummary(mark)),
    );
    actAsButton(group, `${markSummary(mark)}; list them`, () => {
      choose(mark);
    });
    for (const kind of ['mouseenter', 'focus'] as const) {
      group.addEventListener(kind, () => {
        show(mark);
      });
    }
    return group;
  }

  const years = [1992, 2000, 2010, 2021, 2022, 2023, 2024, 2025];
  target.setAttribute('viewBox', `0 0 ${WIDTH} ${height}`);
  target.replaceChildren(
    svg('line', { class: 'axis', x1: 0, x2: WIDTH * SPLIT - GAP / 2, y1: axisY, y2: axisY }),
    svg('line', { class: 'axis', x1: WIDTH * SPLIT + GAP / 2, x2: WIDTH, y1: axisY, y2: axisY }),
    svg('path', {
      class: 'axis-break',
      d: `M${WIDTH * SPLIT - GAP / 2 - 3},${axisY + 5}l6,-10M${WIDTH * SPLIT + GAP / 2 - 3},${axisY + 5}l6,-10`,
    }),
    ...years.flatMap((year) => {
      const at = x(`${year}-01-01`);
      return [
        svg('line', { class: 'axis', x1: at, x2: at, y1: axisY, y2: axisY + 4 }),
        svg('text', { class: 'tick', x: at + 2, y: axisY + 16 }, String(year)),
      ];
    }),
    svg('text', { class: 'band', x: WIDTH, y: 10, 'text-anchor': 'end' }, 'events ▲'),
    svg('text', { class: 'band', x: WIDTH, y: height - 2, 'text-anchor': 'end' }, 'dates in the text ▼'),
    // In date order, which the arrow keys follow; every mark was drawn above, as an event or a date.
    ...marks.map((mark) => drawn.get(mark)!),
  );
  rovingFocus(target);
  table.replaceChildren(
    dataTable(
      'The relationship timeline: dated events and the dates the articles name',
      ['date', 'kind', 'what', 'articles'],
      marks.map((mark) => [
        readTimex(mark.value),
        mark.kind === 'event' ? 'event' : 'date in the text',
        mark.label,
        String(mark.articles.length),
      ]),
    ),
  );
}

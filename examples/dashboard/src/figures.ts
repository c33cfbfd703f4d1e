/**
 * "Reported figures": the trade volumes and the trade growth rates the articles state, each drawn over
 * its period (a bar as long as the period, at the height of the value, with a point in its middle), one
 * small chart per measure, unit and subject, and a visible table that cites each figure's article.
 */
import { actAsButton, h, plural, rovingFocus, svg } from './dom.ts';
import type { Occurrence } from './evidence.ts';
import { dayNumber, readTimex, timexDays } from './timex.ts';

/** One quantity, as the package's `quantities` helper gives it (the fields this panel reads). */
export interface FigureRow extends Occurrence {
  readonly text: string;
  readonly value: number;
  readonly unit: string;
  readonly comparator?: 'about' | 'more-than' | 'less-than' | 'up-to';
  readonly measure: string;
  readonly period?: string;
  readonly subject?: string;
}

const COMPARATOR: Readonly<Record<NonNullable<FigureRow['comparator']>, string>> = {
  about: 'about ',
  'more-than': 'more than ',
  'less-than': 'less than ',
  'up-to': 'up to ',
};

/** A figure in English: "more than US$1.2 billion", "44.7%". */
export function readFigure(row: Pick<FigureRow, 'value' | 'unit' | 'comparator'>): string {
  const bound = row.comparator === undefined ? '' : COMPARATOR[row.comparator];
  if (row.unit === 'percent') {
    return `${bound}${row.value}%`;
  }
  if (row.unit === 'count') {
    return `${bound}${row.value.toLocaleString('en')}`;
  }
  const scaled =
    row.value >= 1e9
      ? `${Number((row.value / 1e9).toFixed(2))} billion`
      : row.value >= 1e6
        ? `${Number((row.value / 1e6).toFixed(2))} million`
        : row.value.toLocaleString('en');
  return `${bound}${row.unit === 'USD' ? 'US$' : `${row.unit} `}${scaled}`;
}

const MEASURE: Readonly<Record<string, string>> = { 'trade-volume': 'Trade volume', 'trade-growth': 'Trade growth' };
const UNIT: Readonly<Record<string, string>> = { USD: 'US dollars', percent: 'per cent on the year before' };

export interface Cited {
  readonly title: string;
  readonly date: string;
}

const WIDTH = 440;
/** About how wide a figure's label is, in the chart's 11px type. */
const LETTER = 6;

/** Where a point's label goes: centred over it, unless that would cross an edge of the chart. */
function labelPlace(middle: number, label: string): { x: number; 'text-anchor': 'start' | 'middle' | 'end' } {
  const half = (label.length * LETTER) / 2;
  return middle - half < 0
    ? { x: 0, 'text-anchor': 'start' }
    : middle + half > WIDTH
      ? { x: WIDTH, 'text-anchor': 'end' }
      : { x: middle, 'text-anchor': 'middle' };
}
const HEIGHT = 92;
const LEFT = 4;
const TOP = 16;
const BOTTOM = 18;

/**
 * Fills `target` with one chart per series of `rows` and `table` with the citations; `cite` gives an
 * article's title and date, `open` is called with a figure whose point or citation is chosen.
 */
export function figuresPanel(
  target: HTMLElement,
  table: HTMLElement,
  rows: readonly FigureRow[],
  subjectName: (id: string) => string,
  cite: (article: string) => Cited,
  open: (row: FigureRow) => void,
): void {
  const placed = rows.flatMap((row) => {
    const days = row.period === undefined ? undefined : timexDays(row.period);
    return days === undefined ? [] : [{ row, first: dayNumber(days[0]), last: dayNumber(days[1]) + 1 }];
  });
  if (placed.length === 0) {
    target.replaceChildren(h('p', { class: 'hint' }, 'The articles in view state no trade figure for a period.'));
  } else {
    // The axis runs over whole years, from the first period's year to the last one's.
    const yearOf = (day: number): number => new Date(day * 86_400_000).getUTCFullYear();
    const firstYear = yearOf(Math.min(...placed.map((item) => item.first)));
    const endYear = yearOf(Math.max(...placed.map((item) => item.last)) - 1) + 1;
    const years = Array.from({ length: endYear - firstYear }, (_, index) => firstYear + index);
    const from = dayNumber(`${firstYear}-01-01`);
    const to = dayNumber(`${endYear}-01-01`);
    const x = (day: number): number => LEFT + ((day - from) / (to - from)) * (WIDTH - 2 * LEFT);
    const series = new Map<string, typeof placed>();
    for (const item of placed) {
      const key = `${item.row.measure}|${item.row.unit}|${item.row.subject ?? ''}`;
      series.set(key, [...(series.get(key) ?? []), item]);
    }
    target.replaceChildren(
      ...[...series].map(([key, items]) => {
        const [measure = '', unit = '', subject = ''] = key.split('|');
        const name = `${MEASURE[measure] ?? measure}${subject === '' ? '' : `, ${subjectName(subject)}`} (${UNIT[unit] ?? unit})`;
        const most = Math.max(...items.map(({ row }) => row.value));
        const y = (value: number): number => TOP + (1 - value / most) * (HEIGHT - TOP - BOTTOM);
        return h(
          'figure',
          { class: 'series' },
          h('figcaption', {}, name),
          svg(
            'svg',
            {
              viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
              role: 'group',
              'aria-label': `${name}: ${plural(items.length, 'figure')}`,
            },
            svg('line', { class: 'axis', x1: LEFT, x2: WIDTH - LEFT, y1: HEIGHT - BOTTOM, y2: HEIGHT - BOTTOM }),
            ...years.map((year) =>
              svg('text', { class: 'tick', x: x(dayNumber(`${year}-01-01`)) + 2, y: HEIGHT - 4 }, String(year)),
            ),
            ...items.map(({ row, first, last }) => {
              const cy = y(row.value);
              const middle = (x(first) + x(last)) / 2;
              const cited = cite(row.article);
              const figure = readFigure(row);
              const group = svg(
                'g',
                {
                  class: 'point',
                  'data-measure': row.measure,
                  'data-period': row.period ?? '',
                  'data-article': row.article,
                },
                svg('line', { class: 'period', x1: x(first) + 1, x2: x(last) - 1, y1: cy, y2: cy }),
                svg('circle', { cx: middle, cy, r: 4.5 }),
                svg('text', { class: 'value', ...labelPlace(middle, figure), y: cy - 7 }, figure),
                svg('title', {}, `${figure}, ${readTimex(row.period ?? '')}: ${cited.title} (${cited.date})`),
              );
              actAsButton(
                group,
                `${figure}, ${readTimex(row.period ?? '')}, from ${cited.title}, ${cited.date}: open it`,
                () => {
                  open(row);
                },
              );
              return group;
            }),
          ),
        );
      }),
    );
    rovingFocus(target);
  }
  if (rows.length === 0) {
    table.replaceChildren();
    return;
  }
  table.replaceChildren(
    h(
      'table',
      { class: 'citations' },
      h('caption', {}, 'Each figure, its period and its article'),
      h('thead', {}, h('tr', {}, ...['figure', 'words', 'article'].map((header) => h('th', { scope: 'col' }, header)))),
      h(
        'tbody',
        {},
        ...rows.map((row) => {
          const cited = cite(row.article);
          const link = h('a', { href: '#detail', 'data-article': row.article }, `${cited.date}: ${cited.title}`);
          link.addEventListener('click', (event) => {
            event.preventDefault();
            open(row);
          });
          const what = `${MEASURE[row.measure] ?? row.measure}${row.subject === undefined ? '' : `, ${subjectName(row.subject)}`}`;
          return h(
            'tr',
            {},
            h(
              'td',
              {},
              `${what}, ${row.period === undefined ? 'no period' : readTimex(row.period)}: ${readFigure(row)}`,
            ),
            h('td', { dir: 'rtl', lang: 'ar' }, row.text),
            h('td', {}, link),
          );
        }),
      ),
    ),
  );
}

/** Two small SVG charts: a bar per period, and horizontal bars for a top-N list, each with a table for screen readers. */
import type { EntityType, PeriodCount } from 'ru-tj-news';

import { actAsButton, dataTable, plural, svg } from './dom.ts';

/** One bar per month, empty months included, with the years marked under the axis. */
export function monthChart(target: SVGSVGElement, table: HTMLElement, months: readonly PeriodCount[]): void {
  const width = 640;
  const height = 140;
  const axis = 18;
  const step = width / Math.max(1, months.length);
  const most = Math.max(1, ...months.map((month) => month.count));
  const bars = months.map(({ period, count }, index) => {
    const barHeight = ((height - axis - 4) * count) / most;
    return svg(
      'rect',
      {
        class: 'bar',
        x: index * step + 1,
        y: height - axis - barHeight,
        width: Math.max(1, step - 2),
        height: barHeight,
        'data-period': period,
        'data-count': count,
      },
      svg('title', {}, `${period}: ${plural(count, 'article')}`),
    );
  });
  const years = months.flatMap(({ period }, index) =>
    period.endsWith('-01') || index === 0
      ? [svg('text', { x: index * step, y: height - 4, class: 'tick' }, period.slice(0, 4))]
      : [],
  );
  target.setAttribute('viewBox', `0 0 ${width} ${height}`);
  target.replaceChildren(
    svg('line', { x1: 0, x2: width, y1: height - axis, y2: height - axis, class: 'axis' }),
    ...bars,
    ...years,
  );
  const shown = months.filter((month) => month.count > 0);
  table.replaceChildren(
    dataTable(
      `Articles per month (${months.length} months, ${months.length - shown.length} of them without articles)`,
      ['month', 'articles'],
      shown.map(({ period, count }) => [period, String(count)]),
    ),
  );
}

/** A horizontal bar chart; clicking a bar (or Enter or Space on it) calls `choose` with its id. */
export function barChart(
  target: SVGSVGElement,
  table: HTMLElement,
  rows: readonly { id: string; label: string; type: EntityType; count: number }[],
  choose: (id: string) => void,
): void {
  const width = 640;
  const row = 22;
  const labelWidth = 230;
  const most = Math.max(1, ...rows.map((item) => item.count));
  target.setAttribute('viewBox', `0 0 ${width} ${Math.max(row, rows.length * row)}`);
  target.replaceChildren(
    ...rows.map((item, index) => {
      const group = svg(
        'g',
        {
          class: `entity-bar type-${item.type}`,
          transform: `translate(0 ${index * row})`,
          'data-id': item.id,
        },
        svg('rect', { x: labelWidth, y: 3, height: row - 6, width: ((width - labelWidth - 40) * item.count) / most }),
        // The name and the count are one text, so that what the bar shows reads "Russia 5", which its
        // accessible name starts with (axe's label-content-name-mismatch).
        svg(
          'text',
          { y: row * 0.7 },
          svg(
            'tspan',
            {
              x: 0,
              class: 'name',
              // A long name is squeezed into the label column rather than cut, so that the whole name shows.
              ...(item.label.length > 36 ? { textLength: labelWidth - 8, lengthAdjust: 'spacingAndGlyphs' } : {}),
            },
            item.label,
          ),
          ' ',
          svg(
            'tspan',
            { x: labelWidth + ((width - labelWidth - 40) * item.count) / most + 6, class: 'n' },
            String(item.count),
          ),
        ),
      );
      actAsButton(group, `${item.label} ${plural(item.count, 'article')}: show them`, () => {
        choose(item.id);
      });
      return group;
    }),
  );
  table.replaceChildren(
    dataTable(
      'Top entities, by the articles that name them',
      ['entity', 'type', 'articles'],
      rows.map((item) => [item.label, item.type, String(item.count)]),
    ),
  );
}

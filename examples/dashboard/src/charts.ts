/** Two small SVG charts: a bar per period, and horizontal bars for a top-N list, each with a table for screen readers. */
import type { EntityType, PeriodCount } from 'ru-tj-news';

import { actAsButton, dataTable, plural, rovingFocus, svg } from './dom.ts';

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

/** A name cut into lines of at most `width` characters, at spaces (a longer word keeps a line of its own). */
function wrap(name: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of name.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}

/** A horizontal bar chart; clicking a bar (or Enter or Space on it) calls `choose` with its id. */
export function barChart(
  target: SVGSVGElement,
  table: HTMLElement,
  rows: readonly { id: string; label: string; type: EntityType; count: number }[],
  choose: (id: string) => void,
): void {
  const width = 640;
  const line = 13;
  const labelWidth = 250;
  const most = Math.max(1, ...rows.map((item) => item.count));
  let top = 0;
  const bars = rows.map((item) => {
    // A long name takes two or three lines rather than being cut, so that the whole name shows.
    const lines = wrap(item.label, 40);
    const height = Math.max(22, lines.length * line + 9);
    const length = ((width - labelWidth - 40) * item.count) / most;
    const group = svg(
      'g',
      { class: `entity-bar type-${item.type}`, transform: `translate(0 ${top})`, 'data-id': item.id },
      svg('rect', { x: labelWidth, y: height / 2 - 8, height: 16, width: length }),
      // The name and the count are one text, its parts apart, so that what the bar shows reads
      // "Russia 5", which its accessible name starts with (axe's label-content-name-mismatch).
      svg(
        'text',
        {},
        ...lines.flatMap((text, index) => [
          svg('tspan', { x: 0, y: (height - lines.length * line) / 2 + (index + 1) * line - 3, class: 'name' }, text),
          ' ',
        ]),
        svg('tspan', { x: labelWidth + length + 6, y: height / 2 + 4, class: 'n' }, String(item.count)),
      ),
    );
    top += height;
    actAsButton(group, `${item.label} ${plural(item.count, 'article')}: show them`, () => {
      choose(item.id);
    });
    return group;
  });
  target.setAttribute('viewBox', `0 0 ${width} ${Math.max(22, top)}`);
  target.replaceChildren(...bars);
  rovingFocus(target);
  table.replaceChildren(
    dataTable(
      'Top entities, by the articles that name them',
      ['entity', 'type', 'articles'],
      rows.map((item) => [item.label, item.type, String(item.count)]),
    ),
  );
}

/** Two small SVG charts: a bar per period, and horizontal bars for a top-N list. */
import type { EntityType, PeriodCount } from 'ru-tj-news';

const NS = 'http://www.w3.org/2000/svg';

function svg(tag: string, attributes: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
  const element = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, String(value));
  }
  element.append(...children);
  return element;
}

/** One bar per month, empty months included, with the years marked under the axis. */
export function timeline(target: SVGSVGElement, months: readonly PeriodCount[]): void {
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
      svg('title', {}, `${period}: ${count} article${count === 1 ? '' : 's'}`),
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
}

/** A horizontal bar chart; clicking a bar calls `choose` with its id. */
export function barChart(
  target: SVGSVGElement,
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
          role: 'button',
          tabindex: 0,
        },
        svg(
          'text',
          { x: 0, y: row * 0.7, class: 'name' },
          item.label.length > 36 ? `${item.label.slice(0, 35)}…` : item.label,
          svg('title', {}, item.label),
        ),
        svg('rect', { x: labelWidth, y: 3, height: row - 6, width: ((width - labelWidth - 40) * item.count) / most }),
        svg(
          'text',
          { x: labelWidth + ((width - labelWidth - 40) * item.count) / most + 6, y: row * 0.7, class: 'n' },
          String(item.count),
        ),
      );
      group.addEventListener('click', () => {
        choose(item.id);
      });
      return group;
    }),
  );
}

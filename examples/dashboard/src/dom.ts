/** The few DOM helpers every panel shares. Text is always set as text, never parsed as HTML. */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The page's element with this id, checked to be of the kind the code expects, so that a broken page fails loudly. */
export function $<T extends Element>(id: string, kind: abstract new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof kind)) {
    throw new Error(`The page has no ${kind.name} with the id "${id}"`);
  }
  return element;
}

/** Makes an HTML element with attributes and children. */
export function h(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

/** Makes an SVG element with attributes and children. */
export function svg(
  tag: string,
  attributes: Record<string, string | number>,
  ...children: (Node | string)[]
): SVGElement {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, String(value));
  }
  element.append(...children);
  return element;
}

/**
 * Makes an element that is not a <button> act as one: it takes the focus, and Enter or Space does
 * what a click does, as WAI-ARIA's button pattern asks. Chart marks are SVG groups, which have no
 * built-in button.
 */
export function actAsButton(element: Element, label: string, act: () => void): void {
  element.setAttribute('role', 'button');
  element.setAttribute('tabindex', '0');
  element.setAttribute('aria-label', label);
  element.addEventListener('click', act);
  element.addEventListener('keydown', (event) => {
    if (event instanceof KeyboardEvent && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      act();
    }
  });
}

/**
 * A chart's text alternative: a data table that screen readers read and the eye does not see. The
 * `visually-hidden` class goes on a wrapper, because browsers ignore `overflow` on a table box.
 */
export function dataTable(
  caption: string,
  headers: readonly string[],
  rows: readonly (readonly (Node | string)[])[],
): HTMLElement {
  return h(
    'div',
    { class: 'visually-hidden' },
    h(
      'table',
      {},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...headers.map((header) => h('th', { scope: 'col' }, header)))),
      h('tbody', {}, ...rows.map((cells) => h('tr', {}, ...cells.map((cell) => h('td', {}, cell))))),
    ),
  );
}

/** "1 article", "3 articles". */
export const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * Makes the buttons of a chart one stop of the Tab key, as WAI-ARIA's roving tabindex does: Tab enters
 * the chart on its pressed mark (or its first), and the arrow keys, Home and End move between the marks,
 * in their order in the drawing. A mark that gets the focus any other way becomes the chart's stop.
 */
export function rovingFocus(container: Element): void {
  const marks = [...container.querySelectorAll('[role=button]')].filter(
    (mark): mark is SVGElement | HTMLElement => mark instanceof SVGElement || mark instanceof HTMLElement,
  );
  const stop = marks.find((mark) => mark.getAttribute('aria-pressed') === 'true') ?? marks[0];
  const settle = (current: Element | undefined): void => {
    for (const mark of marks) {
      mark.setAttribute('tabindex', mark === current ? '0' : '-1');
    }
  };
  settle(stop);
  for (const mark of marks) {
    mark.addEventListener('focus', () => {
      settle(mark);
    });
    mark.addEventListener('keydown', (event) => {
      if (!(event instanceof KeyboardEvent)) {
        return;
      }
      const at = marks.indexOf(mark);
      const to =
        event.key === 'ArrowRight' || event.key === 'ArrowDown'
          ? Math.min(at + 1, marks.length - 1)
          : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
            ? Math.max(at - 1, 0)
            : event.key === 'Home'
              ? 0
              : event.key === 'End'
                ? marks.length - 1
                : undefined;
      if (to !== undefined) {
        event.preventDefault();
        marks[to]?.focus();
      }
    });
  }
}

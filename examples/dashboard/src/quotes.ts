/**
 * "Who said what": the quotations of the articles in view, grouped by speaker (the speakers with the most
 * quotations first), each a link to its words, highlighted, in the open article.
 */
import type { Entity } from 'ru-tj-news';

import { h, plural } from './dom.ts';
import { type Occurrence, spanAnchor } from './evidence.ts';

/** One quotation, as the package's `quotations` helper gives it (the fields this panel reads). */
export interface QuoteRow {
  readonly article: string;
  readonly speaker: string;
  readonly kind: 'direct' | 'indirect' | 'partial';
  readonly quote: Omit<Occurrence, 'article'>;
  readonly text: string;
}

const KIND: Readonly<Record<QuoteRow['kind'], string>> = {
  direct: 'direct',
  indirect: 'reported',
  partial: 'in part',
};

/** The longest quotation shown whole in the list; the open article shows every quotation whole. */
const SHOWN = 170;

/**
 * Fills `target` with the quotations grouped by speaker; `open` is called with a quotation whose link
 * is followed (by click or Enter, as links are).
 */
export function quotesPanel(
  target: HTMLElement,
  rows: readonly QuoteRow[],
  entityById: ReadonlyMap<string, Entity>,
  dateOf: (article: string) => string,
  open: (row: QuoteRow) => void,
): void {
  if (rows.length === 0) {
    target.replaceChildren(h('p', { class: 'hint' }, 'The articles in view quote no one.'));
    return;
  }
  const bySpeaker = new Map<string, QuoteRow[]>();
  for (const row of rows) {
    bySpeaker.set(row.speaker, [...(bySpeaker.get(row.speaker) ?? []), row]);
  }
  const groups = [...bySpeaker].sort(([, a], [, b]) => b.length - a.length);
  target.replaceChildren(
    ...groups.map(([speaker, said]) => {
      const entity = entityById.get(speaker);
      const name = entity?.name.en ?? speaker;
      return h(
        'section',
        { class: 'speaker', 'data-speaker': speaker, 'aria-label': `${name}: ${plural(said.length, 'quotation')}` },
        h(
          'h3',
          {},
          `${name} `,
          ...(entity === undefined ? [] : [h('span', { dir: 'rtl', lang: 'ar' }, entity.name.ar), ' ']),
          h('span', { class: 'n' }, `${plural(said.length, 'quotation')} · ${entity?.type ?? ''}`),
        ),
        h(
          'ol',
          {},
          ...said.map((row) => {
            const link = h(
              'a',
              {
                href: `#${spanAnchor({ article: row.article, ...row.quote })}`,
                class: 'quote-link',
                'data-article': row.article,
                'data-start': String(row.quote.start),
              },
              h('span', { class: 'meta' }, `${dateOf(row.article)} · ${KIND[row.kind]}`),
              h(
                'q',
                { dir: 'rtl', lang: 'ar' },
                row.text.length > SHOWN ? `${row.text.slice(0, SHOWN).trimEnd()} …` : row.text,
              ),
            );
            link.addEventListener('click', (event) => {
              event.preventDefault();
              open(row);
            });
            return h('li', {}, link);
          }),
        ),
      );
    }),
  );
}
